namespace SurveySchema.Diff;

/// <summary>COMMENT ON … IS 'text' | NULL.</summary>
public sealed record SetComment(ObjectTarget Target, string? Text, string? Previous) : Operation
{
    public override string Subject => Target.Kind switch
    {
        ObjectKind.Table or ObjectKind.Column or ObjectKind.Constraint or ObjectKind.Trigger or ObjectKind.Policy
            => "table " + Target.Name,
        _ => Target.ToString(),
    };

    public override string Describe() => Text is null ? $"remove comment on {Target}" : $"comment on {Target}";
}
