using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Which schemas the catalog reader covers, on top of what it always leaves out
/// (PostgreSQL's own schemas, <c>surveyschema</c>, extension members, <c>public.alembic_version</c>).</summary>
public sealed record CatalogOptions
{
    public static CatalogOptions Default { get; } = new();

    /// <summary>Read only these schemas (exact, case-sensitive names); empty reads all.</summary>
    public EquatableArray<string> IncludeSchemas { get; init; }

    /// <summary>Never read these schemas (exact, case-sensitive names).</summary>
    public EquatableArray<string> ExcludeSchemas { get; init; }

    /// <summary>Read these roles (exact names; those that do not exist are left out); empty, the default,
    /// reads none. Roles are cluster-wide: a database's model and fingerprint leave them out unless a project
    /// declares them, and then only those are compared.</summary>
    public EquatableArray<string> Roles { get; init; }
}
