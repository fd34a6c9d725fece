using System.CommandLine;
using SurveySchema.Scripting.Drift;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>drift's reports for CI: <c>--junit FILE</c>, <c>--json FILE</c>, GitHub annotations
/// (<c>--annotations github</c>, or by default when <c>GITHUB_ACTIONS=true</c>) and the Markdown summary appended
/// to <c>$GITHUB_STEP_SUMMARY</c> when the runner sets it. The writers live in the scripting stage; this parses,
/// calls and prints.</summary>
internal sealed record DriftOutputs(Option<string?> JUnit, Option<string?> Json, Option<string?> Annotations)
{
    public const string GitHub = "github";

    public static DriftOutputs Create()
    {
        var annotations = new Option<string?>("--annotations")
        {
            Description = "CI annotations on the declaring file and line: github (the default when GITHUB_ACTIONS=true) or none",
        };
        annotations.AcceptOnlyFromAmong(GitHub, "none");
        return new DriftOutputs(
            new Option<string?>("--junit") { Description = "Also write JUnit XML: a test case per object compared, a failure per difference" },
            new Option<string?>("--json") { Description = "Also write the differences as JSON (object, kind, expected, actual, declaring file and line)" },
            annotations);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(JUnit);
        command.Options.Add(Json);
        command.Options.Add(Annotations);
    }

    /// <summary>Writes what was asked for; false after printing why a file could not be written (exit 1).</summary>
    public async Task<bool> WriteAsync(ParseResult parseResult, DriftReport report, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (AnnotationsFor(parseResult.GetValue(Annotations), Environment.GetEnvironmentVariable("GITHUB_ACTIONS")) == GitHub)
        {
            // Workflow commands are read from the step's standard output.
            foreach (var line in GitHubAnnotationWriter.Lines(report))
            {
                await output.WriteLineAsync(line);
            }
        }

        var files = new List<(string What, string? Path, Func<DriftReport, string> Write, bool Append)>
        {
            ("junit", parseResult.GetValue(JUnit), JUnitDriftWriter.Write, false),
            ("json", parseResult.GetValue(Json), JsonDriftWriter.Write, false),
            ("step summary", Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null,
                MarkdownDriftSummaryWriter.Write, true),
        };
        foreach (var (what, path, write, append) in files)
        {
            if (path is null)
            {
                continue;
            }

            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
                {
                    Directory.CreateDirectory(directory);
                }

                var text = write(report);
                await (append ? File.AppendAllTextAsync(path, text, cancellationToken) : File.WriteAllTextAsync(path, text, cancellationToken));
                await error.WriteLineAsync($"{what}: {path}");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot write the drift {what} {path}: {exception.Message}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Which annotations to print: the option when given, else GitHub's when the runner says it is GitHub Actions.</summary>
    internal static string AnnotationsFor(string? option, string? githubActions) =>
        option ?? (string.Equals(githubActions, "true", StringComparison.OrdinalIgnoreCase) ? GitHub : "none");

    /// <summary>The command that shows or records the fix. Drift of the revision chain's head: schema/ changed
    /// without a revision, so the next revision is due. Drift of a database: the script that brings it to schema/.
    /// A connection given on the command line is repeated with its password masked; one from the environment is
    /// found there again, so it is left out.</summary>
    internal static string NextCommand(bool chainHead, string project, string? connectionOption)
    {
        var projectArgument = project == "schema" ? "" : $" --project {Quote(project)}";
        if (chainHead)
        {
            return $"surveyschema revision -m \"describe the change\" --autogenerate{projectArgument}";
        }

        var connection = string.IsNullOrWhiteSpace(connectionOption)
            ? ""
            : $" --connection {Quote(Redaction.RemovePasswords(connectionOption, connectionOption))}";
        return $"surveyschema diff{projectArgument}{connection} --out {DiffCommand.DefaultOut} --report artifacts/diff/migration.md";
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '@' or '=')
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
