using Npgsql;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Common mistakes get one line and exit 1, not a stack trace (item 9); a database with tables but no
/// history is not "already at base" (item 10).</summary>
[TestFixture]
public sealed class CommonMistakeTests
{
    [TestCase("current")]
    [TestCase("history")]
    [TestCase("upgrade")]
    [TestCase("downgrade")]
    [TestCase("stamp", "0001")]
    public async Task AnUnreachableServerOrAMissingDatabaseIsOneLineWithTheLikelyFix(params string[] command)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestServer.Server.AdminConnectionString) { Database = "no_such_database_here" };
        var unreachable = new NpgsqlConnectionStringBuilder(TestServer.Server.AdminConnectionString) { Port = 1, Host = "127.0.0.1" };
        foreach (var (connection, fix) in new[] { (builder.ConnectionString, "createdb"), (unreachable.ConnectionString, "is PostgreSQL running") })
        {
            var result = await CliRun.InProcessAsync([.. command, "--project", RepositoryPaths.Schema, "--connection", connection]);

            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Contain(fix), result.ToString());
            Assert.That(result.Error, Does.Not.Contain("Unhandled").And.Not.Contain("   at "), result.ToString());
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        }
    }

    [Test]
    public async Task DowngradeOfADatabaseWithTablesButNoHistoryIsRefusedSuggestingStamp()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await TargetQueries.ExecuteAsync(database.ConnectionString, "CREATE TABLE public.projects (id int)");

        var result = await CliRun.InProcessAsync("downgrade", "--project", RepositoryPaths.Schema, "--connection", database.ConnectionString);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Error, Does.Contain("surveyschema stamp"), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("already at base"), result.ToString());
    }
}
