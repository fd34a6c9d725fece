namespace SurveySchema.Planning;

/// <summary>What can go wrong, or be costly, when a statement runs.</summary>
public enum HazardKind
{
    /// <summary>Data is deleted or may be truncated.</summary>
    DataLoss,

    /// <summary>The table is rewritten (time and disk proportional to its size).</summary>
    TableRewrite,

    /// <summary>An ACCESS EXCLUSIVE lock blocks reads and writes for the statement's duration.</summary>
    AccessExclusiveLock,

    /// <summary>An index is built (time proportional to the table; a plain build blocks writes).</summary>
    IndexBuild,

    /// <summary>Every row is scanned to check a constraint.</summary>
    ValidationScan,

    /// <summary>The reverse plan cannot bring back what this step removes.</summary>
    Irreversible,

    /// <summary>PostgreSQL cannot make the change in place and the tool does not rebuild the object: the step
    /// stops the script with an error saying what to do by hand.</summary>
    ManualChange,
}

/// <summary>One hazard of one statement: the rule that found it (<see cref="HazardCodes"/>, which gives its kind) and
/// what it means for this statement, in words.</summary>
public sealed record Hazard(HazardCode Code, string Message)
{
    public HazardKind Kind => Code.Kind;

    public override string ToString() => $"{Kind}: {Code.Id} {Message}";
}
