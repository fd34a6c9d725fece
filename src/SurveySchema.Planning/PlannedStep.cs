using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>How a step runs with respect to transactions.</summary>
public enum StepIsolation
{
    /// <summary>In a transaction, together with its neighbours.</summary>
    Shared,

    /// <summary>In a transaction of its own, so that the locks taken before it are released first
    /// (VALIDATE CONSTRAINT after ADD … NOT VALID).</summary>
    OwnTransaction,

    /// <summary>Outside any transaction (CREATE/DROP INDEX CONCURRENTLY, ALTER TYPE … ADD VALUE).</summary>
    NoTransaction,
}

/// <summary>One operation in its place in the plan, with its hazards.</summary>
/// <param name="Number">1-based position in the plan.</param>
/// <param name="Segment">1-based number of the segment the step runs in.</param>
/// <param name="EstimatedRows">Rows of the table the step touches, when the caller supplied estimates.</param>
public sealed record PlannedStep(
    int Number,
    Operation Operation,
    EquatableArray<Hazard> Hazards,
    StepIsolation Isolation,
    int Segment,
    long? EstimatedRows)
{
    public bool IsHazardous => !Hazards.IsEmpty;
}

/// <summary>Steps that run together: in one transaction, or (not transactional) one statement alone.</summary>
public sealed record PlanSegment(int Number, bool Transactional, EquatableArray<PlannedStep> Steps);
