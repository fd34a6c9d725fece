using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SurveySchema.Planning;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>A case folder's <c>case.json</c>: everything about a case that is not its two schemas. Every
/// field is optional; a missing file means all defaults (no hazards, empty template, reversible).</summary>
public sealed record CaseSettings
{
    /// <summary>The exact set of hazard kinds the forward plan must carry.</summary>
    public ImmutableArray<HazardKind> Hazards { get; init; } = [];

    /// <summary>What the live database (and the database b is applied to directly) is cloned from.</summary>
    public DatabaseTemplate Template { get; init; } = DatabaseTemplate.Empty;

    /// <summary>INSERTs run on a before planning; the row count of every table a and b share must survive.</summary>
    public string? Rows { get; init; }

    /// <summary>SQL run on the cluster (not a database) before anything else: roles for grants and policies.
    /// Cases run in parallel and may run twice on one server, so it must tolerate what already exists.</summary>
    public string? Setup { get; init; }

    /// <summary>SQL whose single value must be true on a after the migration (data converted right).</summary>
    public string? Check { get; init; }

    /// <summary>Skip the reverse check: the forward plan destroys what the reverse cannot restore.</summary>
    public bool Irreversible { get; init; }

    /// <summary>Plan without the online-safe forms.</summary>
    public bool Offline { get; init; }

    /// <summary>The refactor log (<c>schema/refactorlog.json</c>) declaring renames, as its JSON text.</summary>
    [JsonConverter(typeof(RawJsonConverter))]
    public string? RefactorLog { get; init; }

    /// <summary>False when b.sql is written in an order psql cannot run top to bottom (a project's file order
    /// does not matter; the shadow build finds an order), so the check that b applied directly reads back
    /// like the built model is skipped.</summary>
    public bool DirectApply { get; init; } = true;

    /// <summary>Why the case exists; not read by the runner.</summary>
    public string? Note { get; init; }

    public static CaseSettings Default { get; } = new();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field would otherwise be a silently weaker case.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <exception cref="JsonException">The text is not a valid case.json; the message names the field.</exception>
    public static CaseSettings Parse(string json) =>
        JsonSerializer.Deserialize<CaseSettings>(json, Json) ?? Default;

    /// <summary>The case.json text a person would write: only the fields that differ from the defaults.</summary>
    public string ToJson()
    {
        var json = new JsonObject();
        if (Hazards.Length > 0)
        {
            json["hazards"] = new JsonArray([.. Hazards.Select(h => JsonValue.Create(h.ToString()))]);
        }

        if (Template != Default.Template)
        {
            json["template"] = Template.ToString().ToLowerInvariant();
        }

        Add(json, "setup", Setup);
        Add(json, "rows", Rows);
        Add(json, "check", Check);
        if (Irreversible)
        {
            json["irreversible"] = true;
        }

        if (Offline)
        {
            json["offline"] = true;
        }

        if (!DirectApply)
        {
            json["directApply"] = false;
        }

        if (RefactorLog is not null)
        {
            json["refactorLog"] = JsonNode.Parse(RefactorLog);
        }

        Add(json, "note", Note);
        return json.ToJsonString(Written);
    }

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        // Quotes and comparison operators stay readable in SQL strings; the file is read by the tests only.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    /// <summary>Keeps a JSON value (the refactor log's array) as its raw text, so the runner hands it to
    /// <see cref="SurveySchema.Diff.RefactorLog.Parse"/> exactly as a project's refactorlog.json would be.</summary>
    private sealed class RawJsonConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : document.RootElement.GetRawText();
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            using var document = JsonDocument.Parse(value);
            document.RootElement.WriteTo(writer);
        }
    }
}
