namespace SurveySchema.Diff;

/// <summary>CREATE POLICY.</summary>
public sealed record CreatePolicy(QualifiedName Table, Policy Policy) : TableOperation(Table)
{
    public override string Describe() => "create policy " + Policy.Name;
}

/// <summary>DROP POLICY.</summary>
public sealed record DropPolicy(QualifiedName Table, Policy Policy) : TableOperation(Table)
{
    public override string Describe() => "drop policy " + Policy.Name;
}
