using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Materialise;
using SurveySchema.Parsing;
using SurveySchema.Planning;

namespace SurveySchema.IntegrationTests.Convergence.DumpRoundTrip;

/// <summary>The commonest way to start a project, checked end to end: <c>pg_dump --schema-only</c> of a database
/// written as the only file of a project folder, used as it is. It must build, and comparing the dumped database
/// with it must find nothing: no drift and an empty plan.</summary>
internal static class DumpProject
{
    /// <summary>Apart from the default prefix, so the shadow-build tests that look for leftover shadow databases do
    /// not see these builds running beside them.</summary>
    private static readonly ShadowBuildOptions Options = ShadowBuildOptions.Default with { DatabasePrefix = "surveyschema_case", CreateMissingRoles = false };

    /// <summary>Through the CLI the user runs: <c>drift</c> exits 0 and <c>diff --exit-code</c> finds nothing.</summary>
    public static async Task AssertCliFindsNoDriftAsync(string connectionString)
    {
        var folder = await WriteAsync(connectionString);
        try
        {
            var drift = await CliRun.InProcessAsync(
                "drift", "--project", folder, "--connection", connectionString, "--dev-connection", TestServer.Server.AdminConnectionString, "--no-cache");
            Assert.That(drift.ExitCode, Is.Zero, drift.ToString());
            Assert.That(drift.Output, Does.Contain("no drift"), drift.ToString());
            TestContext.Out.WriteLine(drift.Output);

            // Outside the project folder: every *.sql below it is part of the project.
            var script = Path.Combine(folder + "-diff", "migration.sql");
            var diff = await CliRun.InProcessAsync(
                "diff", "--project", folder, "--connection", connectionString, "--dev-connection", TestServer.Server.AdminConnectionString,
                "--out", script, "--exit-code");
            Assert.That(diff.ExitCode, Is.Zero, "diff --exit-code: an empty plan\n" + diff);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Directory.Exists(folder + "-diff"))
            {
                Directory.Delete(folder + "-diff", recursive: true);
            }
        }
    }

    /// <summary>Extensions installed at another version than the one <c>CREATE EXTENSION</c> without VERSION gives.</summary>
    private static async Task<List<(string Name, string Version)>> ExtensionsNotAtDefaultVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT e.extname, e.extversion FROM pg_extension e JOIN pg_available_extensions a ON a.name = e.extname WHERE a.default_version <> e.extversion",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    /// <summary>Through the library calls <c>drift</c> makes (shadow build, catalog read, <see cref="Respelling"/>),
    /// so that many databases can be checked in parallel.</summary>
    public static async Task AssertNoDriftAsync(string connectionString)
    {
        var folder = await WriteAsync(connectionString);
        try
        {
            var project = SchemaProject.Load(folder);
            Assert.That(project.Diagnostics.Where(d => d.IsError), Is.Empty, "the dump loads as a project:\n" + string.Join("\n", project.Diagnostics));
            var built = await ShadowBuild.BuildAsync(project, TestServer.Server, Options);
            Assert.That(built.Model, Is.Not.Null, "the dump builds:\n" + string.Join("\n", built.Diagnostics.Select(d => d.ToCanonicalString())));

            var live = await CatalogReader.ReadAsync(connectionString, CatalogOptions.Default with { Roles = [.. built.Model!.Roles.Select(r => r.Name)] });
            await using var scratch = new ScratchServer(TestServer.Server);
            var comparison = await Respelling.CompareAsync(scratch, live, built.Model, DiffOptions.Default, CancellationToken.None);
            foreach (var remark in comparison.Difference.Remarks)
            {
                TestContext.Out.WriteLine("note: " + remark);
            }

            // pg_dump writes CREATE EXTENSION without VERSION, so an extension the database holds at another version than
            // its default is the one thing a dump cannot carry: drift rightly names exactly those, and nothing else.
            var notAtDefault = await ExtensionsNotAtDefaultVersionAsync(connectionString);
            Assert.That(
                comparison.Difference.Operations.Where(o => o is not AlterExtensionUpdate u || !notAtDefault.Contains((u.Name, u.FromVersion)))
                    .Select(o => $"{o.Subject}: {o.Describe()}"),
                Is.Empty,
                "drift of the dumped database against its dump; remarks: " + string.Join("; ", comparison.Difference.Remarks));
            Assert.That(
                comparison.Difference.Operations.OfType<AlterExtensionUpdate>().Select(u => (u.Name, u.FromVersion)),
                Is.EquivalentTo(notAtDefault),
                "drift names every extension the dump leaves at its default version");
            if (notAtDefault.Count == 0)
            {
                var plan = MigrationPlanner.Plan(comparison.Live, comparison.Desired, PlanOptions.Default);
                Assert.That(plan.IsEmpty, Is.True, "no drift means an empty plan:\n" + ConvergenceDatabase.ScriptOf(plan));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A fresh project folder holding the database's dump as <c>dump.sql</c>, nothing else.</summary>
    public static async Task<string> WriteAsync(string connectionString)
    {
        var dump = await PgDump.SchemaOnlyAsync(connectionString);
        var folder = Directory.CreateTempSubdirectory("surveyschema-dump-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "dump.sql"), dump);
        return folder;
    }
}
