using System.Text.Json.Serialization;

namespace SurveySchema.Scripting.Drift;

/// <summary>The drift report's JSON metadata, generated at build time, for <see cref="JsonDriftWriter"/>: its options
/// decide the naming and layout; no reflection, which the published, trimmed build does not have.</summary>
[JsonSerializable(typeof(DriftDocument))]
internal sealed partial class DriftJsonContext : JsonSerializerContext;
