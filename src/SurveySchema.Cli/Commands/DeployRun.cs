using SurveySchema.Deployment;
using SurveySchema.Diff;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>The connected part of <c>deploy</c>: runs the deploy stage (<see cref="PlanDeployment"/>) and words
/// what it reports and how it ended, with the options that change the outcome.</summary>
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
        var effectiveLockTimeout = lockTimeout ?? (string.IsNullOrWhiteSpace(plan.LockTimeout) ? LockTimeout.Default : plan.LockTimeout);
        var request = new DeployRequest(
            plan, approval, policy, target.ConnectionString, effectiveLockTimeout, LockTimeout.ToTimeSpan(effectiveLockTimeout),
            Rehearse: rehearsal is not null, ScratchServer: rehearsal?.Server ?? scratchServer);
        var outcome = await PlanDeployment.RunAsync(request, Report, progress, cancellationToken);
        return await PrintAsync(outcome);
    }

    private void Report(DeployEvent happened)
    {
        switch (happened)
        {
            case DeployEvent.NotRehearsed:
                output.WriteLine("not rehearsed: --no-rehearsal");
                break;
            case DeployEvent.Rehearsed rehearsed:
                output.WriteLine($"rehearsed on a scratch copy of the target's schema ({rehearsed.Server}): arrives at the plan's target ({RevisionConsole.Seconds(rehearsed.Elapsed)})");
                break;
            case DeployEvent.Starting starting:
                output.WriteLine($"deploying {planPath} to {target.Display}: {starting.Steps} step(s) in {starting.Segments} segment(s), lock_timeout {starting.LockTimeout}");
                break;
            case DeployEvent.StepDone done:
                output.WriteLine($"  step {done.Step.Number}: {done.Step.Description} ({RevisionConsole.Seconds(done.Elapsed)})");
                break;
        }
    }

    private async Task<int> PrintAsync(DeployOutcome outcome)
    {
        switch (outcome)
        {
            case DeployOutcome.Busy:
                await error.WriteLineAsync($"error: another surveyschema run (upgrade, downgrade, stamp or deploy) is working on {target.Display}; try again when it is done");
                return ExitCodes.Error;
            case DeployOutcome.WrongDatabase wrong:
                await error.WriteLineAsync($"refused: {planPath} was approved by {approval!.ApprovedBy} for {wrong.ApprovedFor}; {target.Display} is {wrong.Actual}");
                return ExitCodes.Refused;
            case DeployOutcome.AlreadyAtTarget already:
                await output.WriteLineAsync($"nothing to do: {target.Display} already matches the plan's target (fingerprint {already.Fingerprint})");
                return ExitCodes.Success;
            case DeployOutcome.OutOfDate outOfDate:
                await error.WriteLineAsync($"refused: plan out of date: planned against {plan.SourceFingerprint}, database is now {outOfDate.Fingerprint}");
                if (plan.ReadSourceModel() is not null)
                {
                    await error.WriteLineAsync("  changed since the plan was made (planned-against state → database now):");
                    foreach (var operation in outOfDate.Changes)
                    {
                        await error.WriteLineAsync($"    {Sign(operation)} {operation.Describe().ReplaceLineEndings(" ")}");
                    }
                }

                await error.WriteLineAsync($"  {planPath} was made from {plan.Source} at {plan.GeneratedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; run `diff` again and review the new plan");
                return ExitCodes.Refused;
            case DeployOutcome.HazardsRefused refused:
                await error.WriteLineAsync($"refused: the plan holds hazards that are not allowed: {string.Join(", ", refused.Kinds)}");
                foreach (var (step, hazard) in refused.Refused)
                {
                    await error.WriteLineAsync($"  step {step.Number} ({step.Description}): {hazard}");
                }

                await error.WriteLineAsync(approval is null
                    ? $"  after review, allow them with --allow-hazards {string.Join(",", refused.Kinds)}"
                    : $"  {approval.ApprovedBy}'s approval does not accept them: approve again with --accept-hazards {string.Join(",", refused.Kinds)}");
                return ExitCodes.Refused;
            case DeployOutcome.EmptyPlan empty:
                await output.WriteLineAsync($"nothing to do: the plan is empty and {target.Display} matches it (fingerprint {empty.Fingerprint})");
                return ExitCodes.Success;
            case DeployOutcome.CannotRehearse:
                await error.WriteLineAsync($"refused: {planPath} does not carry its target model, so it cannot be rehearsed; run `diff` again (or deploy with --no-rehearsal)");
                return ExitCodes.Refused;
            case DeployOutcome.RehearsalFailed failed:
                await error.WriteLineAsync($"refused: the rehearsal failed: {failed.Failure}");
                await error.WriteLineAsync($"  nothing ran on {target.Display}; fix the plan (run `diff` again), or deploy with --no-rehearsal if the copy cannot represent the target");
                return ExitCodes.Refused;
            case DeployOutcome.StepFailed failed:
                await PrintFailureAsync(failed.Failure, failed.InvalidIndexes);
                return ExitCodes.Error;
            case DeployOutcome.TargetNotReached notReached:
                await error.WriteLineAsync($"error: every step ran, but {target.Display} has fingerprint {notReached.Fingerprint}, not the plan's target {plan.TargetFingerprint}; run `drift` to see what differs");
                return ExitCodes.Error;
            case DeployOutcome.Deployed deployed:
                foreach (var remark in deployed.Remarks)
                {
                    await output.WriteLineAsync($"  note: {remark}");
                }

                await output.WriteLineAsync($"deployed: {target.Display} now matches the plan's target (fingerprint {deployed.Fingerprint})"
                    + (deployed.Rehearsed ? "; rehearsed first" : "; not rehearsed (--no-rehearsal)"));
                return ExitCodes.Success;
            default:
                throw new InvalidOperationException($"unknown deploy outcome {outcome.GetType().Name}");
        }
    }

    private static char Sign(Operation operation)
    {
        var kind = operation.GetType().Name;
        return kind.StartsWith("Create", StringComparison.Ordinal) || kind.StartsWith("Add", StringComparison.Ordinal) ? '+'
            : kind.StartsWith("Drop", StringComparison.Ordinal) ? '-'
            : '~';
    }

    private async Task PrintFailureAsync(PlanFailure failure, IReadOnlyList<string> invalid)
    {
        await error.WriteLineAsync($"error: step {failure.Step.Number} ({failure.Step.Description}, {failure.Step.Subject}) failed");
        await error.WriteLineAsync($"  statement: {failure.Statement}");
        await error.WriteLineAsync($"  PostgreSQL: {target.Redact(failure.Message)}");
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
