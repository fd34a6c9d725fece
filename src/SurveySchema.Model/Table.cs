namespace SurveySchema.Model;

/// <summary>A table (plain or partitioned) with everything that lives on it. Identity: <see cref="Name"/>.</summary>
public sealed record Table(QualifiedName Name)
{
    public Persistence Persistence { get; init; } = Persistence.Permanent;

    /// <summary><c>pg_get_partkeydef</c>, e.g. <c>RANGE (created_at)</c>, when this table is partitioned.</summary>
    public string? PartitionKey { get; init; }

    /// <summary>The parent and bound when this table is a partition.</summary>
    public PartitionOf? PartitionOf { get; init; }

    /// <summary>Parents from <c>INHERITS (…)</c>, in declaration order; a partition's parent is not listed here.</summary>
    public EquatableArray<QualifiedName> Inherits { get; init; }

    /// <summary>In physical order; see <see cref="Column.Ordinal"/>.</summary>
    public EquatableArray<Column> Columns { get; init; }

    /// <summary>By name.</summary>
    public EquatableArray<Constraint> Constraints { get; init; }

    /// <summary>By name, including those that back a constraint.</summary>
    public EquatableArray<TableIndex> Indexes { get; init; }

    /// <summary>By name; internal triggers (those behind foreign keys) are not listed.</summary>
    public EquatableArray<Trigger> Triggers { get; init; }

    /// <summary><c>relrowsecurity</c>: ALTER TABLE … ENABLE ROW LEVEL SECURITY.</summary>
    public bool RowLevelSecurity { get; init; }

    /// <summary><c>relforcerowsecurity</c>: ALTER TABLE … FORCE ROW LEVEL SECURITY.</summary>
    public bool ForceRowLevelSecurity { get; init; }

    /// <summary>By name.</summary>
    public EquatableArray<Policy> Policies { get; init; }

    /// <summary>Storage parameters (<c>reloptions</c>) as <c>name=value</c>, sorted.</summary>
    public EquatableArray<string> Options { get; init; }

    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }
}

/// <summary>Whether changes are WAL-logged (<c>relpersistence</c>).</summary>
public enum Persistence
{
    Permanent,
    Unlogged,
}

/// <summary>A partition's place: <c>PARTITION OF Parent Bound</c>.</summary>
/// <param name="Bound"><c>pg_get_expr(relpartbound)</c>, e.g. <c>FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')</c> or <c>DEFAULT</c>.</param>
public sealed record PartitionOf(QualifiedName Parent, string Bound);
