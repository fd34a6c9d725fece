namespace SurveySchema.Diff;

/// <summary>CREATE AGGREGATE, spelled from the model's pg_aggregate columns.</summary>
public sealed record CreateAggregate(Aggregate Aggregate) : Operation
{
    public override string Subject => "aggregate " + Aggregate.Signature;

    public override string Describe() => "create aggregate " + Aggregate.Signature;
}

/// <summary>DROP AGGREGATE name(identity arguments). PostgreSQL has no ALTER AGGREGATE for its support
/// functions or types, so a changed aggregate is dropped and created again.</summary>
public sealed record DropAggregate(Aggregate Aggregate) : Operation
{
    public override string Subject => "aggregate " + Aggregate.Signature;

    public override string Describe() => "drop aggregate " + Aggregate.Signature;
}
