using Npgsql;
using SurveySchema.Cli;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Server;

[TestFixture]
public sealed class TargetDatabaseTests
{
    private string root = null!;

    [SetUp]
    public void CreateRoot() => root = Directory.CreateTempSubdirectory("surveyschema-target-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task ConfiguredConnectionIsUsedAsItIs()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var withPassword = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "not-needed-secret" };

        await using var target = await TargetDatabase.OpenAsync(
            withPassword.ConnectionString, root, DatabaseTemplate.PostGis, CancellationToken.None);

        Assert.That(target.IsEmbedded, Is.False);
        Assert.That(target.Embedded, Is.Null);
        Assert.That(target.Display, Does.Contain(database.Name).And.Contain("(--connection)").And.Not.Contain("not-needed-secret"));
        Assert.That(new NpgsqlConnectionStringBuilder(target.ConnectionString).Database, Is.EqualTo(database.Name));
    }

    [Test]
    public async Task WithoutConfigurationAnEmbeddedServerIsStartedAndStoppedOnDispose()
    {
        Assume.That(ConnectionResolver.Resolve(null, root), Is.Null, "this environment configures a connection");

        var target = await TargetDatabase.OpenAsync(null, root, DatabaseTemplate.PostGis, CancellationToken.None);
        string version;
        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT postgis_lib_version()", connection);
            version = (string)(await command.ExecuteScalarAsync())!;
        }

        var admin = target.Embedded!.AdminConnectionString;
        await target.DisposeAsync();

        Assert.That(target.IsEmbedded, Is.True);
        Assert.That(version, Does.StartWith("3."));
        Assert.That(target.Display, Does.StartWith("127.0.0.1:").And.EndWith("(embedded)"));
        Assert.That(async () =>
        {
            await using var gone = new NpgsqlConnection(admin);
            await gone.OpenAsync();
        }, Throws.InstanceOf<NpgsqlException>());
    }
}
