using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>An operation on its way into the plan: its transaction needs and any ordering keys the
/// online-safe rewrite adds between the pieces of one change.</summary>
internal sealed record StepDraft(Operation Operation, StepIsolation Isolation)
{
    public EquatableArray<FootprintKey> ExtraNeeds { get; init; }

    public EquatableArray<FootprintKey> ExtraReleases { get; init; }

    /// <summary>The step drops an object an earlier step of the same plan created (the helper check of an
    /// online SET NOT NULL): it comes after that step, not before it as a drop-and-recreate would.</summary>
    public bool DropsTemporary { get; init; }

    /// <summary>A SET NOT NULL preceded by a validated CHECK (col IS NOT NULL): no scan, no long lock.</summary>
    public bool ProvenByCheck { get; init; }
}
