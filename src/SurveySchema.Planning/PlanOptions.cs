using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>How the planner chooses statement forms.</summary>
public sealed record PlanOptions
{
    public static PlanOptions Default { get; } = new();

    /// <summary>Use forms that keep an existing, busy table available: CREATE/DROP INDEX CONCURRENTLY,
    /// foreign keys and checks NOT VALID then VALIDATE, SET NOT NULL through a validated check. Turn off
    /// for empty or offline databases, where the plain forms are simpler and faster.</summary>
    public bool OnlineSafe { get; init; } = true;

    /// <summary>Estimated rows per table (<c>pg_class.reltuples</c>), supplied by the caller; used in the
    /// report and to decide whether an ACCESS EXCLUSIVE lock is a hazard (a table known to be empty is not).</summary>
    public IReadOnlyDictionary<QualifiedName, long>? RowEstimates { get; init; }

    /// <summary>Options for the differ (declared renames).</summary>
    public DiffOptions Diff { get; init; } = DiffOptions.Default;
}
