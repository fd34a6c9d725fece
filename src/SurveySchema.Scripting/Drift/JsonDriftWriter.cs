using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveySchema.Scripting.Drift;

/// <summary>Writes and reads a drift report as JSON: the differences as data for scripts and bots.</summary>
/// <remarks>Every key is always present (null when a side lacks the item, or the project does not declare it), so a
/// reader never has to tell a missing key from a missing value.</remarks>
public static class JsonDriftWriter
{
    public const string CurrentFormat = "surveyschema-drift/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<DriftKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        TypeInfoResolver = DriftJsonContext.Default,
    };

    public static string Write(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new DriftDocument(
            CurrentFormat,
            report.Target,
            report.Project,
            report.HasDrift,
            report.Objects.Length,
            report.DriftedObjects,
            report.NextCommand,
            [.. report.Remarks],
            [.. report.Findings.Select(f => new DriftDocumentDifference(
                f.Object, f.Item, f.Kind, f.Change, f.Expected, f.Actual, f.DeclaredAt?.File, f.DeclaredAt?.Line, f.DeclaredAt?.Column, [.. f.Operations]))]);
        return JsonSerializer.Serialize(document, JsonTypeInfoOf.For<DriftDocument>(Options)) + "\n";
    }

    /// <summary>Reads a file <see cref="Write"/> wrote; another format is an error.</summary>
    /// <exception cref="JsonException">Not a drift report of this format.</exception>
    public static DriftDocument Read(string json)
    {
        var document = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<DriftDocument>(Options)) ?? throw new JsonException("the drift report holds null");
        return document.Format == CurrentFormat
            ? document
            : throw new JsonException($"the drift report has format '{document.Format}'; this tool reads '{CurrentFormat}'");
    }
}

/// <summary>The JSON drift report.</summary>
/// <param name="ObjectsCompared">How many objects the two sides hold together.</param>
/// <param name="ObjectsDrifted">How many of them have a difference.</param>
public sealed record DriftDocument(
    string Format,
    string Target,
    string Project,
    bool Drifted,
    int ObjectsCompared,
    int ObjectsDrifted,
    string? NextCommand,
    string[] Remarks,
    DriftDocumentDifference[] Differences);

/// <summary>One difference. <paramref name="File"/>, <paramref name="Line"/> and <paramref name="Column"/> name the
/// statement that declares the item (or its object); null for what only the database has.</summary>
public sealed record DriftDocumentDifference(
    string Object,
    string Item,
    DriftKind Kind,
    string Change,
    string? Expected,
    string? Actual,
    string? File,
    int? Line,
    int? Column,
    string[] Operations);
