namespace SurveySchema.Model;

/// <summary>A table constraint. Identity: <see cref="Name"/> within its table (PostgreSQL keeps
/// constraint names unique per table). NOT NULL is a column property, not a constraint, in PostgreSQL 15.</summary>
public sealed record Constraint(string Name, ConstraintKind Kind)
{
    /// <summary>Constrained columns in key order (for CHECK: the columns the expression uses).</summary>
    public EquatableArray<string> Columns { get; init; }

    /// <summary><c>pg_get_constraintdef</c>, e.g. <c>CHECK ((accuracy &gt;= (0)::numeric))</c>,
    /// <c>FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE</c>.</summary>
    public string Definition { get; init; } = "";

    /// <summary>What a FOREIGN KEY references and how; null for the other kinds.</summary>
    public ForeignKey? ForeignKey { get; init; }

    public bool Deferrable { get; init; }

    public bool InitiallyDeferred { get; init; }

    /// <summary>False while the constraint is NOT VALID (added without checking existing rows).</summary>
    public bool Validated { get; init; } = true;

    /// <summary>Comes from a parent table or partitioned table (<c>NOT conislocal</c>).</summary>
    public bool IsInherited { get; init; }

    public string? Comment { get; init; }
}

/// <summary><c>pg_constraint.contype</c> for table constraints.</summary>
public enum ConstraintKind
{
    PrimaryKey,
    ForeignKey,
    Unique,
    Check,
    Exclusion,
}

/// <summary>The referencing side's view of a foreign key.</summary>
public sealed record ForeignKey(
    QualifiedName ReferencedTable,
    EquatableArray<string> ReferencedColumns,
    ReferentialAction OnUpdate,
    ReferentialAction OnDelete,
    ForeignKeyMatch Match);

/// <summary>ON UPDATE / ON DELETE.</summary>
public enum ReferentialAction
{
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

/// <summary>MATCH SIMPLE (the default), FULL or PARTIAL.</summary>
public enum ForeignKeyMatch
{
    Simple,
    Full,
    Partial,
}
