using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>What a target database says about revisions: our history and progress rows, an Alembic
/// <c>alembic_version</c> table if one is left from the old tooling, and whether it already holds tables.</summary>
/// <param name="UserTables">Up to five tables outside the system schemas, our own schema and extensions
/// (PostGIS's spatial_ref_sys), for the "has tables but no history" message.</param>
public sealed record TargetState(
    bool HasHistoryTable,
    ImmutableArray<HistoryRow> History,
    ImmutableArray<ProgressRow> Progress,
    AlembicVersionTable? Alembic,
    ImmutableArray<string> UserTables)
{
    public static TargetState Empty { get; } = new(false, [], [], null, []);
}

/// <summary>A row of <c>surveyschema.revision_history</c>.</summary>
public sealed record HistoryRow(
    string Revision,
    string Description,
    string Checksum,
    string Kind,
    DateTime AppliedAt,
    string AppliedByRole,
    string? AppliedByOsUser,
    int? DurationMs,
    string ToolVersion);

/// <summary>A row of <c>surveyschema.revision_progress</c>: one unit of a revision that committed while the
/// revision as a whole has not.</summary>
public sealed record ProgressRow(string Revision, string Direction, int Unit, string Lines, DateTime DoneAt);

/// <summary>An Alembic version table (qualified name) and the version(s) it holds.</summary>
public sealed record AlembicVersionTable(string Table, ImmutableArray<string> Versions);
