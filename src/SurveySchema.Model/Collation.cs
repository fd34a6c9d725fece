namespace SurveySchema.Model;

/// <summary>A collation created by CREATE COLLATION. Identity: <see cref="Name"/>. The collation version
/// (<c>collversion</c>) is left out: it records the library the server was built with, not the schema.</summary>
public sealed record Collation(QualifiedName Name)
{
    public CollationProvider Provider { get; init; } = CollationProvider.Libc;

    /// <summary>ICU: the locale (<c>colliculocale</c>, e.g. <c>und-u-ks-level2</c>); libc: LC_COLLATE.</summary>
    public string Locale { get; init; } = "";

    /// <summary>libc only: LC_CTYPE when it differs from LC_COLLATE; otherwise null.</summary>
    public string? CharacterClassification { get; init; }

    /// <summary>False for a nondeterministic (e.g. case-insensitive) ICU collation.</summary>
    public bool Deterministic { get; init; } = true;

    public string? Comment { get; init; }
}

/// <summary><c>collprovider</c>.</summary>
public enum CollationProvider
{
    Libc,
    Icu,
}
