using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary><c>--sql</c> prints, without connecting, exactly the commands an online run carries out.</summary>
[TestFixture]
public sealed class OfflineScriptTests
{
    [Test]
    public async Task UpgradeSqlIsExactlyWhatUpgradeRuns()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var offline = await CliRun.InProcessAsync("upgrade", "--sql", "--project", RepositoryPaths.Schema);
        Assert.That(offline.ExitCode, Is.Zero, offline.ToString());

        var (outcome, executed) = await RunAsync(database.ConnectionString, runner => runner.UpgradeAsync(null, CancellationToken.None));

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded));
        Assert.That(ScriptRenderer.Render(executed), Is.EqualTo(offline.Output));
        Assert.That(offline.Output, Does.Contain("ALTER TABLE public.projects ADD COLUMN is_archived"));
    }

    [Test]
    public async Task DowngradeSqlIsExactlyWhatDowngradeRuns()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await RunAsync(database.ConnectionString, runner => runner.UpgradeAsync(null, CancellationToken.None));
        var offline = await CliRun.InProcessAsync("downgrade", "--sql", "head:base", "--project", RepositoryPaths.Schema);
        Assert.That(offline.ExitCode, Is.Zero, offline.ToString());

        var (outcome, executed) = await RunAsync(database.ConnectionString, runner => runner.DowngradeAsync("base", CancellationToken.None));

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded));
        Assert.That(ScriptRenderer.Render(executed), Is.EqualTo(offline.Output));
    }

    [Test]
    public async Task FromToRangeStartsWhereTheDatabaseIs()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await RunAsync(database.ConnectionString, runner => runner.UpgradeAsync("0001", CancellationToken.None));
        var offline = await CliRun.InProcessAsync("upgrade", "--sql", "0001:head", "--project", RepositoryPaths.Schema);

        var (_, executed) = await RunAsync(database.ConnectionString, runner => runner.UpgradeAsync(null, CancellationToken.None));

        Assert.That(ScriptRenderer.Render(executed), Is.EqualTo(offline.Output));
        Assert.That(offline.Output, Does.Not.Contain("0001_initial_schema.up.sql"));
    }

    [Test]
    public async Task SqlNeverConnects()
    {
        // Nothing listens on port 1: a connection attempt would fail the command.
        var offline = await CliRun.InProcessAsync("upgrade", "--sql", "--project", RepositoryPaths.Schema, "--connection", "Host=127.0.0.1;Port=1;Username=nobody;Password=secret-never-printed");

        Assert.That(offline.ExitCode, Is.Zero, offline.ToString());
        Assert.That(offline.Output + offline.Error, Does.Not.Contain("secret-never-printed"));
        Assert.That(offline.Output, Does.StartWith("-- surveyschema ").And.Contain("\nCOMMIT;\n"));
    }

    [Test]
    public async Task TheOfflineScriptRefusesToRunTwice()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE one (id int);", "DROP TABLE one;");
        var script = (await CliRun.InProcessAsync("upgrade", "--sql", "--project", project.Root)).Output;
        await RunAsync(database.ConnectionString, runner => runner.UpgradeAsync(null, CancellationToken.None), project.Load());

        // The guard in each revision's transaction checks where the database is before anything else runs.
        var error = Assert.ThrowsAsync<Npgsql.PostgresException>(() => TargetQueries.ExecuteAsync(database.ConnectionString, script));
        Assert.That(error!.MessageText, Does.Contain("expects the database at revision base, it is at 0001"));
    }

    private static async Task<(RunOutcome Outcome, List<ScriptCommand> Executed)> RunAsync(
        string connectionString, Func<RevisionRunner, Task<RunOutcome>> run, RevisionChain? chain = null)
    {
        var executed = new List<ScriptCommand>();
        var options = new RunnerOptions { OnEvent = runEvent => { if (runEvent is CommandExecuted command) { executed.Add(command.Command); } } };
        chain ??= RevisionDirectory.Load(RepositoryPaths.Revisions).Chain!;
        var outcome = await run(new RevisionRunner(chain, connectionString, options));
        return (outcome, executed);
    }
}
