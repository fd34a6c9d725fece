using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using SurveySchema.Deployment;

namespace SurveySchema.Cli;

/// <summary>The one <c>--lock-timeout</c> (DESIGN.md, "Commands"): how long any statement the tool runs against a
/// target waits for a lock before it fails, naming the locked relation and the session holding it.</summary>
internal static partial class LockTimeout
{
    /// <summary>Catalog reads and commands without the option wait this long.</summary>
    public const string Default = "5s";

    public static Option<string?> CreateOption() => new("--lock-timeout")
    {
        Description = "How long any statement against the target waits for a lock (e.g. 5s, 500ms; default: the plan's lock_timeout)",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value.Trim();
            if (!Pattern().IsMatch(text))
            {
                result.AddError($"--lock-timeout: '{text}' is not a PostgreSQL duration (e.g. 5s, 500ms, 2min)");
            }

            return text;
        },
    };

    /// <summary>A TimeSpan as PostgreSQL reads it.</summary>
    public static string ToPostgres(TimeSpan timeout) =>
        ((long)Math.Max(1, timeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms";

    /// <summary>PostgreSQL's spelling (<c>5s</c>, <c>500ms</c>, <c>2min</c>; a bare number is milliseconds) as a TimeSpan.</summary>
    public static TimeSpan ToTimeSpan(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return TimeSpan.FromSeconds(5);
        }

        var amount = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["u"].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "min" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            "d" => TimeSpan.FromDays(amount),
            _ => TimeSpan.FromMilliseconds(amount),
        };
    }

    /// <summary>Words for a lock timeout, with what to do about it, or null when the exception is something else.</summary>
    public static string? Explain(Exception exception) => LockWatch.Explain(exception) is { } failure
        ? failure.Blocker is null
            ? $"{failure}; retry later, or raise --lock-timeout"
            : $"{failure}; retry when it is done, or raise --lock-timeout"
        : null;

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>us|ms|s|min|h|d)?$")]
    private static partial Regex Pattern();
}
