using System.CommandLine;
using System.Text.Json;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>deploy --plan FILE.json [--allow-hazards DataLoss,TableRewrite,…]</c>: applies a reviewed JSON
/// plan (written by <c>diff --json</c>) to the target. Refuses (exit 3) when the target's fingerprint is no
/// longer the one the plan was made against, or when the plan holds a hazard that is not allowed; applies the
/// segments as the script would; finally reads the target again and checks it now has the plan's target
/// fingerprint.</summary>
internal static class DeployCommand
{
    /// <summary>The advisory lock <c>upgrade</c>, <c>downgrade</c> and <c>stamp</c> hold while they run: a deploy
    /// must not interleave with them.</summary>
    private const long RunLockKey = SurveySchema.Revisions.SchemaChangeLock.Key;

    public static Command Create()
    {
        var planOption = new Option<string>("--plan")
        {
            Description = "The JSON plan written by `diff --json`",
            Required = true,
        };
        var allowOption = new Option<string[]>("--allow-hazards")
        {
            Description = "Hazard kinds to let through besides the default AccessExclusiveLock, IndexBuild, ValidationScan "
                + "(comma-separated: DataLoss, TableRewrite, Irreversible, or all)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("deploy", "Apply a reviewed plan; refuses when the target changed since it was planned") { planOption, allowOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var (policy, policyError) = HazardPolicy.Parse(parseResult.GetValue(allowOption) ?? []);
            if (policy is null)
            {
                await error.WriteLineAsync($"error: {policyError}");
                return ExitCodes.Error;
            }

            var planPath = parseResult.GetValue(planOption)!;
            PlanDocument plan;
            try
            {
                plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(planPath, cancellationToken));
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                await error.WriteLineAsync($"error: cannot read the plan {planPath}: {exception.Message}");
                return ExitCodes.Error;
            }

            ResolvedConnection? target;
            try
            {
                target = ConnectionResolver.Resolve(parseResult.GetValue(SharedOptions.Connection), Directory.GetCurrentDirectory());
            }
            catch (FormatException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.Error;
            }

            if (target is null)
            {
                await error.WriteLineAsync("error: deploy needs a target: give --connection (or SURVEYSCHEMA_CONNECTION, DATABASE_URL, PG*, .env)");
                return ExitCodes.Error;
            }

            try
            {
                return await DeployAsync(parseResult, plan, planPath, policy, target, cancellationToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or CatalogReadException)
            {
                await error.WriteLineAsync($"error: deploy to {target.Display} failed: {target.Redact(exception.Message)}");
                return ExitCodes.Error;
            }
        });
        return command;
    }

    private static async Task<int> DeployAsync(
        ParseResult parseResult, PlanDocument plan, string planPath, HazardPolicy policy, ResolvedConnection target, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "surveyschema deploy";
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({RunLockKey})", connection))
        {
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                await error.WriteLineAsync($"error: another surveyschema run (upgrade, downgrade, stamp or deploy) is working on {target.Display}; try again when it is done");
                return ExitCodes.Error;
            }
        }

        // Checked under the lock, on the connection that then applies the plan.
        var before = Fingerprint.Of(await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken));
        if (before != plan.SourceFingerprint)
        {
            if (before == plan.TargetFingerprint)
            {
                await output.WriteLineAsync($"nothing to do: {target.Display} already matches the plan's target (fingerprint {before})");
                return ExitCodes.Success;
            }

            await error.WriteLineAsync($"refused: plan out of date: planned against {plan.SourceFingerprint}, database is now {before}");
            await error.WriteLineAsync($"  {planPath} was made from {plan.Source} at {plan.GeneratedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; run `diff` again and review the new plan");
            return ExitCodes.Refused;
        }

        var refused = policy.Refused(plan);
        if (refused.Count > 0)
        {
            var kinds = refused.Select(pair => pair.Hazard.Kind).Distinct(StringComparer.Ordinal).ToList();
            await error.WriteLineAsync($"refused: the plan holds hazards that are not allowed: {string.Join(", ", kinds)}");
            foreach (var (step, hazard) in refused)
            {
                await error.WriteLineAsync($"  step {step.Number} ({step.Description}): {hazard.Kind}: {hazard.Message}");
            }

            await error.WriteLineAsync($"  after review, allow them with --allow-hazards {string.Join(",", kinds)}");
            return ExitCodes.Refused;
        }

        var steps = plan.Segments.Sum(segment => segment.Steps.Count);
        if (steps == 0)
        {
            await output.WriteLineAsync($"nothing to do: the plan is empty and {target.Display} matches it (fingerprint {before})");
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"deploying {planPath} to {target.Display}: {steps} step(s) in {plan.Segments.Count} segment(s), lock_timeout {plan.LockTimeout}");
        var failure = await PlanExecution.RunAsync(connection, plan, (step, elapsed) =>
            output.WriteLine($"  step {step.Number}: {step.Description} ({RevisionConsole.Seconds(elapsed)})"), cancellationToken);
        if (failure is not null)
        {
            await error.WriteLineAsync($"error: step {failure.Step.Number} ({failure.Step.Description}, {failure.Step.Subject}) failed");
            await error.WriteLineAsync($"  statement: {failure.Statement}");
            await error.WriteLineAsync($"  PostgreSQL: {target.Redact(failure.Message)}");
            await error.WriteLineAsync(failure.CommittedSegments == 0
                ? "  nothing was committed: the database is as it was before the deploy"
                : $"  segments 1–{failure.CommittedSegments} committed, the failed one was rolled back: the database is between the plan's source and target; run `diff` again for the rest");
            return ExitCodes.Error;
        }

        var after = Fingerprint.Of(await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken));
        if (after != plan.TargetFingerprint)
        {
            await error.WriteLineAsync($"error: every step ran, but {target.Display} has fingerprint {after}, not the plan's target {plan.TargetFingerprint}; run `drift` to see what differs");
            return ExitCodes.Error;
        }

        await output.WriteLineAsync($"deployed: {target.Display} now matches the plan's target (fingerprint {after})");
        return ExitCodes.Success;
    }
}
