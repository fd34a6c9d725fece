using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SurveySchema.Cli.Progress;
using SurveySchema.Model;

namespace SurveySchema.Cli.Commands;

/// <summary><c>build [--project DIR] [--out FILE] [--dev-connection CONN] [--no-cache] [--cache-dir DIR]</c>:
/// checks the project, materialises it in a shadow database (or takes the model from the cache when the
/// project is unchanged), writes the canonical model and prints a summary ending with
/// <c>fingerprint: &lt;sha256 hex&gt;</c>.</summary>
internal static class BuildCommand
{
    public const string DefaultOut = "artifacts/SurveySchema.model.json";

    public static Command Create()
    {
        var outOption = new Option<string>("--out")
        {
            Description = "Where to write the model (canonical JSON)",
            DefaultValueFactory = _ => DefaultOut,
        };
        var devConnectionOption = new Option<string?>("--dev-connection")
        {
            Description = $"A server to create the shadow database on (Npgsql string or postgresql:// URI; else ${ProjectModelSource.DevConnectionVariable}, else an embedded PostgreSQL)",
        };
        var noCacheOption = new Option<bool>("--no-cache")
        {
            Description = "Build in a shadow database even when the cache holds this project's model",
        };
        var cacheDirectoryOption = new Option<string>("--cache-dir")
        {
            Description = "Folder of the model cache",
            DefaultValueFactory = _ => ProjectModelSource.DefaultCacheDirectory,
        };
        var command = new Command("build", "Materialise --project in a shadow database and write its model; print its fingerprint")
        {
            outOption, devConnectionOption, noCacheOption, cacheDirectoryOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var printer = new DiagnosticPrinter(parseResult.InvocationConfiguration.Error);
            var stopwatch = Stopwatch.StartNew();
            var project = parseResult.GetValue(SharedOptions.Project) ?? "schema";
            var outPath = parseResult.GetValue(outOption) ?? DefaultOut;

            // Statements applied of total while a shadow build runs: a bar on a terminal, timestamped lines on stderr elsewhere.
            var desired = await ProgressConsole.RunAsync(parseResult, scope => ProjectModelSource.BuildDesiredModelAsync(
                project,
                parseResult.GetValue(devConnectionOption),
                parseResult.GetValue(noCacheOption),
                cancellationToken,
                cacheDirectory: parseResult.GetValue(cacheDirectoryOption),
                progress: StageProgress.Build(scope.Progress)));
            var exitCode = printer.Print(desired.Diagnostics);
            if (desired.Project is { } loaded)
            {
                await output.WriteLineAsync($"{project}: {loaded.Files} files, {loaded.Statements} statements");
            }

            if (!desired.Succeeded || desired.Model is not { } model)
            {
                return ExitCodes.Error;
            }

            try
            {
                await ModelJson.WriteFileAsync(outPath, model, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: cannot write {outPath}: {exception.Message}");
                return ExitCodes.Error;
            }

            await output.WriteLineAsync(desired.FromCache
                ? $"cached: the project is unchanged since its last build ({Seconds(stopwatch.Elapsed)})"
                : $"built in a shadow database on {desired.ShadowServer} ({Seconds(stopwatch.Elapsed)})");
            await output.WriteLineAsync($"objects: {Counts(model)}");
            await output.WriteLineAsync($"model: {outPath}");
            await output.WriteLineAsync($"fingerprint: {Fingerprint.Of(model)}");
            return exitCode;
        });
        return command;
    }

    /// <summary>The non-zero counts on one line, in <see cref="ObjectCounts"/>' fixed order.</summary>
    private static string Counts(DatabaseModel model)
    {
        var counts = ObjectCounts.Of(model).Where(c => c.Count > 0).Select(c => $"{c.Kind} {c.Count}").ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts);
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture);
}
