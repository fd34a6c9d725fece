using System.CommandLine;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Catalog.Caching;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>inspect [--connection C] [--out FILE] [--no-cache] [--cache-dir DIR]</c>: reads a live database into the
/// canonical model, writes it when <c>--out</c> is given, prints a count per object kind and, as the last line,
/// <c>fingerprint: &lt;sha256 hex&gt;</c>.</summary>
/// <remarks>
/// <para>Writing is asked for, not done by default: at 5 000 tables the indented model is 42 MB, and
/// serialising it cost a whole-process <c>inspect</c> about a quarter of its CPU time (docs/benchmarks.md,
/// "Whole processes"). When it is written, the fingerprint is computed beside it on another thread: both
/// only read the immutable model.</para>
/// <para>A configured database is read through the catalog cache (<see cref="CachedCatalogReader"/>): when its
/// catalogs have not changed since an earlier read, the counts and fingerprint come from that read, and the output
/// says so. <c>--out</c> needs the model itself, so it always reads (and refreshes the entry). The embedded scratch
/// database is new each time and is read directly.</para>
/// </remarks>
internal static class InspectCommand
{
    public static Command Create()
    {
        var outOption = new Option<string?>("--out")
        {
            Description = "Also write the model (canonical JSON) to this file",
        };
        var noCacheOption = new Option<bool>("--no-cache")
        {
            Description = "Read the catalogs even when the database has not changed since a cached read (the cache is refreshed)",
        };
        var cacheDirectoryOption = new Option<string?>("--cache-dir")
        {
            Description = "Folder of the catalog cache (default $XDG_CACHE_HOME/surveyschema/catalog, else ~/.cache/surveyschema/catalog)",
        };
        var command = new Command("inspect", "Read a live database into the model; print its fingerprint")
        {
            outOption, noCacheOption, cacheDirectoryOption,
        };
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
                var cacheDirectory = parseResult.GetValue(cacheDirectoryOption) ?? CatalogReadCache.DefaultDirectory();
                Func<DatabaseModel, Task>? writeModel = outPath is null ? null : model => ModelJson.WriteFileAsync(outPath, model, cancellationToken);
                CatalogRead read;
                using (StageTrace.Start("target.catalog-read"))
                {
                    read = database.IsEmbedded || cacheDirectory is null
                        ? await CatalogRead.OfAsync(
                            await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken), writeModel, cancellationToken)
                        : await CachedCatalogReader.ReadAsync(
                            database.ConnectionString, CatalogOptions.Default, new CatalogReadCache(cacheDirectory),
                            readEntries: !parseResult.GetValue(noCacheOption) && outPath is null, cancellationToken, writeModel);
                }

                using (StageTrace.Start("counts"))
                {
                    await output.WriteLineAsync($"inspected {database.Display}");
                    if (read.CachedAt is { } cachedAt)
                    {
                        await output.WriteLineAsync(
                            $"catalogs unchanged since the read of {cachedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: counts and fingerprint are that read's (--no-cache reads them again)");
                    }

                    CountTable.Write(output, read.Counts);
                }

                if (outPath is not null)
                {
                    await output.WriteLineAsync($"model: {outPath}");
                }

                await output.WriteLineAsync($"fingerprint: {read.Fingerprint}");
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
}
