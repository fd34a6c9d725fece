using System.CommandLine;
using Npgsql;

namespace SurveySchema.Cli;

/// <summary>The one <c>--lock-timeout</c> (DESIGN.md, "Commands"): how long any statement the tool runs against a
/// target waits for a lock before it fails.</summary>
internal static class LockTimeout
{
    public static Option<string?> CreateOption() => new("--lock-timeout")
    {
        Description = "How long any statement against the target waits for a lock (e.g. 5s, 500ms; default: the plan's lock_timeout)",
    };

    /// <summary>Words for a lock timeout, or null when the exception is something else.</summary>
    public static string? Explain(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } postgres
            ? $"{postgres.MessageText}: another session holds a lock the statement needed"
            : null;
}
