using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>Eight upgrades of one empty database at once: the advisory lock lets one work, the others wait,
/// re-read the history and find nothing left to do. Every revision counts its own runs.</summary>
[TestFixture]
public sealed class ConcurrentRunTests
{
    private const int Runners = 8;

    /// <summary>Longer than the default 5 s: eight runs queue on one lock, on a loaded two-core machine; the test is
    /// about each revision running once, not about how long a run waits.</summary>
    private static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(60);

    [Test]
    public async Task EightRunnersApplyEveryRevisionExactlyOnce()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = CountingChain();
        var chain = project.Load();

        using var start = new ManualResetEventSlim();
        var runs = Enumerable.Range(0, Runners).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await new RevisionRunner(chain, database.ConnectionString, RunnerOptions.Default with { LockTimeout = QueueWait })
                .UpgradeAsync(null, CancellationToken.None);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(runs);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(RunStatus.Succeeded), string.Join("\n", outcomes.SelectMany(outcome => outcome.Problems)));
        Assert.That(outcomes.Count(outcome => outcome.Completed.Any(step => step.Step.Revision is not null)), Is.EqualTo(1));
        Assert.That(outcomes.Where(outcome => outcome.Completed.IsEmpty).Select(outcome => outcome.Notes.Single()), Is.All.EqualTo("already at 0003 (head)"));
        await AssertAppliedOnceAsync(database.ConnectionString);
    }

    [Test]
    public async Task EightProcessesApplyEveryRevisionExactlyOnce()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = CountingChain();

        var runs = Enumerable.Range(0, Runners)
            .Select(_ => CliRun.ChildAsync(TimeSpan.FromMinutes(3), project.Args(database.ConnectionString, "upgrade", "--lock-timeout", "60s")))
            .ToList();
        var results = await Task.WhenAll(runs);

        Assert.That(results.Select(result => result.ExitCode), Is.All.Zero, string.Join("\n", results.Select(result => result.ToString())));
        Assert.That(results.Count(result => result.Output.Contains("upgraded base → 0001", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(results.Count(result => result.Output.Contains("already at 0003 (head)", StringComparison.Ordinal)), Is.EqualTo(Runners - 1));
        await AssertAppliedOnceAsync(database.ConnectionString);
    }

    /// <summary>Three revisions that each log their run into a table; the sleeps keep the first runner busy
    /// while the others queue on the lock.</summary>
    private static TestProject CountingChain() =>
        TestProject.Empty()
            .Add("create run log", "CREATE TABLE run_log (revision text NOT NULL);\nINSERT INTO run_log VALUES ('0001');\nSELECT pg_sleep(0.3);", "DROP TABLE run_log;")
            .Add("second", "INSERT INTO run_log VALUES ('0002');\nSELECT pg_sleep(0.2);", "DELETE FROM run_log WHERE revision = '0002';")
            .Add("third", "INSERT INTO run_log VALUES ('0003');", "DELETE FROM run_log WHERE revision = '0003';");

    private static async Task AssertAppliedOnceAsync(string connectionString)
    {
        Assert.That(await TargetQueries.HistoryAsync(connectionString), Is.EqualTo(new[] { "0001", "0002", "0003" }));
        Assert.That(await TargetQueries.ScalarAsync<string>(connectionString, "SELECT string_agg(revision, ',' ORDER BY revision) FROM run_log"),
            Is.EqualTo("0001,0002,0003"));
    }
}
