namespace SurveySchema.Model;

/// <summary>A schema (namespace). Identity: <see cref="Name"/>.</summary>
public sealed record Schema(string Name)
{
    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }
}
