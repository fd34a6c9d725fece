using System.CommandLine;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>inspect [--connection C] [--out FILE]</c>: reads a live database into the canonical model,
/// writes it when <c>--out</c> is given, prints a count per object kind and, as the last line,
/// <c>fingerprint: &lt;sha256 hex&gt;</c>.</summary>
/// <remarks>Writing is asked for, not done by default: at 5 000 tables the indented model is 42 MB, and
/// serialising it cost a whole-process <c>inspect</c> about a quarter of its CPU time (docs/benchmarks.md,
/// "Whole processes"). When it is written, the fingerprint is computed beside it on another thread: both
/// only read the immutable model.</remarks>
internal static class InspectCommand
{
    public static Command Create()
    {
        var outOption = new Option<string?>("--out")
        {
            Description = "Also write the model (canonical JSON) to this file",
        };
        var command = new Command("inspect", "Read a live database into the model; print its fingerprint") { outOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var outPath = parseResult.GetValue(outOption);
            try
            {
                var opening = StageTrace.Start("target.open");
                await using var database = await TargetDatabase.OpenAsync(
                    parseResult.GetValue(SharedOptions.Connection),
                    Directory.GetCurrentDirectory(),
                    DatabaseTemplate.Empty,
                    cancellationToken);
                opening?.Dispose();
                DatabaseModel model;
                using (StageTrace.Start("target.catalog-read"))
                {
                    model = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken);
                }

                var fingerprint = Task.Run(() =>
                {
                    using var timing = StageTrace.Start("fingerprint");
                    return Fingerprint.Of(model);
                }, cancellationToken);
                if (outPath is not null)
                {
                    await ModelJson.WriteFileAsync(outPath, model, cancellationToken);
                }

                using (StageTrace.Start("counts"))
                {
                    await output.WriteLineAsync($"inspected {database.Display}");
                    WriteCounts(output, model);
                }

                if (outPath is not null)
                {
                    await output.WriteLineAsync($"model: {outPath}");
                }

                await output.WriteLineAsync($"fingerprint: {await fingerprint}");
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is CatalogReadException or PostgresServerException
                or NpgsqlException or FormatException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: {LockTimeout.Explain(exception) ?? exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }

    private static void WriteCounts(TextWriter output, DatabaseModel model) =>
        CountTable.Write(output, ObjectCounts.Of(model));
}
