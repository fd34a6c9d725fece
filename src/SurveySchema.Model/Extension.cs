namespace SurveySchema.Model;

/// <summary>An installed extension. Identity: <see cref="Name"/>. Its member objects (PostGIS's
/// <c>spatial_ref_sys</c>, functions, types, views) are not in the model; nor is its comment, which the
/// extension's own script sets.</summary>
public sealed record Extension(string Name, string Version, string Schema);
