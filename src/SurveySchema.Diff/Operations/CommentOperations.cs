namespace SurveySchema.Diff;

/// <summary>COMMENT ON … IS 'text' | NULL.</summary>
public sealed record SetComment(ObjectTarget Target, string? Text, string? Previous) : Operation
{
    public override string Subject => Target.Kind switch
    {
        ObjectRefKind.Table or ObjectRefKind.Column or ObjectRefKind.Constraint or ObjectRefKind.Trigger or ObjectRefKind.Policy
            => "table " + Target.Name,
        _ => Target.ToString(),
    };

    public override string Describe() => Text is null ? $"remove comment on {Target}" : $"comment on {Target}";
}
