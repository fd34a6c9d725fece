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
        TypeInfoResolver = PlanJsonContext.Default,
    };

    /// <param name="plannedFor">The database the plan was read from, when it is a configured one.</param>
    public static string Write(MigrationPlan plan, ScriptHeader header, PlanDocumentDatabase? plannedFor = null) =>
        Write(PlanDigest.Seal(ToDocument(plan, header) with { PlannedFor = plannedFor }));

    /// <summary>Writes a document as it is (its digest included).</summary>
    public static string Write(PlanDocument document) => JsonSerializer.Serialize(document, JsonTypeInfoOf.For<PlanDocument>(Options)) + "\n";

    /// <summary><see cref="Write(MigrationPlan, ScriptHeader, PlanDocumentDatabase?)"/>'s text, as UTF-8 (no byte order
    /// mark) straight into <paramref name="path"/>: a plan carries both models, tens of megabytes at thousands of
    /// tables, which then never exist as one string.</summary>
    public static async Task WriteFileAsync(
        string path, MigrationPlan plan, ScriptHeader header, PlanDocumentDatabase? plannedFor, CancellationToken cancellationToken = default)
    {
        var document = PlanDigest.Seal(ToDocument(plan, header) with { PlannedFor = plannedFor });
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        await JsonSerializer.SerializeAsync(stream, document, JsonTypeInfoOf.For<PlanDocument>(Options), cancellationToken);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a plan written by <c>Write</c>; another format version is an error.</summary>
    public static PlanDocument Read(string json)
    {
        var document = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<PlanDocument>(Options))
            ?? throw new JsonException("the plan file holds null instead of a plan");
        if (document.Format != PlanDocument.CurrentFormat)
        {
            throw new JsonException($"the plan file has format '{document.Format}'; this tool reads '{PlanDocument.CurrentFormat}'");
        }

        return document;
    }

    /// <summary>The model's canonical JSON as an element. The document is not disposed: its element reads the
    /// serialised bytes in place, where a clone would copy them (the garbage collector takes both with the plan).</summary>
    private static JsonElement ModelElement(DatabaseModel model) =>
        JsonDocument.Parse(ModelJson.SerializeCanonical(model)).RootElement;

    /// <summary>Like <see cref="ToDocument"/>, with every expression text exactly as the model holds it: no CHECK is
    /// written back as the IN list it came from (<see cref="Sql.CheckSpelling"/>). For a scratch copy that asks
    /// PostgreSQL how it re-spells the catalog's own texts, not for a deploy.</summary>
    public static PlanDocument ToVerbatimDocument(MigrationPlan plan, ScriptHeader header)
    {
        using (Sql.CheckSpelling.Verbatim())
        {
            return ToDocument(plan, header);
        }
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
        Remarks = [.. plan.Remarks.Select(remark => remark.ToString())],
        Roles = [.. plan.Target.Roles.Select(r => r.Name)],
        SourceModel = ModelElement(plan.Source),
        TargetModel = ModelElement(plan.Target),
        Segments = [.. plan.Segments.Select(s => new PlanDocumentSegment(
            s.Number,
            s.Transactional,
            [.. s.Steps.Select(step => new PlanDocumentStep(
                step.Number,
                step.Operation.GetType().Name,
                step.Operation.Subject,
                step.Operation.Describe(),
                SqlScriptWriter.StatementsOf(step),
                [.. step.Hazards.Select(h => new PlanDocumentHazard(h.Kind.ToString(), h.Message) { Code = h.Code.Id })],
                step.EstimatedRows))]))],
    };
}
