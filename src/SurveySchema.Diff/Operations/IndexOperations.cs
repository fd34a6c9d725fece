namespace SurveySchema.Diff;

/// <summary>CREATE INDEX; <see cref="Concurrently"/> is the planner's online-safe choice on existing tables.</summary>
/// <param name="Table">The table or materialized view the index is on.</param>
public sealed record CreateIndex(QualifiedName Table, TableIndex Index) : TableOperation(Table)
{
    public bool Concurrently { get; init; }

    public override string Describe() =>
        $"create {(Index.Unique ? "unique " : "")}index {Index.Name} using {Index.Method} ({string.Join(", ", Index.Keys)})"
        + (Concurrently ? " concurrently" : "");
}

/// <summary>DROP INDEX [CONCURRENTLY].</summary>
public sealed record DropIndex(QualifiedName Table, TableIndex Index) : TableOperation(Table)
{
    public bool Concurrently { get; init; }

    public override string Describe() => $"drop index {Index.Name}" + (Concurrently ? " concurrently" : "");
}
