using System.CommandLine;
using System.Globalization;
using SurveySchema.Cli.Progress;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>What the revision commands (current, history, upgrade, downgrade, stamp, revision) share: the
/// chain's location, its loading with problems printed, the target connection, and outcome printing.</summary>
internal static class RevisionConsole
{
    /// <summary>A new <c>--lock-timeout</c> option (each command gets its own instance).</summary>
    public static Option<TimeSpan> LockTimeoutOption() => new("--lock-timeout")
    {
        Description = "How long any statement waits for a lock, the wait for another surveyschema run on the same database included (default 5s; e.g. 30s, 2m, 500ms)",
        DefaultValueFactory = _ => SurveySchema.Revisions.RunnerOptions.Default.LockTimeout,
        CustomParser = result => ParseDuration(result.Tokens[0].Value, result),
    };

    /// <summary>A new <c>--sql</c> option.</summary>
    public static Option<bool> SqlOption() => new("--sql")
    {
        Description = "Print the script instead of running it, without connecting (offline mode); REV may be FROM:TO",
    };

    public static string RevisionsDirectory(ParseResult parseResult) =>
        Path.Combine(parseResult.GetValue(SharedOptions.Project) ?? "schema", "revisions");

    /// <summary>The chain, or null after printing why it is refused (every command verifies revisions.sum).</summary>
    public static RevisionChain? LoadChain(ParseResult parseResult)
    {
        var result = RevisionDirectory.Load(RevisionsDirectory(parseResult));
        if (result.Chain is null)
        {
            var error = parseResult.InvocationConfiguration.Error;
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"refused: {RevisionsDirectory(parseResult)} is not a valid revision chain");
        }

