using System.Collections.Immutable;
using SurveySchema.Diff;
using SurveySchema.Parsing;

namespace SurveySchema.Scripting.Drift;

/// <summary>Turns the differ's result into a <see cref="DriftReport"/>: one finding per difference, each with the
/// place the project declares it, and every object compared.</summary>
public static class DriftReportBuilder
{
    /// <param name="difference">The differ's operations from the target (<paramref name="actual"/>) to the project (<paramref name="desired"/>).</param>
    /// <param name="declarations">Where the project declares each object (the parse's <see cref="ObjectDeclaration"/>s).</param>
    /// <param name="target">What was compared, for messages (never a password).</param>
    /// <param name="project">The project folder as given.</param>
    /// <param name="nextCommand">What to run next when there is drift.</param>
    /// <param name="pathsRelativeTo">Declaration paths below this folder are written relative to it with '/' (CI
    /// annotations want paths from the repository root); others stay as they are. Null: leave all as they are.</param>
    public static DriftReport Build(
        SchemaDifference difference,
        DatabaseModel actual,
        DatabaseModel desired,
        IEnumerable<ObjectDeclaration> declarations,
        string target,
        string project,
        string? nextCommand,
        string? pathsRelativeTo = null)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(desired);
        var index = new DeclarationIndex(declarations);
        SourceLocation? Declared(IEnumerable<Parsing.Dependencies.SchemaObjectName> sites) =>
            index.Find(sites) is { } found ? Display(found, pathsRelativeTo) : null;

        var findings = difference.Operations
            .Select(operation => DriftClassifier.Classify(operation, actual) with { DeclaredAt = Declared(DeclarationSites.Of(operation)) })
            .ToList();
        var merged = MergeReplacements(findings);

        var objects = new Dictionary<string, ComparedObject>(StringComparer.Ordinal);
        foreach (var (kind, name, site) in ComparedObjects.Of(desired).Concat(ComparedObjects.Of(actual)))
        {
            var compared = new ComparedObject(kind, name, site is null ? null : Declared([site]));
            objects.TryAdd(compared.Subject, compared);
        }

        // A finding whose subject no model object spells the same way (a procedure's comment) still gets its test case.
        foreach (var finding in merged)
        {
            objects.TryAdd(finding.Object, new ComparedObject("", finding.Object, finding.DeclaredAt));
        }

        return new DriftReport(
            target,
            project,
            [.. objects.Values.OrderBy(o => o.Subject, StringComparer.Ordinal)],
            [.. merged],
            [.. difference.Remarks.Select(remark => remark.ToString())],
            merged.Count == 0 ? null : nextCommand);
    }

    /// <summary>An item the differ drops and creates again (an index, constraint, view or function declared
    /// differently) is one change, not an unexpected item plus a missing one: expected from the create, actual
    /// from the drop, at the first one's place in the list.</summary>
    internal static List<DriftFinding> MergeReplacements(IReadOnlyList<DriftFinding> findings)
    {
        var pairs = findings
            .GroupBy(f => (f.Object, f.Item))
            .Where(g => g.Count(f => f.Kind == DriftKind.Missing) == 1 && g.Count(f => f.Kind == DriftKind.Unexpected) == 1)
            .ToDictionary(g => g.Key, g => (Missing: g.Single(f => f.Kind == DriftKind.Missing), Unexpected: g.Single(f => f.Kind == DriftKind.Unexpected)));
        var merged = new List<DriftFinding>();
        var emitted = new HashSet<(string, string)>();
        foreach (var finding in findings)
        {
            var key = (finding.Object, finding.Item);
            if (finding.Kind == DriftKind.Changed || !pairs.TryGetValue(key, out var pair))
            {
                merged.Add(finding);
            }
            else if (emitted.Add(key))
            {
                var (first, second) = finding.Kind == DriftKind.Unexpected ? (pair.Unexpected, pair.Missing) : (pair.Missing, pair.Unexpected);
                merged.Add(new DriftFinding(finding.Object, finding.Item, DriftKind.Changed, $"{first.Change}; {second.Change}",
                    pair.Missing.Expected, pair.Unexpected.Actual)
                {
                    Operations = [.. first.Operations, .. second.Operations],
                    DeclaredAt = pair.Missing.DeclaredAt ?? pair.Unexpected.DeclaredAt,
                });
            }
        }

        return merged;
    }

    private static SourceLocation Display(SourceLocation location, string? root)
    {
        if (root is null || !Path.IsPathRooted(location.File))
        {
            return location with { File = location.File.Replace(Path.DirectorySeparatorChar, '/') };
        }

        var relative = Path.GetRelativePath(root, location.File);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? location
            : location with { File = relative.Replace(Path.DirectorySeparatorChar, '/') };
    }
}
