using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary><c>diff</c> and <c>drift</c> against a database at revision 0001 of the real chain: what they
/// report, that the script applies with psql and converges, and that the reverse script goes back.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DiffDriftCommandTests
{
    [Test]
    public async Task DriftOnADatabaseAt0001ExitsTwoAndNamesThe0002Changes()
    {
        await using var database = await CliDatabase.AtAsync("0001");

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("drift:").And.Contain("7 differences"), result.ToString());
        Assert.That(result.Output, Does.Contain("table public.projects"));
        Assert.That(result.Output, Does.Contain("add column is_archived").And.Contain("idx_projects_archived"));
        Assert.That(result.Output, Does.Contain("not under revision control"), "a database without history says how to adopt it");
    }

    [Test]
    public async Task DiffFrom0001WritesThe0002ChangesOnlyAndTheScriptsGoThereAndBack()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var at0001 = await CliDatabase.FingerprintAsync(database.ConnectionString);
        var folder = CliDatabase.TemporaryFolder();
        var script = Path.Combine(folder, "migration.sql");
        var json = Path.Combine(folder, "migration.json");
        var report = Path.Combine(folder, "migration.md");
        try
        {
            var diff = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString,
                "diff", "--out", script, "--json", json, "--report", report, "--exit-code").WithShadow());

            Assert.That(diff.ExitCode, Is.EqualTo(2), "--exit-code: differences found\n" + diff);
            Assert.That(diff.Output, Does.Contain("7 operations").And.Contain("IndexBuild ×1").And.Contain(script), diff.ToString());
            var plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(json));
            var steps = plan.Segments.SelectMany(s => s.Steps).ToList();
            Assert.That(steps.Select(s => s.Subject).Distinct(), Is.EqualTo(new[] { "table public.projects" }), "only public.projects changes");
            Assert.That(steps.GroupBy(s => s.Operation).ToDictionary(g => g.Key, g => g.Count()), Is.EquivalentTo(new Dictionary<string, int>
            {
                ["AddColumn"] = 3,
                ["CreateIndex"] = 1,
                ["SetComment"] = 3,
            }));
            Assert.That(plan.SourceFingerprint, Is.EqualTo(at0001));
            var sql = await File.ReadAllTextAsync(script);
            Assert.That(sql, Does.Contain("is_archived").And.Contain("archived_at").And.Contain("archived_by").And.Contain("idx_projects_archived"));
            Assert.That(sql, Does.Contain("SET lock_timeout = '5s'"));
            Assert.That(File.Exists(report), Is.True, "the report is written");

            await ConvergenceDatabase.RunPsqlAsync(database.ConnectionString, script);
            Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(plan.TargetFingerprint));
            var drift = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());
            Assert.That(drift.ExitCode, Is.EqualTo(0), drift.ToString());
            Assert.That(drift.Output, Does.Contain("no drift"));

            await ConvergenceDatabase.RunPsqlAsync(database.ConnectionString, Path.Combine(folder, "migration.down.sql"));
            Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(at0001), "the reverse script brings back 0001");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task DiffWithoutAConnectionComparesTheChainHeadAndFindsNothingToDo()
    {
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var result = await CliDatabase.RunAsync(
                "diff", "--project", RepositoryPaths.Schema, "--out", Path.Combine(folder, "m.sql"), "--exit-code",
                "--dev-connection", TestServer.Server.AdminConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Error, Does.Contain("revision chain's head (0002"), result.ToString());
            Assert.That(result.Output, Does.StartWith("nothing to do: revision chain head 0002"), result.ToString());
            Assert.That(File.ReadAllText(Path.Combine(folder, "m.sql")), Does.Contain("nothing to do"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task DiffNeverRefusesAndWithoutExitCodeExitsZero()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, "ALTER TABLE public.projects ADD COLUMN legacy_code text");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString,
                "diff", "--out", Path.Combine(folder, "m.sql"), "--json", Path.Combine(folder, "m.json")).WithShadow());

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Output, Does.Contain("DataLoss"), "the dropped column is marked, not refused");
            Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "m.sql")), Does.Contain("-- hazard: DataLoss").And.Contain("DROP COLUMN legacy_code"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
