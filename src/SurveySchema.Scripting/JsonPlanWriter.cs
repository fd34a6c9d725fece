using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Planning;

namespace SurveySchema.Scripting;

/// <summary>Writes and reads the JSON plan.</summary>
public static class JsonPlanWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(MigrationPlan plan, ScriptHeader header) =>
        JsonSerializer.Serialize(ToDocument(plan, header), Options) + "\n";

    /// <summary>Reads a plan written by <see cref="Write"/>; another format version is an error.</summary>
    public static PlanDocument Read(string json)
    {
        var document = JsonSerializer.Deserialize<PlanDocument>(json, Options)
            ?? throw new JsonException("the plan file holds null instead of a plan");
        if (document.Format != PlanDocument.CurrentFormat)
        {
            throw new JsonException($"the plan file has format '{document.Format}'; this tool reads '{PlanDocument.CurrentFormat}'");
        }

        return document;
    }

    public static PlanDocument ToDocument(MigrationPlan plan, ScriptHeader header) => new()
    {
        ToolVersion = header.ToolVersion,
        GeneratedAt = header.GeneratedAt.ToUniversalTime(),
        Source = header.Source,
        Target = header.Target,
        SourceFingerprint = plan.SourceFingerprint,
        TargetFingerprint = plan.TargetFingerprint,
        LockTimeout = header.LockTimeout,
        StatementTimeout = header.StatementTimeout,
        OnlineSafe = plan.Options.OnlineSafe,
        Remarks = [.. plan.Remarks],
        Roles = [.. plan.Target.Roles.Select(r => r.Name)],
        Segments = [.. plan.Segments.Select(s => new PlanDocumentSegment(
            s.Number,
            s.Transactional,
            [.. s.Steps.Select(step => new PlanDocumentStep(
                step.Number,
                step.Operation.GetType().Name,
                step.Operation.Subject,
                step.Operation.Describe(),
                SqlScriptWriter.StatementsOf(step),
                [.. step.Hazards.Select(h => new PlanDocumentHazard(h.Kind.ToString(), h.Message))],
                step.EstimatedRows))]))],
    };
}
