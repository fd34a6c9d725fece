using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Server;

[TestFixture]
public sealed class ScratchDatabaseTests
{
    [Test]
    public async Task PostGisTemplateDatabaseHasPostGisAndUuidOssp()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.PostGis);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var version = await ScalarAsync<string>(connection, "SELECT postgis_full_version()");
        var uuid = await ScalarAsync<Guid>(connection, "SELECT uuid_generate_v4()");

        Assert.That(version, Does.StartWith("POSTGIS=\"3"));
        Assert.That(uuid, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task EmptyTemplateDatabaseHasNoExtensionBeyondPlpgsql()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var extensions = await ScalarAsync<string[]>(
            connection, "SELECT coalesce(array_agg(extname ORDER BY extname), '{}') FROM pg_extension");

        Assert.That(extensions, Is.EqualTo(new[] { "plpgsql" }));
    }

    [Test]
    public async Task DatabaseIsNamedWithPrefixAndConnectionStringPointsAtIt()
    {
        await using var database = await TestServer.Server.CreateDatabaseAsync(DatabaseTemplate.Empty, "surveyschema_naming");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        Assert.That(database.Name, Does.Match("^surveyschema_naming_[0-9a-f]{8}$"));
        Assert.That(await ScalarAsync<string>(connection, "SELECT current_database()"), Is.EqualTo(database.Name));
    }

    [Test]
    public async Task DisposeDropsTheDatabaseEvenWithAnOpenSession()
    {
        var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var open = new NpgsqlConnection(database.ConnectionString);
        await open.OpenAsync();

        await database.DisposeAsync();

        Assert.That(await DatabaseExistsAsync(database.Name), Is.False);
        await open.DisposeAsync();
    }

    [Test]
    public async Task DisposeTwiceIsHarmless()
    {
        var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);

        await database.DisposeAsync();

        Assert.That(async () => await database.DisposeAsync(), Throws.Nothing);
    }

    [Test]
    public async Task ConcurrentCreationsAllSucceedWithDistinctNames()
    {
        var creations = Enumerable.Range(0, 8)
            .Select(i => TestServer.CreateDatabaseAsync(i % 2 == 0 ? DatabaseTemplate.PostGis : DatabaseTemplate.Empty))
            .ToList();
        var databases = await Task.WhenAll(creations);
        try
        {
            Assert.That(databases.Select(d => d.Name).Distinct().Count(), Is.EqualTo(8));
            foreach (var database in databases)
            {
                Assert.That(await DatabaseExistsAsync(database.Name), Is.True, database.Name);
            }
        }
        finally
        {
            await Task.WhenAll(databases.Select(d => d.DisposeAsync().AsTask()));
        }

        foreach (var database in databases)
        {
            Assert.That(await DatabaseExistsAsync(database.Name), Is.False, database.Name);
        }
    }

    [Test]
    public void PrefixThatIsNotAPlainIdentifierIsRefused()
    {
        Assert.That(
            async () => await TestServer.Server.CreateDatabaseAsync(DatabaseTemplate.Empty, "Bad\"Name"),
            Throws.ArgumentException.With.Message.Contains("prefix"));
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var admin = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", admin);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
