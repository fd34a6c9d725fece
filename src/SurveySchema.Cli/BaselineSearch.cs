using System.Collections.Immutable;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Revisions;

namespace SurveySchema.Cli;

/// <summary>One state of the chain as <see cref="BaselineFinder"/> replayed it.</summary>
/// <param name="Revision">The revision the scratch database was upgraded to.</param>
/// <param name="Fingerprint">The fingerprint of the schema it left.</param>
/// <param name="Differences">The operations that would turn the target into that schema.</param>
/// <param name="Remarks">What differs that no operation changes (column order), in the differ's words.</param>
internal sealed record BaselineCandidate(Revision Revision, string Fingerprint, EquatableArray<Operation> Differences, EquatableArray<Remark> Remarks);

/// <summary>What <see cref="BaselineFinder"/> found: every revision's state held against the target.</summary>
/// <param name="TargetFingerprint">The target's fingerprint (canonical model; column order left out).</param>
/// <param name="Candidates">The chain's revisions in order, as far as the replay got.</param>
/// <param name="Failure">Why the replay stopped before the head, or null when every revision ran.</param>
internal sealed record BaselineSearch(string TargetFingerprint, ImmutableArray<BaselineCandidate> Candidates, string? Failure)
{
    /// <summary>The revisions whose schema is exactly the target's, without even a remark (a column order the
    /// fingerprint leaves out is still named); more than one only when a revision changes no schema (data only).</summary>
    public ImmutableArray<BaselineCandidate> Exact =>
        [.. Candidates.Where(candidate => candidate.Fingerprint == TargetFingerprint && candidate.Remarks.IsEmpty)];

    /// <summary>The latest exact match: stamping it records every revision up to it as applied, and a revision
    /// that changed no schema leaves nothing to tell the two apart.</summary>
    public BaselineCandidate? Match => Exact.IsEmpty ? null : Exact[^1];

    /// <summary>The revision with the fewest differences, the later one on a tie (it keeps more of the chain
    /// recorded as done); null when not even the first revision could be replayed.</summary>
    public BaselineCandidate? Closest => Candidates.IsEmpty
        ? null
        : Candidates.Reverse().MinBy(candidate => candidate.Differences.Count);
}
