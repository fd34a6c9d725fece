using System.CommandLine;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Revisions;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>extract --out DIR [--force] [--connection C]</c>: reads a live database and writes it out as a schema
/// folder (<c>extensions.sql</c>, <c>schemas.sql</c>, <c>tables/</c>, <c>views/</c>, <c>functions/</c>, <c>types/</c>,
/// <c>sequences/</c>). The SQL is the plan from an empty database to the live one, plain forms, laid out by
/// <see cref="SchemaFolderWriter"/>: the same generator as <c>diff</c>, so <c>build</c> of the folder gives the
/// live database's fingerprint.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "The folder to write the schema files to", Required = true };
        var forceOption = new Option<bool>("--force")
        {
            Description = "Write into a non-empty folder: its *.sql files (except revisions/) are replaced, other files stay",
        };
        var command = new Command("extract", "Write a live database (--connection) out as schema files") { outOption, forceOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var folder = parseResult.GetValue(outOption)!;
            var force = parseResult.GetValue(forceOption);
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !force)
            {
                await error.WriteLineAsync($"refused: {folder} is not empty; give --force to replace its *.sql files (revisions/ and other files stay)");
                return ExitCodes.Refused;
            }

            ResolvedConnection? connection;
            try
            {
                connection = ConnectionResolver.Resolve(parseResult.GetValue(SharedOptions.Connection), Directory.GetCurrentDirectory());
            }
            catch (FormatException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.Error;
            }

            if (connection is null)
            {
                await error.WriteLineAsync("error: extract reads a live database: give --connection (or SURVEYSCHEMA_CONNECTION, DATABASE_URL, PG*)");
                return ExitCodes.Error;
            }

            DatabaseModel live;
            try
            {
                live = await CatalogReader.ReadAsync(connection.ConnectionString, CatalogOptions.Default, cancellationToken);
            }
            catch (Exception exception) when (exception is CatalogReadException or NpgsqlException)
            {
                await error.WriteLineAsync($"error: cannot read {connection.Display}: {Redaction.RemovePasswords(exception.Message, connection.ConnectionString)}");
                return ExitCodes.Error;
            }

            IReadOnlyList<SchemaFile> files;
            try
            {
                var plan = MigrationPlanner.Plan(Baseline(live), live, PlanOptions.Default with { OnlineSafe = false });
                files = SchemaFolderWriter.Write(plan, $"extracted by surveyschema {RunIdentity.Current.ToolVersion} from {connection.Display}");
                foreach (var remark in plan.Remarks)
                {
                    await output.WriteLineAsync($"note: {remark}");
                }
            }
            catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                await error.WriteLineAsync($"error: cannot write {connection.Display} out as schema files: {exception.Message}");
                return ExitCodes.Error;
            }

            try
            {
                var removed = force ? RemoveSchemaFiles(folder) : 0;
                foreach (var file in files)
                {
                    var path = Path.Combine(folder, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllTextAsync(path, file.Text, cancellationToken);
                }

                if (removed > 0)
                {
                    await output.WriteLineAsync($"replaced {removed} *.sql file(s) in {folder}");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot write to {folder}: {exception.Message}");
                return ExitCodes.Error;
            }

            await output.WriteLineAsync($"extracted {connection.Display} into {folder}: {files.Count} file(s)");
            foreach (var group in files.GroupBy(file => Path.GetDirectoryName(file.Path) is { Length: > 0 } sub ? sub + "/" : file.Path))
            {
                await output.WriteLineAsync($"  {group.Key}{(group.Key.EndsWith('/') ? $" {group.Count()} file(s)" : "")}");
            }

            await output.WriteLineAsync($"fingerprint: {Fingerprint.Of(live)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What every new database already has: the <c>public</c> schema, taken as the live database has it so
    /// that no CREATE SCHEMA public is written. (A comment or privilege changed on public is therefore not
    /// extracted; the shadow database's public is the server's default.)</summary>
    private static DatabaseModel Baseline(DatabaseModel live) =>
        DatabaseModel.Empty with { Schemas = live.Schemas.Where(schema => schema.Name == "public").ToEquatableArray() };

    /// <summary>Deletes the <c>*.sql</c> files the project loader would read (every one except under
    /// <c>revisions/</c>), so no object dropped since an earlier extract survives; returns how many.</summary>
    private static int RemoveSchemaFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var revisions = Path.GetFullPath(Path.Combine(folder, "revisions")) + Path.DirectorySeparatorChar;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.sql", SearchOption.AllDirectories).ToList())
        {
            if (!Path.GetFullPath(file).StartsWith(revisions, StringComparison.Ordinal))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }
}
