using System.CommandLine;
using System.Text.RegularExpressions;
using SurveySchema.Deployment;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Revisions;
using SurveySchema.Scripting;

namespace SurveySchema.Cli.Commands;

/// <summary><c>diff --out FILE [--report FILE.md] [--json FILE] [--exit-code] [--no-online-safe]
/// [--lock-timeout 5s] [--statement-timeout 0] [--dev-connection C]</c>: plans the change from the target
/// (<c>--connection</c>, or without one the revision chain's head) to <c>--project</c> and writes the script,
/// its reverse beside it (<c>&lt;out&gt;.down.sql</c>), and on request the Markdown report and the JSON plan
/// that <c>deploy</c> applies. It never refuses: hazards are marked, <c>deploy</c> enforces them.</summary>
internal static partial class DiffCommand
{
    public const string DefaultOut = "artifacts/diff/migration.sql";

    public static Command Create()
    {
        var outOption = new Option<string>("--out")
        {
            Description = "Where to write the migration script; its reverse goes beside it as <name>.down.sql",
            DefaultValueFactory = _ => DefaultOut,
        };
        var reportOption = new Option<string?>("--report") { Description = "Also write a Markdown report for reviewers" };
        var jsonOption = new Option<string?>("--json") { Description = "Also write the JSON plan that `deploy --plan` applies" };
        var exitCodeOption = new Option<bool>("--exit-code") { Description = "Exit 2 when there are differences (0 when none)" };
        var noOnlineSafeOption = new Option<bool>("--no-online-safe")
        {
            Description = "Plain forms instead of online-safe ones (no CONCURRENTLY, no NOT VALID + VALIDATE): for empty or offline databases",
        };
        var lockTimeoutOption = TimeoutOption("--lock-timeout", "5s", "The script's lock_timeout: how long a statement waits for a lock");
        var statementTimeoutOption = TimeoutOption("--statement-timeout", "0", "The script's statement_timeout (0: none)");
        var comparison = Comparison.Options.Create();
        var command = new Command("diff", "Write the script that turns the target (or the revision chain's head) into --project's state")
        {
            outOption, reportOption, jsonOption, exitCodeOption, noOnlineSafeOption, lockTimeoutOption, statementTimeoutOption,
        };
        comparison.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            await using var compared = await Comparison.OpenAsync(parseResult, comparison, cancellationToken);
            if (compared is null)
            {
                return ExitCodes.Error;
            }

            var target = compared.Target;

            // Each side's fingerprint (a serialisation and a hash of the whole model) is taken on another core while
            // the spelling is settled; the plans find them memoised on the same model instances (Fingerprint.Of).
            // One after the other, not side by side: two whole serialisations at once would raise the peak memory.
            // A target equal to the project (an unchanged one: the cached model's fingerprint is recalled) takes its.
            var fingerprints = Task.Run(
                () =>
                {
                    Fingerprint.ReuseIfEqual(target.Model, compared.Desired);
                    return (Fingerprint.Of(target.Model), Fingerprint.Of(compared.Desired));
                },
                cancellationToken);
            var spelled = await compared.CompareAsync(cancellationToken);
            var planOptions = new PlanOptions
            {
                OnlineSafe = !parseResult.GetValue(noOnlineSafeOption),
                RowEstimates = target.RowEstimates,
                Diff = compared.DiffOptions,
            };
            await fingerprints;

            // The reverse plan (for <out>.down.sql) needs nothing of the forward one: made beside it.
            var reversePlan = Task.Run(() => MigrationPlan.ReverseOf(spelled.Live, spelled.Desired, planOptions), cancellationToken);
            MigrationPlan plan;
            try
            {
                using var planStage = StageTrace.Start("plan");
                plan = MigrationPlanner.Plan(spelled.Live, spelled.Desired, planOptions);
                if (spelled.SpellingRemark is { } remark)
                {
                    plan = plan with { Remarks = plan.Remarks.Append(remark).ToEquatableArray() };
                }
            }
            catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                // The engine met a change it has no rule for: a tool limitation to report, not a crash.
                await error.WriteLineAsync($"error: cannot plan {target.Display} → {compared.Project}: {exception.Message}");
                return ExitCodes.Error;
            }

