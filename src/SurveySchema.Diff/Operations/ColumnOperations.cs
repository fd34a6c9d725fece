namespace SurveySchema.Diff;

/// <summary>ALTER TABLE … ADD COLUMN with type, default, NOT NULL, identity or generation expression.</summary>
public sealed record AddColumn(QualifiedName Table, Column Column) : TableOperation(Table)
{
    public override string Describe() => $"add column {Column.Name} {Column.Type}{(Column.NotNull ? " not null" : "")}";
}

/// <summary>ALTER TABLE … DROP COLUMN; <see cref="Column"/> is the dropped column, for the report and the reverse.</summary>
public sealed record DropColumn(QualifiedName Table, Column Column) : TableOperation(Table)
{
    /// <summary>Set when the column comes from a parent table (a partition's or an inheriting table's column):
    /// the topmost parent, whose changes to the same column PostgreSQL passes down first.</summary>
    public QualifiedName? InheritedFrom { get; init; }

    public override string Describe() => $"drop column {Column.Name} ({Column.Type})";
}

/// <summary>ALTER TABLE … RENAME COLUMN: only from a declared rename.</summary>
public sealed record RenameColumn(QualifiedName Table, string From, string To) : TableOperation(Table)
{
    public override string Describe() => $"rename column {From} to {To}";
}

/// <summary>ALTER TABLE … ALTER COLUMN … TYPE … [COLLATE …] [USING …].</summary>
/// <param name="From">The column as it is.</param>
/// <param name="To">The column as it should be (its type and collation are what the statement sets).</param>
/// <param name="Using">How values are converted when a plain cast would not do (PostGIS dimension or SRID changes, enum to enum).</param>
public sealed record AlterColumnType(QualifiedName Table, Column From, Column To, ColumnConversion? Using) : TableOperation(Table)
{
    public string Column => To.Name;

    public override string Describe() =>
        $"change type of {Column} from {From.Type} to {To.Type}" + (Using is null ? "" : " (" + Using.Describe() + ")");
}

/// <summary>ALTER TABLE … ALTER COLUMN … SET DEFAULT ….</summary>
public sealed record SetColumnDefault(QualifiedName Table, string Column, string Default, string? Previous) : TableOperation(Table)
{
    /// <summary>Set when the column comes from a parent table (a partition's or an inheriting table's column):
    /// the topmost parent, whose changes to the same column PostgreSQL passes down first.</summary>
    public QualifiedName? InheritedFrom { get; init; }

    public override string Describe() => $"set default of {Column} to {Default}";
}

/// <summary>ALTER TABLE … ALTER COLUMN … DROP DEFAULT.</summary>
public sealed record DropColumnDefault(QualifiedName Table, string Column, string Previous) : TableOperation(Table)
{
    /// <summary>Set when the column comes from a parent table (a partition's or an inheriting table's column):
    /// the topmost parent, whose changes to the same column PostgreSQL passes down first.</summary>
    public QualifiedName? InheritedFrom { get; init; }

    public override string Describe() => $"drop default of {Column} ({Previous})";
}

/// <summary>ALTER TABLE … ALTER COLUMN … SET NOT NULL.</summary>
public sealed record SetNotNull(QualifiedName Table, string Column) : TableOperation(Table)
{
    /// <summary>Set when the column comes from a parent table (a partition's or an inheriting table's column):
    /// the topmost parent, whose changes to the same column PostgreSQL passes down first.</summary>
    public QualifiedName? InheritedFrom { get; init; }

    public override string Describe() => $"set {Column} not null";
}

/// <summary>ALTER TABLE … ALTER COLUMN … DROP NOT NULL.</summary>
public sealed record DropNotNull(QualifiedName Table, string Column) : TableOperation(Table)
{
    /// <summary>Set when the column comes from a parent table (a partition's or an inheriting table's column):
    /// the topmost parent, whose changes to the same column PostgreSQL passes down first.</summary>
    public QualifiedName? InheritedFrom { get; init; }

    public override string Describe() => $"drop not null on {Column}";
}

/// <summary>ALTER TABLE … ALTER COLUMN … ADD GENERATED … AS IDENTITY (…).</summary>
public sealed record AddIdentity(QualifiedName Table, string Column, ColumnIdentity Identity) : TableOperation(Table)
{
    public override string Describe() => $"make {Column} an identity column ({Identity.Generation})";
}

/// <summary>ALTER TABLE … ALTER COLUMN … DROP IDENTITY.</summary>
public sealed record DropIdentity(QualifiedName Table, string Column, ColumnIdentity Previous) : TableOperation(Table)
{
    public override string Describe() => $"drop identity of {Column}";
}

/// <summary>ALTER TABLE … ALTER COLUMN … DROP EXPRESSION: a generated column becomes a plain one and keeps the
/// values computed so far.</summary>
public sealed record DropColumnExpression(QualifiedName Table, string Column, string Previous) : TableOperation(Table)
{
    public override string Describe() => $"drop generation expression of {Column} ({Previous})";
}
