namespace SurveySchema.Model;

/// <summary>An index of a table or materialized view. Identity: <see cref="Name"/> (an index lives in
/// its table's schema). Named TableIndex so it does not clash with <see cref="System.Index"/>.</summary>
public sealed record TableIndex(string Name)
{
    /// <summary>Access method: <c>btree</c>, <c>gist</c>, <c>gin</c>, …</summary>
    public string Method { get; init; } = "btree";

    /// <summary>Key columns (quoted where needed) or expressions, in order; ordering, opclass and
    /// collation are in <see cref="Definition"/>.</summary>
    public EquatableArray<string> Keys { get; init; }

    /// <summary>INCLUDE (…) columns, in order.</summary>
    public EquatableArray<string> Include { get; init; }

    /// <summary>WHERE clause of a partial index.</summary>
    public string? Predicate { get; init; }

    public bool Unique { get; init; }

    /// <summary><c>pg_get_indexdef</c>: the full CREATE INDEX statement, names schema-qualified.</summary>
    public string Definition { get; init; } = "";

    /// <summary>The primary key, unique or exclusion constraint this index implements; such an index is
    /// created and dropped with its constraint.</summary>
    public string? Constraint { get; init; }

    /// <summary>False after a failed CREATE INDEX CONCURRENTLY: the index exists but is not used.</summary>
    public bool IsValid { get; init; } = true;

    /// <summary>On a partition: the partitioned table's index this one is attached to.</summary>
    public QualifiedName? PartitionOf { get; init; }

    public string? Comment { get; init; }
}
