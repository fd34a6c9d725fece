using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Model;
using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>A release manager's approval (<c>approval.json</c> beside the frozen plan): who approved which plan
/// (its digest), for which database and source state, with which hazards accepted, and the sha256 of every file
/// of the plan as frozen. <c>deploy</c> of an approved plan checks all of it and takes the accepted hazards from
/// here, not from the command line.</summary>
public sealed record PlanApproval
{
    public const string FileName = "approval.json";

    public string ApprovedBy { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string PlanDigest { get; init; } = "";

    public string SourceFingerprint { get; init; } = "";

    public string TargetFingerprint { get; init; } = "";

    /// <summary>The database the plan was made against (null: the revision chain's head, bound by fingerprint only).</summary>
    public PlanDocumentDatabase? PlannedFor { get; init; }

    public IReadOnlyList<string> AcceptedHazards { get; init; } = [];

    /// <summary>File name → sha256 hex of every frozen file of the plan.</summary>
    public IReadOnlyDictionary<string, string> Sha256 { get; init; } = new Dictionary<string, string>();

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = PlanApprovalJsonContext.Default,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonTypeInfoOf.For<PlanApproval>(Options)) + "\n";

    public static PlanApproval Read(string json) =>
        JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<PlanApproval>(Options)) ?? throw new JsonException("the approval file holds null");

    /// <summary>The approval beside <paramref name="planPath"/>, or null when the plan is not an approved one.</summary>
    public static async Task<PlanApproval?> BesideAsync(string planPath, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(planPath))!, FileName);
        return File.Exists(path) ? Read(await File.ReadAllTextAsync(path, cancellationToken)) : null;
    }

    public static string Sha256Of(string path) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    /// <summary>The files of the frozen plan (in <paramref name="folder"/>) whose sha256 is no longer the approved one.</summary>
    public IReadOnlyList<string> ChangedFiles(string folder) =>
        [.. Sha256.Where(entry =>
        {
            var path = Path.Combine(folder, entry.Key);
            return !File.Exists(path) || Sha256Of(path) != entry.Value;
        }).Select(entry => entry.Key)];
}
