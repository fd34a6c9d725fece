using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Deployment;
using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>The connected part of <c>deploy</c>: under the schema-change lock, on the connection that then applies
/// the plan, checks the database against the approval and the plan, rehearses, runs, and reads back. "The same
/// schema" is decided by the differ, as <c>drift</c> decides it: column order is a remark, not a difference.</summary>
internal sealed class DeployRun(
    TextWriter output,
    TextWriter error,
    PlanDocument plan,
    string planPath,
    PlanApproval? approval,
    HazardPolicy policy,
    ResolvedConnection target,
    DeployRun.RehearsalOn? rehearsal,
    string? lockTimeout,
    IProgress<PlanProgress>? progress = null,
    PostgresServer? scratchServer = null)
{
    /// <summary>Where to rehearse: on <see cref="Server"/>, or with none on an embedded PostgreSQL.</summary>
    public sealed record RehearsalOn(PostgresServer? Server);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // One lock_timeout for every statement here, the checks' catalog reads included; and, as upgrade does, a
        // client check so that a killed deploy stops its statement at once.
        var effectiveLockTimeout = lockTimeout ?? (string.IsNullOrWhiteSpace(plan.LockTimeout) ? LockTimeout.Default : plan.LockTimeout);
        var bound = LockWatch.Bound(target.ConnectionString, effectiveLockTimeout, checkClientConnection: true);
        await using var watch = LockWatch.Start(bound, LockTimeout.ToTimeSpan(effectiveLockTimeout));
        // Not pooled: the session-level schema-change lock must end with the connection, not stay in an idle pooled one.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(bound) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({SurveySchema.Revisions.SchemaChangeLock.Key})", connection))
        {
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                await error.WriteLineAsync($"error: another surveyschema run (upgrade, downgrade, stamp or deploy) is working on {target.Display}; try again when it is done");
                return ExitCodes.Error;
            }
        }

        if (approval?.PlannedFor is { } approvedFor)
        {
            var actual = await DatabaseIdentity.ReadAsync(connection, cancellationToken);
            if (actual.Database != approvedFor.Database
                || (approvedFor.SystemIdentifier is not null && actual.SystemIdentifier != approvedFor.SystemIdentifier))
            {
                await error.WriteLineAsync($"refused: {planPath} was approved by {approval.ApprovedBy} for {approvedFor}; {target.Display} is {actual}");
                return ExitCodes.Refused;
            }
        }

        // Where the rehearsal and the spelling round trips of the checks below go (Respelling): never the target.
        await using var scratch = new ScratchServer(rehearsal?.Server ?? scratchServer);

        // Checked under the lock, on the connection that then applies the plan.
        var now = await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken);
        var source = plan.ReadSourceModel();
        var planTarget = plan.ReadTargetModel();
        if (!await SameAsync(scratch, now, source, plan.SourceFingerprint, cancellationToken))
        {
            if (await SameAsync(scratch, now, planTarget, plan.TargetFingerprint, cancellationToken))
            {
                await output.WriteLineAsync($"nothing to do: {target.Display} already matches the plan's target (fingerprint {Fingerprint.Of(now)})");
                return ExitCodes.Success;
            }

            await error.WriteLineAsync($"refused: plan out of date: planned against {plan.SourceFingerprint}, database is now {Fingerprint.Of(now)}");
            if (source is not null)
            {
                await error.WriteLineAsync("  changed since the plan was made (planned-against state → database now):");
                foreach (var operation in (await Respelling.CompareAsync(scratch, source, now, DiffOptions.Default, cancellationToken)).Difference.Operations)
                {
                    await error.WriteLineAsync($"    {Sign(operation)} {operation.Describe().ReplaceLineEndings(" ")}");
                }
            }

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
                await error.WriteLineAsync($"  step {step.Number} ({step.Description}): {hazard}");
            }

            await error.WriteLineAsync(approval is null
                ? $"  after review, allow them with --allow-hazards {string.Join(",", kinds)}"
                : $"  {approval.ApprovedBy}'s approval does not accept them: approve again with --accept-hazards {string.Join(",", kinds)}");
            return ExitCodes.Refused;
        }

        var steps = plan.Segments.Sum(segment => segment.Steps.Count);
        if (steps == 0)
        {
            await output.WriteLineAsync($"nothing to do: the plan is empty and {target.Display} matches it (fingerprint {Fingerprint.Of(now)})");
            return ExitCodes.Success;
        }

        var rehearsed = await RehearseAsync(scratch, now, planTarget, cancellationToken);
        if (rehearsed is not ExitCodes.Success)
        {
            return rehearsed;
        }

        var effective = effectiveLockTimeout;
        await output.WriteLineAsync($"deploying {planPath} to {target.Display}: {steps} step(s) in {plan.Segments.Count} segment(s), lock_timeout {effective}");
        var failure = await PlanExecution.RunAsync(connection, plan with { LockTimeout = effective }, (step, elapsed) =>
            output.WriteLine($"  step {step.Number}: {step.Description} ({RevisionConsole.Seconds(elapsed)})"), cancellationToken, progress);
        if (failure is not null)
        {
            await PrintFailureAsync(connection, failure, cancellationToken);
            return ExitCodes.Error;
        }

        var after = await CatalogReader.ReadAsync(connection, CatalogOptions.Default with { Roles = [.. plan.Roles] }, cancellationToken);
        if (!await SameAsync(scratch, after, planTarget, plan.TargetFingerprint, cancellationToken))
        {
            await error.WriteLineAsync($"error: every step ran, but {target.Display} has fingerprint {Fingerprint.Of(after)}, not the plan's target {plan.TargetFingerprint}; run `drift` to see what differs");
            return ExitCodes.Error;
        }

        if (planTarget is not null)
        {
            foreach (var remark in (await Respelling.CompareAsync(scratch, after, planTarget, DiffOptions.Default, cancellationToken)).Difference.Remarks)
            {
                await output.WriteLineAsync($"  note: {remark}");
            }
        }

        await output.WriteLineAsync($"deployed: {target.Display} now matches the plan's target (fingerprint {Fingerprint.Of(after)})"
            + (rehearsal is null ? "; not rehearsed (--no-rehearsal)" : "; rehearsed first"));
        return ExitCodes.Success;
    }

    /// <summary>The same schema as <paramref name="expected"/> by the differ's rules (remarks such as column order
    /// do not count) with expression spelling settled by PostgreSQL (<see cref="Respelling"/>), as drift decides it;
    /// without the model (an older plan), by fingerprint.</summary>
    private static async Task<bool> SameAsync(
        ScratchServer scratch, DatabaseModel actual, DatabaseModel? expected, string expectedFingerprint, CancellationToken cancellationToken)
    {
        if (Fingerprint.Of(actual) == expectedFingerprint)
        {
            return true;
        }

        if (expected is null)
        {
            return false;
        }

        return SchemaDiffer.Compare(actual, expected, DiffOptions.Default).Operations.IsEmpty
            || (await Respelling.CompareAsync(scratch, actual, expected, DiffOptions.Default, cancellationToken)).Difference.Operations.IsEmpty;
    }

    private static char Sign(Operation operation)
    {
        var kind = operation.GetType().Name;
        return kind.StartsWith("Create", StringComparison.Ordinal) || kind.StartsWith("Add", StringComparison.Ordinal) ? '+'
            : kind.StartsWith("Drop", StringComparison.Ordinal) ? '-'
            : '~';
    }

    private async Task<int> RehearseAsync(ScratchServer scratch, DatabaseModel now, DatabaseModel? planTarget, CancellationToken cancellationToken)
    {
        if (rehearsal is null)
        {
            await output.WriteLineAsync("not rehearsed: --no-rehearsal");
            return ExitCodes.Success;
        }

        if (planTarget is null)
        {
            await error.WriteLineAsync($"refused: {planPath} does not carry its target model, so it cannot be rehearsed; run `diff` again (or deploy with --no-rehearsal)");
            return ExitCodes.Refused;
        }

        var server = await scratch.GetAsync(cancellationToken);
        var result = await Rehearsal.RunAsync(server, now, plan, planTarget, cancellationToken);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"refused: the rehearsal failed: {result.Failure}");
            await error.WriteLineAsync($"  nothing ran on {target.Display}; fix the plan (run `diff` again), or deploy with --no-rehearsal if the copy cannot represent the target");
            return ExitCodes.Refused;
        }

        await output.WriteLineAsync($"rehearsed on a scratch copy of the target's schema ({server.Display}): arrives at the plan's target ({RevisionConsole.Seconds(result.Elapsed)})");
        return ExitCodes.Success;
    }

    private async Task PrintFailureAsync(NpgsqlConnection connection, PlanFailure failure, CancellationToken cancellationToken)
    {
        await error.WriteLineAsync($"error: step {failure.Step.Number} ({failure.Step.Description}, {failure.Step.Subject}) failed");
        await error.WriteLineAsync($"  statement: {failure.Statement}");
        await error.WriteLineAsync($"  PostgreSQL: {target.Redact(failure.Message)}");
        var invalid = await InvalidIndexes.ReadAsync(connection, cancellationToken);
        var left = failure.CommittedSegments == 0 && invalid.Count == 0
            ? "  nothing was committed: the database is as it was before the deploy"
            : $"  {(failure.CommittedSegments == 0 ? "no segment" : $"segments 1–{failure.CommittedSegments}")} committed"
                + (failure.InTransaction ? ", the failed one was rolled back" : ", the failed statement ran outside a transaction")
                + ": the database is between the plan's source and target; run `diff` again for the rest";
        await error.WriteLineAsync(left);
        foreach (var index in invalid)
        {
            await error.WriteLineAsync($"  index {index} is INVALID (left by the failed CREATE INDEX CONCURRENTLY): drop it with `DROP INDEX CONCURRENTLY {index};`, then deploy a new plan");
        }
    }
}