        return result.Chain;
    }

    /// <summary>The target, every statement on it bounded by <paramref name="lockTimeout"/> (the command's
    /// <c>--lock-timeout</c>, which also bounds the wait for the revision lock), else by the default.</summary>
    public static Task<TargetDatabase> OpenTargetAsync(ParseResult parseResult, CancellationToken cancellationToken, Option<TimeSpan>? lockTimeout = null) =>
        TargetDatabase.OpenAsync(parseResult.GetValue(SharedOptions.Connection), Directory.GetCurrentDirectory(), DatabaseTemplate.Empty, cancellationToken,
            lockTimeout is null ? LockTimeout.Default : LockTimeout.ToPostgres(parseResult.GetValue(lockTimeout)));

    /// <summary>Progress lines while a runner works: the lock wait, and one line per revision; with a
    /// <paramref name="progress"/> scope, printed through its writers and step n of m reported to it as
    /// <paramref name="activity"/>.</summary>
    public static RunnerOptions RunnerOptions(
        ParseResult parseResult, Option<TimeSpan> lockTimeout, string verb, ProgressScope? progress = null, string? activity = null)
    {
        var output = progress?.Output ?? parseResult.InvocationConfiguration.Output;
        var error = progress?.Error ?? parseResult.InvocationConfiguration.Error;
        var steps = progress is null ? null : StageProgress.Walk(activity ?? verb, progress.Progress);
        return new()
        {
            LockTimeout = parseResult.GetValue(lockTimeout),
            OnEvent = runEvent =>
            {
                switch (runEvent)
                {
                    case LockWaitStarted wait:
                        error.WriteLine(
                            $"waiting for the revision lock, held by {wait.Holder?.Describe() ?? "another session"} (up to {Seconds(wait.Timeout)})");
                        break;
                    case LockAcquired acquired:
                        error.WriteLine($"got the revision lock after {Seconds(acquired.Waited)}");
                        break;
                    case StepCompleted { Result.Step.Revision: not null } completed when verb != "stamped":
                        var step = completed.Result.Step;
                        output.WriteLine($"{verb} {step.FromName} → {step.ToName} ({Seconds(completed.Result.Duration)})");
                        break;
                }

                steps?.Invoke(runEvent);
            },
        };
    }

    /// <summary>Prints how a run ended and returns the exit code.</summary>
    public static int Finish(ParseResult parseResult, RunOutcome outcome)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        foreach (var note in outcome.Notes)
        {
            output.WriteLine(note);
        }

        foreach (var problem in outcome.Problems)
        {
            // The library says what went wrong; which option waits longer is the command line's to say.
            error.WriteLine(problem.Code == RevisionProblemCodes.LockTimeout ? $"{problem} or raise --lock-timeout" : problem.ToString());
        }

        if (outcome.Failure is { } failure)
        {
            var revision = failure.Step.Revision;
            error.WriteLine($"  statement: {failure.Excerpt}");
            if (failure.Problem.Message.Contains("lock timeout", StringComparison.Ordinal) && SurveySchema.Deployment.LockWatch.Latest is { } blocker)
            {
                error.WriteLine($"  blocked: {blocker}; retry when it is done, or raise --lock-timeout");
            }

            if (revision is not null)
            {
                error.WriteLine($"  revision {revision.Id} ({failure.Step.Direction.ToString().ToLowerInvariant()}) failed in {failure.Statement.File?.FileName ?? "the tool's bookkeeping"}");
            }

            if (!failure.CommittedUnits.IsEmpty)
            {
                var units = string.Join(", ", failure.CommittedUnits.Where(unit => unit.Lines.Length > 0).Select(unit => $"unit {unit.Number} (lines {unit.Lines})"));
                error.WriteLine($"  already committed: {units}; the database is between {failure.Step.FromName} and {failure.Step.ToName}");
                error.WriteLine($"  finish or undo them by hand, then `surveyschema stamp {failure.Step.ToName}` or `surveyschema stamp {failure.Step.FromName}`");
            }
            else
            {
                error.WriteLine($"  nothing of it was kept: the database stays at {outcome.EndName}");
            }
        }

        return outcome.Status switch
        {
            RunStatus.Succeeded => ExitCodes.Success,
            RunStatus.Refused => ExitCodes.Refused,
            _ => ExitCodes.Error,
        };
    }

    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString(duration.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";

    /// <summary>"60", "60s", "2m", "500ms", "1.5s".</summary>
    private static TimeSpan ParseDuration(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var value = text.Trim().ToLowerInvariant();
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 0.001)
            : value.EndsWith('s') ? (value[..^1], 1.0)
            : value.EndsWith('m') ? (value[..^1], 60.0)
            : (value, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return TimeSpan.FromSeconds(amount * unit);
        }

        result.AddError($"--lock-timeout: '{text}' is not a duration (e.g. 60, 30s, 2m, 500ms)");
        return TimeSpan.Zero;
    }

    /// <summary>Parses an offline range: "TO" or "FROM:TO" against the chain; null after printing the problem.</summary>
    public static (int From, int To)? OfflineRange(ParseResult parseResult, RevisionChain chain, string? range, int defaultFrom, Func<int, int> defaultTo)
    {
        var parts = (range ?? "").Split(':', 2);
        var fromText = parts.Length == 2 ? parts[0] : null;
        var toText = parts.Length == 2 ? parts[1] : parts[0];
        var from = string.IsNullOrEmpty(fromText) ? defaultFrom : chain.PositionOf(fromText);
        if (from is null)
        {
            UnknownRevision(parseResult, chain, fromText!);
            return null;
        }

        var to = string.IsNullOrEmpty(toText) ? defaultTo(from.Value) : chain.PositionOf(toText);
        if (to is null)
        {
            UnknownRevision(parseResult, chain, toText);
            return null;
        }

        return (from.Value, to.Value);
    }

    private static void UnknownRevision(ParseResult parseResult, RevisionChain chain, string name) =>
        parseResult.InvocationConfiguration.Error.WriteLine(new RevisionProblem(RevisionProblemCodes.UnknownRevision,
            $"no revision '{name}' in {chain.Directory} (known: base, {string.Join(", ", chain.Revisions.Select(revision => revision.Id))}, head)"));
}
