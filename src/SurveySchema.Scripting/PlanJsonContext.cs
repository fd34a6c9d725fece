using System.Text.Json.Serialization;

namespace SurveySchema.Scripting;

/// <summary>The JSON plan's metadata, generated at build time, for <see cref="JsonPlanWriter"/> and
/// <see cref="PlanDigest"/>: their options decide the naming and layout; no reflection, which the published,
/// trimmed build does not have.</summary>
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
