using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Deployment;

/// <summary>How a rehearsal went: null <see cref="Failure"/> when the plan, applied to a copy of the target's
/// schema, arrived at its target model.</summary>
public sealed record RehearsalResult(string? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;
}

/// <summary>Runs a plan on a scratch database before it touches the target: the scratch database is built from
/// the target's own model (planned from the empty database, as the shadow build does for a project), the plan's
/// steps run there exactly as deploy will run them, and the result is read back and compared with the plan's
/// target model by the differ's rules. A plan that fails there, or arrives somewhere else, never reaches
/// production. What a copy of the schema cannot show: how long the steps take on the real data, and failures
/// that depend on rows (a unique index over duplicates).</summary>
public static class Rehearsal
{
    public static async Task<RehearsalResult> RunAsync(
        PostgresServer server, DatabaseModel targetNow, PlanDocument plan, DatabaseModel planTarget, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var scratch = await server.CreateDatabaseAsync(DatabaseTemplate.Empty, "surveyschema_rehearsal", cancellationToken);
        await using var connection = new NpgsqlConnection(scratch.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        // The copy: the target's own schema, planned from what a new database holds (its public schema), in plain
        // (not online-safe) forms.
        var empty = await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken);
        var build = MigrationPlanner.Plan(empty, targetNow, PlanOptions.Default with { OnlineSafe = false });
        var buildDocument = JsonPlanWriter.ToDocument(build, new ScriptHeader("rehearsal") { LockTimeout = "0" });
        if (await PlanExecution.RunAsync(connection, buildDocument, (_, _) => { }, cancellationToken) is { } buildFailure)
        {
            return new RehearsalResult(
                $"cannot build a copy of the target's schema on {server.Display}: step {buildFailure.Step.Number} ({buildFailure.Step.Description}): {buildFailure.Message}",
                clock.Elapsed);
        }

        // Built from the model, the copy spells expressions as PostgreSQL re-parses the target's texts: the same
        // schema, judged with spelling settled (Respelling), as drift judges it.
        await using var respellOn = new ScratchServer(server);
        var copy = await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken);
        if ((await Respelling.CompareAsync(respellOn, copy, targetNow, DiffOptions.Default, cancellationToken)).Difference.Operations
            is { IsEmpty: false } copyDifferences)
        {
            return new RehearsalResult(
                $"the copy of the target's schema on {server.Display} differs from the target ({copyDifferences.Count} difference(s), first: {copyDifferences[0].Describe()})",
                clock.Elapsed);
        }

        if (await PlanExecution.RunAsync(connection, plan, (_, _) => { }, cancellationToken) is { } failure)
        {
            return new RehearsalResult(
                $"step {failure.Step.Number} ({failure.Step.Description}) failed on the copy: {failure.Message}", clock.Elapsed);
        }

        var arrived = await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken);
        var left = (await Respelling.CompareAsync(respellOn, arrived, planTarget, DiffOptions.Default, cancellationToken)).Difference.Operations;
        return left.IsEmpty
            ? new RehearsalResult(null, clock.Elapsed)
            : new RehearsalResult(
                $"every step ran on the copy, but it does not arrive at the plan's target: {string.Join("; ", left.Select(operation => operation.Describe()))}",
                clock.Elapsed);
    }
}
