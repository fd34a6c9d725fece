namespace SurveySchema.Model;

/// <summary>A schema (namespace). Identity: <see cref="Name"/>.</summary>
public sealed record Schema(string Name)
{
    public EquatableArray<Grant> Grants { get; init; }

    public string? Comment { get; init; }
}
