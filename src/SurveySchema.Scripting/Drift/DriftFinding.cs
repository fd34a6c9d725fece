using System.Collections.Immutable;
using SurveySchema.Parsing;

namespace SurveySchema.Scripting.Drift;

/// <summary>One difference between the database and the project, as CI reports carry it.</summary>
/// <param name="Object">The object it belongs to, as reports group it: <c>table public.projects</c>.</param>
/// <param name="Item">What within the object differs (<c>column is_archived</c>, <c>index idx_x</c>), or the
/// object itself when it is missing or unexpected as a whole.</param>
/// <param name="Kind">Missing, unexpected or changed.</param>
/// <param name="Change">What <c>diff</c> would do about it, in words (the operations' descriptions).</param>
/// <param name="Expected">What the project declares; null when the project does not have it.</param>
/// <param name="Actual">What the database holds; null when the database does not have it.</param>
public sealed record DriftFinding(string Object, string Item, DriftKind Kind, string Change, string? Expected, string? Actual)
{
    /// <summary>The differ's operations behind the finding (<c>AddColumn</c>; <c>DropIndex</c> and <c>CreateIndex</c>
    /// for an index declared differently).</summary>
    public ImmutableArray<string> Operations { get; init; } = [];

    /// <summary>Where the project declares the item or, failing that, its object (a column: its table's CREATE
    /// TABLE); null for what only the database has. The path is the one reports print (see
    /// <see cref="DriftReportBuilder"/>).</summary>
    public SourceLocation? DeclaredAt { get; init; }
}
