using System.CommandLine;
using Npgsql;
using Spectre.Console;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>inspect [--connection C] [--out FILE]</c>: reads a live database into the canonical model,
/// writes it, prints a count per object kind and, as the last line, <c>fingerprint: &lt;sha256 hex&gt;</c>.</summary>
internal static class InspectCommand
{
    public const string DefaultOut = "artifacts/SurveySchema.live.model.json";

    public static Command Create()
    {
        var outOption = new Option<string>("--out")
        {
            Description = "Where to write the model (canonical JSON)",
            DefaultValueFactory = _ => DefaultOut,
        };
        var command = new Command("inspect", "Read a live database into the model; print its fingerprint") { outOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var outPath = parseResult.GetValue(outOption) ?? DefaultOut;
            try
            {
                await using var database = await TargetDatabase.OpenAsync(
                    parseResult.GetValue(SharedOptions.Connection),
                    Directory.GetCurrentDirectory(),
                    DatabaseTemplate.Empty,
                    cancellationToken);
                var model = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken);
                await ModelJson.WriteFileAsync(outPath, model, cancellationToken);

                await output.WriteLineAsync($"inspected {database.Display}");
                WriteCounts(output, model);
                await output.WriteLineAsync($"model: {outPath}");
                await output.WriteLineAsync($"fingerprint: {Fingerprint.Of(model)}");
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

    private static void WriteCounts(TextWriter output, DatabaseModel model)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Simple).AddColumn("object").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, count) in ObjectCounts.Of(model))
        {
            table.AddRow(kind, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Write(table);
    }
}
