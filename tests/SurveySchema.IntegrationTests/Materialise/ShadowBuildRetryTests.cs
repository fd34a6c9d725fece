using System.Diagnostics;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>The shadow build cannot be ordered wrong: statements that fail for a missing object are retried
/// after the others; what no order builds is reported at its place with PostgreSQL's message.</summary>
[TestFixture]
public sealed class ShadowBuildRetryTests
{
    private static readonly ShadowBuildOptions Uncached = ShadowBuildOptions.Default;

    public static IEnumerable<TestCaseData> Misordered()
    {
        yield return new TestCaseData((object)new[]
        {
            ("domains.sql", "CREATE DOMAIN public.located AS public.places;\n"),
            ("tables.sql", "CREATE TABLE public.places (x integer, y integer);\n"),
        }).SetName("A domain over a table's row type declared before the table");
        yield return new TestCaseData((object)new[]
        {
            ("tables/names.sql", "CREATE TABLE public.names (label text COLLATE public.binary_order);\n"),
            ("collations.sql", "CREATE COLLATION public.binary_order FROM \"C\";\n"),
        }).SetName("A column using a collation created in another file");
        yield return new TestCaseData((object)new[]
        {
            ("a_child.sql", "CREATE TABLE public.child (parent_code text REFERENCES public.parent (code));\n"),
            ("b_parent.sql", "CREATE TABLE public.parent (code text NOT NULL);\nALTER TABLE public.parent ADD CONSTRAINT parent_code_key UNIQUE (code);\n"),
        }).SetName("A foreign key whose referenced unique key is added later by ALTER TABLE");
        yield return new TestCaseData((object)new[]
        {
            ("aggregates.sql", "CREATE AGGREGATE public.total (integer) (SFUNC = public.add_up, STYPE = integer, INITCOND = '0');\n"),
            ("functions.sql", "CREATE FUNCTION public.add_up(state integer, value integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state + value';\n"),
        }).SetName("An aggregate before its state function");
        yield return new TestCaseData((object)new[]
        {
            ("a_view.sql", "CREATE VIEW public.made_ids AS SELECT id FROM public.made;\n"),
            ("b_do.sql", "DO $$ BEGIN EXECUTE 'CREATE TABLE public.made (id integer PRIMARY KEY)'; END $$;\n"),
        }).SetName("A DO block creating a table another file references");
    }

    [TestCaseSource(nameof(Misordered))]
    public async Task Misordered_statements_build_in_any_order((string Path, string Sql)[] files)
    {
        using var folder = SchemaFolder.Create(files);
        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.HasErrors, Is.False, string.Join("\n", project.Diagnostics));

