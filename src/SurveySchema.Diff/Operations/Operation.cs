namespace SurveySchema.Diff;

/// <summary>One change to a database schema, as data: the differ produces operations, the planner orders
/// them and marks hazards, and only the scripting stage turns them into SQL.</summary>
public abstract record Operation
{
    /// <summary>The object the operation changes, for reports: <c>table public.projects</c>.</summary>
    public abstract string Subject { get; }

    /// <summary>One line for people: <c>add column is_archived boolean</c>.</summary>
    public abstract string Describe();
}

/// <summary>An operation on a table (or materialized view) and what lives on it; reports group by <see cref="Table"/>.</summary>
public abstract record TableOperation(QualifiedName Table) : Operation
{
    public override string Subject => "table " + Table;
}
