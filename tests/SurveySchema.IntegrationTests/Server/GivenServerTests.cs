using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>A server the tool did not start (as with SURVEYSCHEMA_TEST_CONNECTION or a shared server):
/// the PostGIS template is made on first use, and a role without the rights gets a clear error.</summary>
[TestFixture]
[NonParallelizable]
public sealed class GivenServerTests
{
    private EmbeddedPostgres cluster = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        cluster = await EmbeddedPostgres.StartAsync();
        await ExecuteAsync(cluster.Server.AdminConnectionString, "CREATE ROLE limited LOGIN CREATEDB PASSWORD 'limited-secret'");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await cluster.DisposeAsync();

    [SetUp]
    public async Task DropTemplateAsync()
    {
        await ExecuteAsync(
            cluster.Server.AdminConnectionString,
            $"ALTER DATABASE {PostgresServer.PostGisTemplateName} IS_TEMPLATE false",
            $"DROP DATABASE IF EXISTS {PostgresServer.PostGisTemplateName}");
    }

    [Test]
    public async Task MissingTemplateIsCreatedOnFirstUse()
    {
        var given = new PostgresServer(cluster.Server.AdminConnectionString);

        await using var database = await given.CreateDatabaseAsync(DatabaseTemplate.PostGis, "given");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT postgis_lib_version()", connection);

        Assert.That((string)(await command.ExecuteScalarAsync())!, Does.StartWith("3."));
        Assert.That(await TemplateExistsAsync(), Is.True);
    }

    [Test]
    public async Task RoleWithCreateDbCanCloneTheTemplateASuperuserMade()
    {
        await using (await new PostgresServer(cluster.Server.AdminConnectionString).CreateDatabaseAsync(DatabaseTemplate.PostGis, "given"))
        {
        }

        var limited = new PostgresServer(LimitedConnectionString());
        await using var database = await limited.CreateDatabaseAsync(DatabaseTemplate.PostGis, "limited");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname IN ('postgis', 'uuid-ossp')", connection);

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(2L));
    }

    [Test]
    public async Task RoleThatCannotInstallPostGisGetsAClearErrorAndLeavesNothingBehind()
    {
        var limited = new PostgresServer(LimitedConnectionString());

        var error = Assert.ThrowsAsync<PostgresServerException>(
            async () => await limited.CreateDatabaseAsync(DatabaseTemplate.PostGis, "limited"));

        Assert.That(error!.Message, Does.Contain("postgis").And.Contain(PostgresServer.PostGisTemplateName).And.Not.Contain("limited-secret"));
        Assert.That(await TemplateExistsAsync(), Is.False);
        Assert.That(await CountDatabasesAsync("limited_%") + await CountDatabasesAsync($"{PostgresServer.PostGisTemplateName}_build_%"), Is.Zero);
    }

    [Test]
    public async Task EmptyTemplateNeedsOnlyCreateDb()
    {
        await using var database = await new PostgresServer(LimitedConnectionString()).CreateDatabaseAsync(DatabaseTemplate.Empty, "limited");

        Assert.That(await CountDatabasesAsync(database.Name), Is.EqualTo(1));
    }

    private string LimitedConnectionString() =>
        new NpgsqlConnectionStringBuilder(cluster.Server.AdminConnectionString) { Username = "limited", Password = "limited-secret" }
            .ConnectionString;

    private Task<bool> TemplateExistsAsync() =>
        CountDatabasesAsync(PostgresServer.PostGisTemplateName).ContinueWith(count => count.Result > 0, TaskScheduler.Default);

    private async Task<int> CountDatabasesAsync(string pattern)
    {
        await using var connection = new NpgsqlConnection(cluster.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname LIKE $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = pattern });
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            try
            {
                await using var command = new NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                // ALTER of a template already gone.
            }
        }
    }
}