        // The parse's order, and its reverse: whichever is wrong, the retry finds the right one.
        var asParsed = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);
        var reversed = await ShadowBuild.BuildAsync(project with { Statements = [.. project.Statements.Reverse()] }, TestServer.Server, Uncached);

        Assert.That(asParsed.Diagnostics, Is.Empty);
        Assert.That(reversed.Diagnostics, Is.Empty);
        Assert.That(Fingerprint.Of(reversed.Model!), Is.EqualTo(Fingerprint.Of(asParsed.Model!)));
        Assert.That(await FingerprintOfPsqlAsync(files), Is.EqualTo(Fingerprint.Of(asParsed.Model!)),
            "the model must be what the files give when run in a valid order");
    }

    [Test]
    public async Task A_true_duplicate_is_postgresqls_already_exists_naming_both_places()
    {
        using var folder = SchemaFolder.Create(
            ("tables/a_first.sql", "-- the first\nCREATE TABLE public.mood (id integer);\n"),
            ("tables/b_again.sql", "\n\n   CREATE TABLE public.mood (id bigint);\n"));
        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.Diagnostics, Is.Empty, "a duplicate is no static error");

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);

        var error = result.Diagnostics.Single();
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.DuplicateDeclaration));
        Assert.That((error.File, error.Line, error.Column), Is.EqualTo((folder.PathOf("tables/b_again.sql"), 3, 17)));
        Assert.That(error.Message, Does.StartWith($"table public.mood is declared twice: here and at {folder.PathOf("tables/a_first.sql")}(2,14)"));
        Assert.That(error.Message, Does.Contain("already exists (42P07)"));
    }

    [Test]
    public async Task A_statement_that_fails_in_every_order_is_reported_at_its_place_with_postgresqls_message()
    {
        using var folder = SchemaFolder.Create(
            ("views.sql", "CREATE VIEW public.lonely AS\n  SELECT id FROM public.nowhere;\n"),
            ("tables.sql", "CREATE TABLE public.somewhere (id integer);\n"));
        var project = SchemaProject.Load(folder.Root);

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);

        Assert.That(result.Model, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToCanonicalString()), Is.EqualTo(new[]
        {
            $"{folder.PathOf("views.sql")}(2,18): error {DiagnosticCodes.ShadowApplyFailed}: PostgreSQL: relation \"public.nowhere\" does not exist (42P01); statement: CREATE VIEW public.lonely AS",
        }));
    }

    [Test]
    public async Task A_dump_style_file_runs_under_its_own_settings_and_other_files_under_the_defaults()
    {
        // search_path '' makes unqualified names fail; check_function_bodies off lets a function reference a
        // table created after it. The other file's statements run with the defaults, interleaved by the order.
        using var folder = SchemaFolder.Create(
            ("dump.sql", "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n" +
                "CREATE FUNCTION public.count_rows() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.later';\n" +
                "CREATE TABLE public.later (id integer);\n"),
            ("plain.sql", "CREATE TABLE unqualified (id integer);\nCREATE INDEX ix_unqualified ON unqualified (id);\n"));
        var project = SchemaProject.Load(folder.Root);

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);
        var reversed = await ShadowBuild.BuildAsync(project with { Statements = [.. project.Statements.Reverse()] }, TestServer.Server, Uncached);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(reversed.Diagnostics, Is.Empty);
        Assert.That(result.Model!.Tables.Select(t => t.Name.ToString()), Is.EquivalentTo(new[] { "public.later", "public.unqualified" }));
        Assert.That(Fingerprint.Of(reversed.Model!), Is.EqualTo(Fingerprint.Of(result.Model!)));
    }

    /// <summary>The measured cost of the retry path: 200 statements of which 20 views come (in their files,
    /// so in the parse's order) before the DO blocks that create their tables.</summary>
    [Test]
    public async Task Misordered_statements_cost_a_round_trip_each_and_a_well_ordered_project_one_in_all()
    {
        var plain = Enumerable.Range(1, 160).Select(i => ($"tables/t{i:000}.sql", $"CREATE TABLE public.t{i:000} (id integer PRIMARY KEY, name text);\n"));
        var made = Enumerable.Range(1, 20).Select(i => ($"made/m{i:00}.sql",
            $"CREATE VIEW public.v{i:00} AS SELECT id FROM public.m{i:00};\nDO $$ BEGIN EXECUTE 'CREATE TABLE public.m{i:00} (id integer PRIMARY KEY)'; END $$;\n"));
        using var misordered = SchemaFolder.Create([.. plain, .. made]);
        using var ordered = SchemaFolder.Create([.. plain, .. Enumerable.Range(1, 20).Select(i => ($"made/m{i:00}.sql",
            $"CREATE TABLE public.m{i:00} (id integer PRIMARY KEY);\nCREATE VIEW public.v{i:00} AS SELECT id FROM public.m{i:00};\n"))]);

        var (misorderedProject, orderedProject) = (SchemaProject.Load(misordered.Root), SchemaProject.Load(ordered.Root));
        await ApplyAsync(orderedProject); // warms the server and the JIT, so neither timing pays for it
        var (misorderedStatistics, misorderedTime) = await ApplyAsync(misorderedProject);
        var (orderedStatistics, orderedTime) = await ApplyAsync(orderedProject);

        TestContext.Out.WriteLine($"well ordered: {orderedStatistics} in {orderedTime.TotalMilliseconds:0} ms; 20 misordered: {misorderedStatistics} in {misorderedTime.TotalMilliseconds:0} ms");
        Assert.That(orderedStatistics, Is.EqualTo(new ApplyStatistics(1, 0, 0)), "the happy path is one round trip");
        Assert.That(misorderedStatistics.Deferred, Is.EqualTo(20));
        Assert.That(misorderedStatistics.RetryPasses, Is.EqualTo(1));
        Assert.That(misorderedStatistics.RoundTrips, Is.LessThanOrEqualTo(1 + 21 + 1));
    }

    private static async Task<(ApplyStatistics Statistics, TimeSpan Elapsed)> ApplyAsync(SchemaProject project)
    {
        Assert.That(project.Statements, Has.Length.EqualTo(200));
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { IncludeFailedBatchedCommand = true }.ConnectionString);
        await connection.OpenAsync();
        var stopwatch = Stopwatch.StartNew();
        var (failures, statistics) = await new StatementApplier(connection, Uncached).ApplyAsync(ApplyPlan.Create(project.Statements, Uncached), CancellationToken.None);
        stopwatch.Stop();
        Assert.That(failures, Is.Empty);
        return (statistics, stopwatch.Elapsed);
    }

    /// <summary>The files run with psql in the order that works (the second file first, as listed reversed).</summary>
    private static async Task<string> FingerprintOfPsqlAsync((string Path, string Sql)[] files)
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var script = Path.Combine(Path.GetTempPath(), $"surveyschema-retry-{Guid.NewGuid():N}.sql");
        try
        {
            await File.WriteAllTextAsync(script, string.Concat(files.Reverse().Select(f => f.Sql)));
            await Convergence.ConvergenceDatabase.RunPsqlAsync(database.ConnectionString, script);
            return Fingerprint.Of(await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
