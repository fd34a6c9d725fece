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

/// <summary>A hazard: its kind (<c>DataLoss</c>, …) and message.</summary>
public sealed record PlanDocumentHazard(string Kind, string Message);
