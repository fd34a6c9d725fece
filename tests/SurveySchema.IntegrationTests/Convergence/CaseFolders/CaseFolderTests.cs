using System.Text;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>Runs every acceptance case folder under <c>tests/cases/</c> against the test server: b is built as a
/// project; the plan a → built(b), applied with psql, makes a read back exactly like built(b) with its rows kept;
/// a second plan is empty; the reverse plan brings a back to its original model. b applied directly with psql
/// must read back like built(b) too, so the shadow build changes nothing a user wrote.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CaseFolderTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        CaseFolder.DiscoverAll(CaseFolder.CasesRoot).Select(c => new TestCaseData(c).SetName("CaseFolder: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Converges(CaseFolder testCase)
    {
        var settings = testCase.Settings;
        await ClusterSetup.RunAsync(settings.Setup);
        var desired = await DesiredState.BuildAsync(testCase);
        if (settings.DirectApply)
        {
            await AssertDirectApplyMatchesAsync(testCase, desired);
        }

        await using var a = await TestServer.CreateDatabaseAsync(settings.Template);
        await RunSqlFileAsync(a.ConnectionString, testCase.OldSql, "a");
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, settings.Rows ?? "");
        var declaredRoles = desired.Roles.Select(r => r.Name).ToList();

        // Every read of a goes through a catalog cache of the case's own: a must be read afresh after each script that
        // changed it, and answered from the cache, equal, when nothing did (CatalogState).
        var cache = Directory.CreateTempSubdirectory("surveyschema-case-cache-").FullName;
        try
        {
            await ConvergesAsync(testCase, desired, a, declaredRoles, cache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    private static async Task ConvergesAsync(
        CaseFolder testCase, DatabaseModel desired, ScratchDatabase a, List<string> declaredRoles, string cache)
    {
        var settings = testCase.Settings;
        var original = await ReadAfreshAsync(cache, a.ConnectionString, declaredRoles, "a as loaded");
        var renames = settings.RefactorLog is null ? [] : RefactorLog.Parse(settings.RefactorLog, "case.json refactorLog");
        var options = PlanOptions.Default with { OnlineSafe = !settings.Offline, Diff = new DiffOptions { Renames = renames } };

        var plan = MigrationPlanner.Plan(original, desired, options);
        Assert.That(plan.IsEmpty, Is.False, "a and b should differ");
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(plan));
        Assert.That(plan.Remarks.Select(r => r.Code), Has.No.Member(RemarkCodes.DependencyCycle));
        Assert.That(
            plan.Hazards.Select(h => h.Kind).Distinct().Order(),
            Is.EqualTo(settings.Hazards.Distinct().Order()),
            "hazards: " + string.Join("; ", plan.Hazards));

        var kept = original.Tables.Select(t => t.Name).Where(n => desired.Tables.Any(t => t.Name == n)).ToList();
        var before = await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, kept);
        await ConvergenceDatabase.ApplyPlanAsync(a.ConnectionString, plan, "forward");
        await ConvergenceDatabase.AssertConvergedAsync(a.ConnectionString, desired, "forward");
        Assert.That(await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, kept), Is.EqualTo(before), "rows kept");
        if (settings.Check is not null)
        {
            Assert.That(await ConvergenceDatabase.ScalarAsync(a.ConnectionString, settings.Check), Is.EqualTo(true), settings.Check);
        }

        var second = MigrationPlanner.Plan(await ReadAfreshAsync(cache, a.ConnectionString, declaredRoles, "a after the forward script"), desired, options);
        Assert.That(second.IsEmpty, Is.True, "a second plan is empty:\n" + ConvergenceDatabase.ScriptOf(second));
        if (settings.Irreversible)
        {
            return;
        }

        var reverse = plan.Reverse();
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(reverse));
        await ConvergenceDatabase.ApplyPlanAsync(a.ConnectionString, reverse, "reverse");
        await ConvergenceDatabase.AssertConvergedAsync(a.ConnectionString, original, "reverse");
        ConvergenceDatabase.AssertSameModel(
            await ReadAfreshAsync(cache, a.ConnectionString, declaredRoles, "a after the reverse script"), original, "reverse, read through the cache");
    }

    /// <summary>Reads a through the case's catalog cache: it changed since the last read, so the read must miss; the
    /// read after it must hit and give the same fingerprint and counts.</summary>
    private static async Task<DatabaseModel> ReadAfreshAsync(string cache, string connectionString, List<string> roles, string what)
    {
        var read = await ConvergenceDatabase.ReadThroughCacheAsync(cache, connectionString, roles);
        Assert.That(read.CachedAt, Is.Null, $"{what}: the catalogs changed, yet the cache answered");
        var again = await ConvergenceDatabase.ReadThroughCacheAsync(cache, connectionString, roles);
        Assert.That(again.CachedAt, Is.Not.Null, $"{what}: the catalogs did not change, yet the cache did not answer");
        Assert.That(again.Fingerprint, Is.EqualTo(read.Fingerprint), $"{what}: the cached fingerprint differs from the read's");
        Assert.That(again.Counts, Is.EqualTo(read.Counts));
        return read.Model!;
    }

    /// <summary>b.sql run top to bottom by psql on a fresh database reads back like the shadow-built model.</summary>
    private static async Task AssertDirectApplyMatchesAsync(CaseFolder testCase, DatabaseModel built)
    {
        await using var direct = await TestServer.CreateDatabaseAsync(testCase.Settings.Template);
        await RunSqlFileAsync(direct.ConnectionString, testCase.DesiredSql, "b");
        ConvergenceDatabase.AssertSameModel(await ConvergenceDatabase.ReadAsync(direct.ConnectionString), built, "b applied with psql vs built as a project");
    }

    /// <summary>a.sql and b.sql run as psql runs a dump (psql meta-commands and session settings included).</summary>
    internal static async Task RunSqlFileAsync(string connectionString, string sql, string what)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"surveyschema-case-{what}-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(path, sql, new UTF8Encoding(false));
        try
        {
            await ConvergenceDatabase.RunPsqlAsync(connectionString, path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
