using SurveySchema.Deployment;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Plans the release tests deploy: from one scratch database's schema to another's, written as
/// <c>diff --json</c> writes them (sealed, naming the database they were planned for).</summary>
internal static class ReleasePlans
{
    /// <summary>A scratch database holding <paramref name="ddl"/>.</summary>
    public static async Task<ScratchDatabase> DatabaseAsync(string ddl)
    {
        var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        if (ddl.Length > 0)
        {
            await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, ddl);
        }

        return database;
    }

    /// <summary>The plan from <paramref name="from"/>'s schema to <paramref name="to"/>'s, written to
    /// <c>&lt;folder&gt;/migration.json</c> (and its script beside it); returns the JSON's path.</summary>
    public static async Task<string> WriteAsync(ScratchDatabase from, ScratchDatabase to, string folder)
    {
        var plan = MigrationPlanner.Plan(
            await ConvergenceDatabase.ReadAsync(from.ConnectionString),
            await ConvergenceDatabase.ReadAsync(to.ConnectionString),
            PlanOptions.Default);
        var header = new ScriptHeader("test") { Source = from.Name, Target = to.Name };
        var json = Path.Combine(folder, "migration.json");
        await File.WriteAllTextAsync(json, JsonPlanWriter.Write(plan, header, await DatabaseIdentity.ReadAsync(from.ConnectionString, CancellationToken.None)));
        await File.WriteAllTextAsync(Path.Combine(folder, "migration.sql"), SqlScriptWriter.Write(plan, header));
        return json;
    }

    /// <summary>Rewrites the plan with <paramref name="edit"/> applied and its digest computed again, as a
    /// plan diff could have written.</summary>
    public static async Task ResealAsync(string json, Func<PlanDocument, PlanDocument> edit) =>
        await File.WriteAllTextAsync(json, JsonPlanWriter.Write(PlanDigest.Seal(edit(JsonPlanWriter.Read(await File.ReadAllTextAsync(json))))));

    /// <summary>The plan with <paramref name="sql"/> appended to its first step.</summary>
    public static PlanDocument WithStatementAdded(PlanDocument plan, string sql)
    {
        var first = plan.Segments[0];
        var step = first.Steps[0];
        return plan with { Segments = [first with { Steps = [step with { Sql = [.. step.Sql, sql] }, .. first.Steps.Skip(1)] }, .. plan.Segments.Skip(1)] };
    }

    public static string Folder() => CliDatabase.TemporaryFolder();
}
