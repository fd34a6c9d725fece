using System.Collections.Immutable;

namespace SurveySchema.Scripting.Drift;

/// <summary>What <c>drift</c> found, for the JUnit, JSON, annotation and Markdown writers: every object compared
/// (drifted or not), and every difference with the place that declares it.</summary>
/// <param name="Target">What was compared with the project (host, port, database, user; never a password, or the
/// revision chain's head).</param>
/// <param name="Project">The project folder as given.</param>
/// <param name="Objects">Every object on either side, by subject; each finding's <see cref="DriftFinding.Object"/> is one of them.</param>
/// <param name="Findings">The differences, in the differ's order.</param>
/// <param name="Remarks">Differences that are not drift (column order).</param>
/// <param name="NextCommand">The command that shows or records the fix (never with a password); null without drift.</param>
public sealed record DriftReport(
    string Target,
    string Project,
    ImmutableArray<ComparedObject> Objects,
    ImmutableArray<DriftFinding> Findings,
    ImmutableArray<string> Remarks,
    string? NextCommand)
{
    public bool HasDrift => !Findings.IsEmpty;

    /// <summary>The findings per object subject, each in order.</summary>
    public ILookup<string, DriftFinding> FindingsByObject() => Findings.ToLookup(finding => finding.Object, StringComparer.Ordinal);

    /// <summary>How many objects have at least one finding.</summary>
    public int DriftedObjects => Findings.Select(finding => finding.Object).Distinct(StringComparer.Ordinal).Count();
}
