using SurveySchema.Diff;
using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>How a deploy ended, as a value: the command line words each one (and names its options).</summary>
public abstract record DeployOutcome
{
    /// <summary>Another schema-changing run holds the schema-change lock on the target.</summary>
    public sealed record Busy : DeployOutcome;

    /// <summary>The approval binds the plan to another database than the target.</summary>
    public sealed record WrongDatabase(PlanDocumentDatabase ApprovedFor, PlanDocumentDatabase Actual) : DeployOutcome;

    /// <summary>The target already matches the plan's target: nothing ran.</summary>
    public sealed record AlreadyAtTarget(string Fingerprint) : DeployOutcome;

    /// <summary>The target is neither the plan's source nor its target; <see cref="Changes"/> is what changed since
    /// the plan was made (empty when the plan does not carry its source model).</summary>
    public sealed record OutOfDate(string Fingerprint, IReadOnlyList<Operation> Changes) : DeployOutcome;

    /// <summary>Hazards the policy does not allow, each with its step.</summary>
    public sealed record HazardsRefused(IReadOnlyList<(PlanDocumentStep Step, PlanDocumentHazard Hazard)> Refused) : DeployOutcome
    {
        public IReadOnlyList<string> Kinds => [.. Refused.Select(pair => pair.Hazard.Kind).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The plan has no step and the target matches it.</summary>
    public sealed record EmptyPlan(string Fingerprint) : DeployOutcome;

    /// <summary>A rehearsal was asked for, but the plan does not carry its target model.</summary>
    public sealed record CannotRehearse : DeployOutcome;

    /// <summary>The rehearsal on a scratch copy failed; nothing ran on the target.</summary>
    public sealed record RehearsalFailed(string Failure) : DeployOutcome;

    /// <summary>A step failed on the target; <see cref="InvalidIndexes"/> are indexes a failed CREATE INDEX
    /// CONCURRENTLY left INVALID.</summary>
    public sealed record StepFailed(PlanFailure Failure, IReadOnlyList<string> InvalidIndexes) : DeployOutcome;

    /// <summary>Every step ran, but the target does not read back as the plan's target.</summary>
    public sealed record TargetNotReached(string Fingerprint) : DeployOutcome;

    /// <summary>The target now matches the plan's target; <see cref="Remarks"/> are the differ's remarks that
    /// remain (column order…).</summary>
    public sealed record Deployed(string Fingerprint, IReadOnlyList<Remark> Remarks, bool Rehearsed) : DeployOutcome;
}

/// <summary>What a deploy reports while it runs, before its outcome.</summary>
public abstract record DeployEvent
{
    /// <summary>No rehearsal was asked for.</summary>
    public sealed record NotRehearsed : DeployEvent;

    /// <summary>The rehearsal on <see cref="Server"/> arrived at the plan's target.</summary>
    public sealed record Rehearsed(string Server, TimeSpan Elapsed) : DeployEvent;

    /// <summary>The plan starts running on the target.</summary>
    public sealed record Starting(int Steps, int Segments, string LockTimeout) : DeployEvent;

    /// <summary>One step committed (or ran, outside a transaction).</summary>
    public sealed record StepDone(PlanDocumentStep Step, TimeSpan Elapsed) : DeployEvent;
}
