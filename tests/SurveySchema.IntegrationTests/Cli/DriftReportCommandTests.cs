using System.Xml.Linq;
using SurveySchema.Cli.Commands;
using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Scripting.Drift;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary><c>drift --junit/--json/--annotations</c> against a drifted database on the test server: every difference
/// reported with the file and line of schema/ that declares it (read from the parse, here checked against the file's
/// text), what only the database has without a file, counts that add up, and no password anywhere.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DriftReportCommandTests
{
    private const string Secret = "drift-secret-7";

    [Test]
    public async Task ADriftedDatabaseIsReportedAsJUnitJsonAndAnnotationsAtTheDeclaringLines()
    {
        await using var database = await StampedAt0002Async();
        await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, """
            CREATE TABLE public.legacy_codes (code text);
            DROP INDEX public.idx_projects_status;
            ALTER TABLE public.easements ALTER COLUMN grantor TYPE varchar(40);
            """);
        var folder = CliDatabase.TemporaryFolder();
        var junit = Path.Combine(folder, "reports", "drift.xml");
        var json = Path.Combine(folder, "reports", "drift.json");
        var connection = database.ConnectionString + ";Password=" + Secret;
        try
        {
            var result = await CliDatabase.RunAsync(CliDatabase.Args(connection, "drift", "--junit", junit, "--json", json, "--annotations", "github").WithShadow());

            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            var report = JsonDriftWriter.Read(await File.ReadAllTextAsync(json));
            Assert.That(report.Drifted, Is.True);
            Assert.That(report.Differences.Select(d => (d.Object, d.Item, d.Kind)), Is.EquivalentTo(new[]
            {
                ("table public.legacy_codes", "table public.legacy_codes", DriftKind.Unexpected),
                ("table public.projects", "index idx_projects_status", DriftKind.Missing),
                ("table public.easements", "column grantor", DriftKind.Changed),
            }), result.ToString());

            var index = report.Differences.Single(d => d.Item == "index idx_projects_status");
            Assert.That(FullPath(index.File), Is.EqualTo(SchemaFile("tables/projects.sql")));
            Assert.That(index.Line, Is.EqualTo(LineOf("tables/projects.sql", "CREATE INDEX idx_projects_status ")));
            Assert.That(index.Expected, Does.Contain("USING btree (status)"));
            Assert.That(index.Actual, Is.Null);

            var grantor = report.Differences.Single(d => d.Item == "column grantor");
            Assert.That(FullPath(grantor.File), Is.EqualTo(SchemaFile("tables/easements.sql")));
            Assert.That(grantor.Line, Is.EqualTo(LineOf("tables/easements.sql", "CREATE TABLE public.easements")), "a column: its table's CREATE TABLE");
            Assert.That((grantor.Expected, grantor.Actual), Is.EqualTo(("character varying(255)", "character varying(40)")));

            var legacy = report.Differences.Single(d => d.Object == "table public.legacy_codes");
            Assert.That((legacy.File, legacy.Line, legacy.Expected), Is.EqualTo(((string?)null, (int?)null, (string?)null)), "only in the database");
            Assert.That(legacy.Actual, Does.Contain("code text"));

            var xml = XDocument.Load(junit);
            var cases = xml.Descendants("testcase").ToList();
            Assert.That((int)xml.Root!.Attribute("tests")!, Is.EqualTo(report.ObjectsCompared).And.EqualTo(cases.Count));
            Assert.That(cases, Has.Count.GreaterThan(10), "every object compared is a test case: the survey schema's ten tables and more");
            Assert.That((int)xml.Root!.Attribute("failures")!, Is.EqualTo(3).And.EqualTo(report.ObjectsDrifted));
            Assert.That(xml.Descendants("failure").Count(), Is.EqualTo(report.Differences.Length));
            var projects = cases.Single(c => c.Attribute("name")!.Value == "public.projects");
            Assert.That((int)projects.Attribute("line")!, Is.EqualTo(LineOf("tables/projects.sql", "CREATE TABLE public.projects")));

            var annotations = result.Output.Split('\n').Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
            Assert.That(annotations, Has.Count.EqualTo(3), result.ToString());
            Assert.That(annotations, Has.One.StartsWith($"::error file={index.File},line={index.Line},title=schema drift%3A table public.projects::index idx_projects_status"));
            Assert.That(annotations, Has.One.StartsWith("::error title=schema drift%3A table public.legacy_codes::"), "no file for what only the database has");

            Assert.That(result.Output, Does.Contain("next: surveyschema diff --project").And.Contain("--connection").And.Contain("Password=***"), result.ToString());
            foreach (var text in new[] { result.Output, result.Error, await File.ReadAllTextAsync(junit), await File.ReadAllTextAsync(json) })
            {
                Assert.That(text, Does.Not.Contain(Secret), "a password is never printed or written");
            }

            // The project's model now comes from the cache, which never parses: the declarations come with it.
            var again = await CliDatabase.RunAsync(CliDatabase.Args(connection, "drift", "--json", json).WithShadow());
            Assert.That(again.ExitCode, Is.EqualTo(2), again.ToString());
            Assert.That(JsonDriftWriter.Read(await File.ReadAllTextAsync(json)).Differences, Is.EqualTo(report.Differences).Using<DriftDocumentDifference>(SameDifference));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task OnGitHubActionsTheAnnotationsPointIntoTheRepositoryAndTheSummaryIsAppended()
    {
        await using var database = await StampedAt0002Async();
        await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, "ALTER TABLE public.projects DROP COLUMN archived_by");
        var folder = CliDatabase.TemporaryFolder();
        var summary = Path.Combine(folder, "step-summary.md");
        await File.WriteAllTextAsync(summary, "# an earlier step\n");
        try
        {
            // As a runner starts it: from the repository's root, GITHUB_ACTIONS and GITHUB_STEP_SUMMARY set, no --annotations.
            var result = await CliRun.ChildAsync(
                TimeSpan.FromMinutes(3),
                RepositoryPaths.Root,
                new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary, ["NO_COLOR"] = "1" },
                "drift", "--project", "schema", "--connection", database.ConnectionString, "--dev-connection", TestServer.Server.AdminConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            var line = LineOf("tables/projects.sql", "CREATE TABLE public.projects");
            Assert.That(result.Output, Does.Contain(
                $"::error file=schema/tables/projects.sql,line={line},title=schema drift%3A table public.projects::column archived_by is declared here but missing from the database"),
                result.ToString());
            var markdown = await File.ReadAllTextAsync(summary);
            Assert.That(markdown, Does.StartWith("# an earlier step\n## Schema drift: "), "appended, never overwritten");
            Assert.That(markdown, Does.Contain($"| table public.projects | column archived_by | missing | uuid | — | `schema/tables/projects.sql:{line}` |"));
            Assert.That(markdown, Does.Contain("Next: `surveyschema diff --connection"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task WithoutDriftTheReportsArePassingAndNoAnnotationIsPrinted()
    {
        await using var database = await StampedAt0002Async();
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var junit = Path.Combine(folder, "drift.xml");
            var json = Path.Combine(folder, "drift.json");
            var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift", "--junit", junit, "--json", json, "--annotations", "github").WithShadow());

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Output, Does.Not.Contain("::error").And.Not.Contain("next:"));
            var xml = XDocument.Load(junit);
            Assert.That((int)xml.Root!.Attribute("failures")!, Is.Zero);
            Assert.That((int)xml.Root!.Attribute("tests")!, Is.GreaterThan(10));
            var report = JsonDriftWriter.Read(await File.ReadAllTextAsync(json));
            Assert.That((report.Drifted, report.Differences.Length, report.NextCommand), Is.EqualTo((false, 0, (string?)null)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TheNextCommandRecordsARevisionForTheChainAndDiffsADatabaseWithItsPasswordMasked()
    {
        Assert.That(DriftOutputs.NextCommand(chainHead: true, "schema", null),
            Is.EqualTo("surveyschema revision -m \"describe the change\" --autogenerate"));
        Assert.That(DriftOutputs.NextCommand(chainHead: false, "db/schema", "postgresql://app:s3cret@db:5432/survey"),
            Is.EqualTo("surveyschema diff --project db/schema --connection \"postgresql://app:***@db:5432/survey\" --out artifacts/diff/migration.sql --report artifacts/diff/migration.md"));
        Assert.That(DriftOutputs.NextCommand(chainHead: false, "schema", "Host=db;Username=app;Password=s3cret"),
            Does.Contain("--connection \"Host=db;Username=app;Password=***\"").And.Not.Contain("s3cret"));
        Assert.That(DriftOutputs.NextCommand(chainHead: false, "schema", null), Does.StartWith("surveyschema diff --out"),
            "a connection from the environment is found there again");
    }

    [Test]
    public void GitHubAnnotationsAreOnWhenTheRunnerSaysSoOrWhenAsked()
    {
        Assert.That(DriftOutputs.AnnotationsFor(null, "true"), Is.EqualTo("github"));
        Assert.That(DriftOutputs.AnnotationsFor(null, null), Is.EqualTo("none"));
        Assert.That(DriftOutputs.AnnotationsFor("github", null), Is.EqualTo("github"));
        Assert.That(DriftOutputs.AnnotationsFor("none", "true"), Is.EqualTo("none"));
    }

    /// <summary>A database at revision 0002 with its history recorded, so that drift compares it straight away
    /// (an unrecorded one would also be searched for its baseline).</summary>
    private static async Task<SurveySchema.Server.ScratchDatabase> StampedAt0002Async()
    {
        var database = await CliDatabase.AtAsync("0001", "0002");
        var stamp = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "stamp", "0002"));
        Assert.That(stamp.ExitCode, Is.Zero, stamp.ToString());
        return database;
    }

    private static string SchemaFile(string relative) => Path.GetFullPath(Path.Combine(RepositoryPaths.Schema, relative));

    private static string? FullPath(string? file) => file is null ? null : Path.GetFullPath(file);

    /// <summary>The 1-based line of the schema file that starts with <paramref name="start"/>: the test's own reading of the file.</summary>
    private static int LineOf(string relative, string start) =>
        Array.FindIndex(File.ReadAllLines(SchemaFile(relative)), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static bool SameDifference(DriftDocumentDifference a, DriftDocumentDifference b) =>
        a with { Operations = [] } == b with { Operations = [] } && a.Operations.SequenceEqual(b.Operations);
}
