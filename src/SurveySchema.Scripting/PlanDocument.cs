using System.Text.Json;

namespace SurveySchema.Scripting;

/// <summary>The machine-readable plan (<c>--json</c>): what deploy applies after checking the target's
/// fingerprint. Statements are final SQL; segments say which run in a transaction.</summary>
public sealed record PlanDocument
{
    public const string CurrentFormat = "surveyschema-plan/1";

    public string Format { get; init; } = CurrentFormat;

    public string ToolVersion { get; init; } = "";

    public DateTimeOffset GeneratedAt { get; init; }

    public string Source { get; init; } = "";

    public string Target { get; init; } = "";

    public string SourceFingerprint { get; init; } = "";

    public string TargetFingerprint { get; init; } = "";

    public string LockTimeout { get; init; } = "";

    public string StatementTimeout { get; init; } = "";

    public bool OnlineSafe { get; init; }

    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>The declared roles both fingerprints cover (the project's CREATE ROLE names): deploy reads the
    /// target with them. Empty when the project declares none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<PlanDocumentSegment> Segments { get; init; } = [];

    /// <summary>The database the plan was made against, when <c>diff</c> read a configured one (null for the
    /// revision chain's head): an approval binds the plan to it.</summary>
    public PlanDocumentDatabase? PlannedFor { get; init; }

    /// <summary>The model the plan starts from (its canonical JSON, <see cref="ModelJson"/>): what <c>deploy</c> lists the
    /// differences against when the target changed after planning.</summary>
    public JsonElement? SourceModel { get; init; }

    /// <summary>The model the plan arrives at: what <c>deploy</c> and its rehearsal compare the result with, with the
    /// differ's own rules (column order is a remark, not a difference).</summary>
    public JsonElement? TargetModel { get; init; }

    /// <summary>The source model, read back; null for a plan that does not carry it.</summary>
    public DatabaseModel? ReadSourceModel() => SourceModel is { } json ? ModelJson.Deserialize(json.GetRawText()) : null;

    /// <summary>The target model, read back; null for a plan that does not carry it.</summary>
    public DatabaseModel? ReadTargetModel() => TargetModel is { } json ? ModelJson.Deserialize(json.GetRawText()) : null;

    /// <summary>sha256 over everything above (<see cref="PlanDigest"/>): <c>deploy</c> refuses a plan whose
    /// steps, hazards or fingerprints were edited after <c>diff</c> wrote it.</summary>
    public string Digest { get; init; } = "";
}

/// <summary>Which database a plan was made against: the server's <c>pg_control_system().system_identifier</c>
/// (unique per cluster, kept by backups and replicas; null when the role may not read it) and the database's name.</summary>
public sealed record PlanDocumentDatabase(string? SystemIdentifier, string Database)
{
    public override string ToString() =>
        SystemIdentifier is null ? $"database {Database}" : $"database {Database} on server {SystemIdentifier}";
}

/// <summary>A segment: its steps run in one transaction, or (not transactional) alone.</summary>
public sealed record PlanDocumentSegment(int Number, bool Transactional, IReadOnlyList<PlanDocumentStep> Steps);

/// <summary>One step: the operation's kind and description, its SQL and hazards.</summary>
public sealed record PlanDocumentStep(
    int Number,
    string Operation,
    string Subject,
    string Description,
    IReadOnlyList<string> Sql,
    IReadOnlyList<PlanDocumentHazard> Hazards,
    long? EstimatedRows);

/// <summary>A hazard: its kind (<c>DataLoss</c>, …) and message, and the rule's code (<c>SH1001</c>…, docs/hazards.md;
/// absent from plans written before codes existed, which keeps their digests).</summary>
public sealed record PlanDocumentHazard(string Kind, string Message)
{
    public string? Code { get; init; }

    /// <summary>The kind, the code when there is one, and the message, as deploy and approve print it.</summary>
    public override string ToString() => Code is null ? $"{Kind}: {Message}" : $"{Kind}: {Code} {Message}";
}
