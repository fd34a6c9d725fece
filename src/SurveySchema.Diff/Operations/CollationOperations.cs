namespace SurveySchema.Diff;

/// <summary>CREATE COLLATION … (provider = …, locale = …, deterministic = …).</summary>
public sealed record CreateCollation(Collation Collation) : Operation
{
    public override string Subject => "collation " + Collation.Name;

    public override string Describe() => $"create collation {Collation.Name} ({Collation.Provider.ToString().ToLowerInvariant()}, {Collation.Locale})";
}

/// <summary>DROP COLLATION. PostgreSQL cannot alter what a collation sorts by (ALTER COLLATION only renames,
/// moves or refreshes the version), so a changed collation is dropped and created again.</summary>
public sealed record DropCollation(Collation Collation) : Operation
{
    public override string Subject => "collation " + Collation.Name;

    public override string Describe() => "drop collation " + Collation.Name;
}
