namespace SurveySchema.Scripting;

/// <summary>What a script, report or JSON plan says about where it came from, and the session settings
/// the script starts with.</summary>
/// <param name="ToolVersion">The tool's version, printed in the header.</param>
public sealed record ScriptHeader(string ToolVersion)
{
    /// <summary>The database or folder the plan starts from (never with a password in it).</summary>
    public string Source { get; init; } = "current database";

    /// <summary>The desired state, e.g. <c>schema/</c>.</summary>
    public string Target { get; init; } = "desired schema";

    /// <summary>When the plan was made; printed in UTC.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>How long a statement waits for a lock before failing, so a blocked DDL statement does not
    /// queue every later query of the table behind it.</summary>
    public string LockTimeout { get; init; } = "10s";

    /// <summary>Upper bound per statement; <c>0</c> means none (index builds on large tables take long).</summary>
    public string StatementTimeout { get; init; } = "0";
}
