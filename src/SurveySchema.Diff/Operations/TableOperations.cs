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
