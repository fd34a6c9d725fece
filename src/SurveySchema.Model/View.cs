namespace SurveySchema.Model;

/// <summary>A view or materialized view. Identity: <see cref="Name"/>.</summary>
public sealed record View(QualifiedName Name, ViewKind Kind)
{
    /// <summary><c>pg_get_viewdef</c>: the SELECT, as PostgreSQL re-spells it (names qualified outside
    /// <c>pg_catalog</c>).</summary>
    public string Definition { get; init; } = "";

    /// <summary>Output columns in order (type, comment; a view column may also have a default).</summary>
    public EquatableArray<Column> Columns { get; init; }

    /// <summary>Indexes (materialized views only), by name.</summary>
    public EquatableArray<TableIndex> Indexes { get; init; }

    /// <summary>INSTEAD OF and other triggers, by name.</summary>
    public EquatableArray<Trigger> Triggers { get; init; }

    /// <summary><c>reloptions</c> (<c>security_barrier=true</c>, <c>check_option=local</c>, …), sorted.</summary>
    public EquatableArray<string> Options { get; init; }

    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }
}

/// <summary>Plain or materialized.</summary>
public enum ViewKind
{
    View,
    Materialized,
}
