using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary><c>deploy --plan</c>: applies a reviewed plan, and refuses one made against another state of the
/// database or holding a hazard that was not allowed.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DeployCommandTests
{
    [Test]
    public async Task DeployAppliesAPlanAndTheTargetThenMatchesIt()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var json = await PlanWithCliAsync(database.ConnectionString, folder);

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", database.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Output, Does.Contain("step 7:").And.Contain("deployed:"), result.ToString());
            var plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(json));
            Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(plan.TargetFingerprint));

            var again = await CliDatabase.DeployAsync("--plan", json, "--connection", database.ConnectionString);
            Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
            Assert.That(again.Output, Does.Contain("already matches the plan's target"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task DeployRefusesAPlanWhenTheDatabaseChangedAfterPlanning()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var json = await PlanWithCliAsync(database.ConnectionString, folder);
            var planned = await CliDatabase.FingerprintAsync(database.ConnectionString);
            await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, "CREATE INDEX hotfix_projects_client ON public.projects (client)");
            var now = await CliDatabase.FingerprintAsync(database.ConnectionString);

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", database.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain($"plan out of date: planned against {planned}, database is now {now}"), result.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(now), "nothing ran");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task DeployRefusesDataLossUnlessAllowed()
    {
        await using var at0002 = await CliDatabase.AtAsync("0001", "0002");
        await using var at0001 = await CliDatabase.AtAsync("0001");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            // 0002 → 0001 drops the three archiving columns: DataLoss (and Irreversible).
            var plan = MigrationPlanner.Plan(
                await ConvergenceDatabase.ReadAsync(at0002.ConnectionString),
                await ConvergenceDatabase.ReadAsync(at0001.ConnectionString),
                PlanOptions.Default);
            var json = Path.Combine(folder, "down.json");
            await File.WriteAllTextAsync(json, JsonPlanWriter.Write(plan, new ScriptHeader("test") { Source = "0002", Target = "0001" }));
            var before = await CliDatabase.FingerprintAsync(at0002.ConnectionString);

            var refused = await CliDatabase.DeployAsync("--plan", json, "--connection", at0002.ConnectionString);

            Assert.That(refused.ExitCode, Is.EqualTo(3), refused.ToString());
            Assert.That(refused.Error, Does.Contain("DataLoss").And.Contain("archived_at").And.Contain("--allow-hazards"), refused.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(at0002.ConnectionString), Is.EqualTo(before), "nothing ran");

            var onlyDataLoss = await CliDatabase.DeployAsync("--plan", json, "--allow-hazards", "DataLoss", "--connection", at0002.ConnectionString);
            Assert.That(onlyDataLoss.ExitCode, Is.EqualTo(3), "Irreversible is still refused\n" + onlyDataLoss);

            var allowed = await CliDatabase.DeployAsync("--plan", json, "--allow-hazards", "DataLoss,Irreversible", "--connection", at0002.ConnectionString);
            Assert.That(allowed.ExitCode, Is.EqualTo(0), allowed.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(at0002.ConnectionString), Is.EqualTo(plan.TargetFingerprint));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AFailingStatementIsReportedWithPostgresMessageAndItsSegmentRolledBack()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var json = await PlanWithCliAsync(database.ConnectionString, folder);
            var plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(json));
            var first = plan.Segments[0];
            var broken = plan with
            {
                Segments = [first with { Steps = [.. first.Steps, first.Steps[0] with { Number = 99, Sql = ["ALTER TABLE public.no_such_table ADD COLUMN x int;"] }] }, .. plan.Segments.Skip(1)],
            };
            // Sealed again, as if diff had written it, and not rehearsed: the failure must come from the target.
            await File.WriteAllTextAsync(json, JsonPlanWriter.Write(PlanDigest.Seal(broken)));
            var before = await CliDatabase.FingerprintAsync(database.ConnectionString);

            var result = await CliDatabase.DeployAsync("--plan", json, "--no-rehearsal", "--connection", database.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Contain("step 99").And.Contain("no_such_table").And.Contain("42P01"), result.ToString());
            Assert.That(result.Error, Does.Contain("nothing was committed"));
            Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(before), "the segment was rolled back");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <c>diff --json</c> against the database; returns the plan's path.</summary>
    private static async Task<string> PlanWithCliAsync(string connectionString, string folder)
    {
        var json = Path.Combine(folder, "migration.json");
        var diff = await CliDatabase.RunAsync(CliDatabase.Args(connectionString, "diff", "--out", Path.Combine(folder, "migration.sql"), "--json", json).WithShadow());
        Assert.That(diff.ExitCode, Is.EqualTo(0), diff.ToString());
        return json;
    }
}