            var header = new ScriptHeader(RunIdentity.Current.ToolVersion)
            {
                Source = target.Display,
                Target = compared.Project,
                GeneratedAt = DateTimeOffset.UtcNow,
                LockTimeout = parseResult.GetValue(lockTimeoutOption)!,
                StatementTimeout = parseResult.GetValue(statementTimeoutOption)!,
            };
            var reverseHeader = header with { Source = header.Target, Target = header.Source };

            var paths = new DiffPaths(
                parseResult.GetValue(outOption) ?? DefaultOut,
                parseResult.GetValue(reportOption),
                parseResult.GetValue(jsonOption));
            try
            {
                using var writeStage = StageTrace.Start("write");
                await WriteAsync(paths.Script, SqlScriptWriter.Write(plan, header), cancellationToken);
                MigrationPlan reverse;
                using (StageTrace.Start("write.reverse-plan"))
                {
                    reverse = await reversePlan;
                }

                await WriteAsync(paths.Reverse, SqlScriptWriter.Write(reverse, reverseHeader), cancellationToken);
                if (paths.Report is { } report)
                {
                    await WriteAsync(report, MarkdownReportWriter.Write(plan, header), cancellationToken);
                }

                if (paths.Json is { } json)
                {
                    // A configured target is named in the plan, so that an approval binds it to that database.
                    var plannedFor = target.IsChainHead
                        ? null
                        : await DatabaseIdentity.ReadAsync(target.Database.ConnectionString, cancellationToken);
                    using var jsonStage = StageTrace.Start("write.json");
                    CreateDirectoryOf(json);
                    await JsonPlanWriter.WriteFileAsync(json, plan, header, plannedFor, cancellationToken);
                }
            }
            catch (Npgsql.NpgsqlException exception)
            {
                await error.WriteLineAsync($"error: cannot read which database {target.Display} is: {SurveySchema.Server.Redaction.RemovePasswords(exception.Message, target.Database.ConnectionString)}");
                return ExitCodes.Error;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot write the diff's files: {exception.Message}");
                return ExitCodes.Error;
            }
            catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                await error.WriteLineAsync($"error: cannot write the script for {target.Display} → {compared.Project}: {exception.Message}");
                return ExitCodes.Error;
            }

            DiffSummary.Print(new SummaryConsole(parseResult.InvocationConfiguration.Output), plan, target.Display, compared.Project, paths);
            return plan.IsEmpty || !parseResult.GetValue(exitCodeOption) ? ExitCodes.Success : ExitCodes.DifferencesFound;
        });
        return command;
    }

    /// <summary><c>migration.sql</c> → <c>migration.down.sql</c>; a name without <c>.sql</c> gets <c>.down.sql</c> appended.</summary>
    public static string ReversePath(string scriptPath) =>
        scriptPath.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)
            ? scriptPath[..^4] + ".down.sql"
            : scriptPath + ".down.sql";

    /// <summary>A PostgreSQL duration as SET accepts it (<c>5s</c>, <c>500ms</c>, <c>2min</c>, <c>0</c>), checked
    /// here so that a typo fails before anything is planned rather than in the middle of a deploy.</summary>
    private static Option<string> TimeoutOption(string name, string defaultValue, string description) => new(name)
    {
        Description = description + " (e.g. 5s, 500ms, 2min, 0)",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value.Trim();
            if (!DurationPattern().IsMatch(text))
            {
                result.AddError($"{name}: '{text}' is not a PostgreSQL duration (e.g. 5s, 500ms, 2min, 0)");
            }

            return text;
        },
    };

    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        CreateDirectoryOf(path);
        await File.WriteAllTextAsync(path, text, cancellationToken);
    }

    private static void CreateDirectoryOf(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(us|ms|s|min|h|d)?$")]
    private static partial Regex DurationPattern();
}

/// <summary>Where <c>diff</c> wrote its files.</summary>
internal sealed record DiffPaths(string Script, string? Report, string? Json)
{
    public string Reverse => DiffCommand.ReversePath(Script);
}
