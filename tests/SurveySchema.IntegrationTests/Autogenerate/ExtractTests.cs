using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Convergence;

namespace SurveySchema.IntegrationTests.Autogenerate;

/// <summary><c>extract</c>: a database at 0002 written out as schema files builds to the same fingerprint as
/// schema/, passes <c>check</c>, and an existing folder is only overwritten with <c>--force</c>.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ExtractTests
{
    private static readonly string[] SurveyTables =
    [
        "ai_query_cache", "attribute_codes", "audit_log", "block_definitions", "drawing_hatches",
        "easements", "entity_relationships", "horizontal_alignments", "projects", "survey_points",
    ];

    [Test]
    public async Task ExtractOfADatabaseAt0002BuildsToTheFingerprintOfSchemaAndPassesCheck()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        var folder = ProjectCopy.TemporaryFolder();
        var cache = ProjectCopy.TemporaryFolder();
        try
        {
            var extracted = Path.Combine(folder, "extracted");
            var extract = await CliDatabase.RunAsync("extract", "--out", extracted, "--connection", database.ConnectionString);

            Assert.That(extract.ExitCode, Is.EqualTo(0), extract.ToString());
            var files = Directory.EnumerateFiles(extracted, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(extracted, file).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal);
            Assert.That(files, Is.EqualTo(new[] { "extensions.sql" }.Concat(SurveyTables.Select(table => $"tables/{table}.sql"))),
                "one file per table, the extensions beside them, nothing else (no schema but public)");
            var projects = await File.ReadAllTextAsync(Path.Combine(extracted, "tables", "projects.sql"));
            Assert.That(projects, Does.Contain("CREATE TABLE public.projects (")
                .And.Contain("CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived);")
                .And.Contain("COMMENT ON COLUMN public.projects.archived_by IS"), "the table with its indexes and comments");
            Assert.That(await File.ReadAllTextAsync(Path.Combine(extracted, "tables", "survey_points.sql")),
                Does.Contain("FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE"), "foreign keys stay in their table's file");
            Assert.That(extract.Output, Does.Contain($"fingerprint: {await CliDatabase.FingerprintAsync(database.ConnectionString)}"));

            var check = await CliDatabase.RunAsync("check", "--project", extracted);
            Assert.That(check.ExitCode, Is.EqualTo(0), check.ToString());
            Assert.That(check.Output, Does.Contain(" 0 errors"), check.ToString());

            var fromExtract = await BuildFingerprintAsync(extracted, cache);
            var fromSchema = await BuildFingerprintAsync(RepositoryPaths.Schema, cache);
            Assert.That(fromExtract, Is.EqualTo(fromSchema), "the extracted folder declares what schema/ declares");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(cache, recursive: true);
        }
    }

    [Test]
    public async Task ExtractRefusesANonEmptyFolderAndWithForceReplacesItsSqlFilesOnly()
    {
        await using var database = await TestServer.CreateDatabaseAsync(SurveySchema.Server.DatabaseTemplate.Empty);
        await ConvergenceDatabase.ExecuteAsync(database.ConnectionString,
            "CREATE SCHEMA field; CREATE TABLE field.crews (id int PRIMARY KEY, name text NOT NULL); COMMENT ON TABLE field.crews IS 'Crews.';");
        var folder = ProjectCopy.TemporaryFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "tables"));
            Directory.CreateDirectory(Path.Combine(folder, "revisions"));
            await File.WriteAllTextAsync(Path.Combine(folder, "tables", "stale.sql"), "CREATE TABLE public.stale (id int);\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "revisions", "0001_keep.up.sql"), "-- kept\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "kept\n");

            var refused = await CliDatabase.RunAsync("extract", "--out", folder, "--connection", database.ConnectionString);
            Assert.That(refused.ExitCode, Is.EqualTo(3), refused.ToString());
            Assert.That(refused.Error, Does.Contain("not empty").And.Contain("--force"));
            Assert.That(File.Exists(Path.Combine(folder, "tables", "stale.sql")), Is.True, "nothing touched when refused");

            var forced = await CliDatabase.RunAsync("extract", "--out", folder, "--force", "--connection", database.ConnectionString);
            Assert.That(forced.ExitCode, Is.EqualTo(0), forced.ToString());
            Assert.That(File.Exists(Path.Combine(folder, "tables", "stale.sql")), Is.False, "a stale schema file would declare a table the database no longer has");
            Assert.That(File.Exists(Path.Combine(folder, "revisions", "0001_keep.up.sql")), Is.True, "revisions/ is not the schema's");
            Assert.That(File.Exists(Path.Combine(folder, "README.md")), Is.True);
            Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "schemas.sql")), Does.Contain("CREATE SCHEMA field;"));
            Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "tables", "field.crews.sql")),
                Does.Contain("CREATE TABLE field.crews (").And.Contain("COMMENT ON TABLE field.crews IS 'Crews.';"),
                "a table outside public is named schema.table");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary><c>build --no-cache</c> of a folder on the test server; its last line is <c>fingerprint: …</c>.</summary>
    private static async Task<string> BuildFingerprintAsync(string project, string cache)
    {
        var result = await CliDatabase.RunAsync(
            "build", "--project", project, "--no-cache", "--cache-dir", cache, "--out", Path.Combine(cache, Path.GetRandomFileName() + ".json"),
            "--dev-connection", TestServer.Server.AdminConnectionString);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var line = result.Output.Split('\n').Single(l => l.StartsWith("fingerprint: ", StringComparison.Ordinal));
        return line["fingerprint: ".Length..].Trim();
    }
}
