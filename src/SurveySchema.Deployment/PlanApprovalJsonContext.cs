using System.Text.Json.Serialization;

namespace SurveySchema.Deployment;

/// <summary>The approval file's JSON metadata, generated at build time, for <see cref="PlanApproval"/>: its options
/// decide the naming and layout; no reflection, which the published, trimmed build does not have.</summary>
[JsonSerializable(typeof(PlanApproval))]
internal sealed partial class PlanApprovalJsonContext : JsonSerializerContext;
