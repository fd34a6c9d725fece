namespace SurveySchema.Diff;

/// <summary>CREATE TABLE with its columns and its primary key, unique, check and exclusion constraints
/// inline; foreign keys, indexes, triggers, policies, grants and comments follow as operations of their own.</summary>
public sealed record CreateTable(Table Definition) : TableOperation(Definition.Name)
{
    public override string Describe() => $"create table {Table} ({Definition.Columns.Count} columns)";
}

/// <summary>DROP TABLE; its indexes, constraints, triggers and policies go with it.</summary>
public sealed record DropTable(Table Definition) : TableOperation(Definition.Name)
{
    public override string Describe() => "drop table " + Table;
}

/// <summary>ALTER TABLE … RENAME TO …: only from a declared rename (refactor log), never guessed.</summary>
public sealed record RenameTable(QualifiedName From, string To) : TableOperation(From)
{
    public override string Describe() => $"rename table {From} to {To}";
}

/// <summary>ALTER TABLE … ENABLE ROW LEVEL SECURITY.</summary>
public sealed record EnableRowLevelSecurity(QualifiedName Table) : TableOperation(Table)
{
    public override string Describe() => "enable row level security on " + Table;
}

/// <summary>ALTER TABLE … DISABLE ROW LEVEL SECURITY.</summary>
public sealed record DisableRowLevelSecurity(QualifiedName Table) : TableOperation(Table)
{
    public override string Describe() => "disable row level security on " + Table;
}

/// <summary>ALTER TABLE … [NO] FORCE ROW LEVEL SECURITY.</summary>
public sealed record SetForceRowLevelSecurity(QualifiedName Table, bool Force) : TableOperation(Table)
{
    public override string Describe() => (Force ? "force" : "no force") + " row level security on " + Table;
}

/// <summary>ALTER TABLE … SET (…) / RESET (…) for storage parameters.</summary>
public sealed record SetTableOptions(QualifiedName Table, EquatableArray<string> Set, EquatableArray<string> Reset) : TableOperation(Table)
{
    public override string Describe() => $"set storage parameters on {Table}";
}

/// <summary>ALTER TABLE … SET LOGGED / SET UNLOGGED: PostgreSQL rewrites the table under ACCESS EXCLUSIVE.</summary>
public sealed record SetPersistence(QualifiedName Table, Persistence To, Persistence From) : TableOperation(Table)
{
    public override string Describe() => $"make {Table} {(To == Persistence.Unlogged ? "unlogged" : "logged")}";
}

/// <summary>ALTER TABLE Parent ATTACH PARTITION Table Bound: an existing table becomes a partition.</summary>
/// <param name="Table">The partition, which the operation is about (reports group by it).</param>
public sealed record AttachPartition(QualifiedName Table, PartitionOf Partition) : TableOperation(Table)
{
    /// <summary>The table's columns as ATTACH needs them (all the parent's, NOT NULL where the parent's are):
    /// the steps that add them or set NOT NULL come first.</summary>
    public EquatableArray<Column> Columns { get; init; }

    public override string Describe() => $"attach {Table} to {Partition.Parent} {Partition.Bound}";
}

/// <summary>ALTER TABLE Parent DETACH PARTITION Table: the partition becomes a table of its own, rows kept.</summary>
public sealed record DetachPartition(QualifiedName Table, PartitionOf Partition) : TableOperation(Table)
{
    public override string Describe() => $"detach {Table} from {Partition.Parent}";
}

/// <summary>ALTER TABLE … INHERIT Parent: the table, which already has the parent's columns, becomes its child.</summary>
public sealed record InheritTable(QualifiedName Table, QualifiedName Parent) : TableOperation(Table)
{
    /// <summary>The table's columns as INHERIT needs them (the parent's, NOT NULL where the parent's are).</summary>
    public EquatableArray<Column> Columns { get; init; }

    public override string Describe() => $"make {Table} inherit from {Parent}";
}

/// <summary>ALTER TABLE … NO INHERIT Parent: the table keeps its columns and rows, as columns of its own.</summary>
public sealed record NoInheritTable(QualifiedName Table, QualifiedName Parent) : TableOperation(Table)
{
    public override string Describe() => $"stop {Table} inheriting from {Parent}";
}

/// <summary>A change PostgreSQL cannot make in place and this tool does not rebuild (a partition key): the
/// script stops at this step with <see cref="Reason"/>, so it never reports success for a change it did not make.</summary>
public sealed record ManualTableChange(QualifiedName Table, string Reason) : TableOperation(Table)
{
    public override string Describe() => $"needs a change by hand on {Table}: {Reason}";
}
