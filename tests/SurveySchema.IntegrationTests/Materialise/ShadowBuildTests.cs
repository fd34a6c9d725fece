using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Foundation;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary><see cref="ShadowBuild"/> against the test server: the real schema, extensions the template
/// brings, and where PostgreSQL's errors land in the files.</summary>
[TestFixture]
public sealed class ShadowBuildTests
{
    /// <summary>No cache: every build here really runs.</summary>
    private static readonly ShadowBuildOptions Uncached = ShadowBuildOptions.Default;

    [Test]
    public async Task The_schema_folder_builds_to_the_model_of_revisions_0001_and_0002()
    {
        var built = await BuildAsync(RepositoryPaths.Schema);

        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await RevisionScripts.UpgradeToHeadAsync(connection);
        }

        var chain = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default);
        Assert.That(ModelJson.Serialize(built), Is.EqualTo(ModelJson.Serialize(chain)));
        Assert.That(Fingerprint.Of(built), Is.EqualTo(Fingerprint.Of(chain)));
        Assert.That(built.Extensions.Select(e => e.Name), Is.EqualTo(new[] { "postgis", "uuid-ossp" }));
        Assert.That(built.Tables, Has.Count.EqualTo(10));
    }

    [Test]
    public async Task File_names_folders_and_order_do_not_change_the_model()
    {
        // Reversed names sort the files differently; half of them move two folders down, the rest to the top.
        using var shuffled = SchemaFolder.CopyOfSchema(relative =>
        {
            var reversed = new string(Path.GetFileNameWithoutExtension(relative).Reverse().ToArray());
            return reversed[0] < 'n' ? $"zz/moved/{reversed}.sql" : $"{reversed}.sql";
        });
        Assert.That(Directory.EnumerateFiles(shuffled.Root, "*.sql", SearchOption.AllDirectories).Select(Path.GetFileName),
            Does.Contain("snoisnetxe.sql").And.Contain("stcejorp.sql"));

        var original = await BuildAsync(RepositoryPaths.Schema);
        var moved = await BuildAsync(shuffled.Root);

        Assert.That(Fingerprint.Of(moved), Is.EqualTo(Fingerprint.Of(original)));
    }

    [Test]
    public async Task A_project_without_postgis_sees_neither_postgis_nor_uuid_ossp()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY, name text);"));

        var model = await BuildAsync(folder.Root);

        Assert.That(model.Extensions, Is.Empty);
        Assert.That(model.Functions, Is.Empty);
        Assert.That(model.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "public.sites" }));
    }

    [Test]
    public async Task A_project_declaring_postgis_alone_keeps_it_and_loses_uuid_ossp()
    {
        // Without IF NOT EXISTS: the template's copy satisfies the statement, which is skipped.
        using var folder = SchemaFolder.Create(
            ("extensions.sql", "CREATE EXTENSION postgis;"),
            ("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY, geom geometry(Point, 2277));"));

        var model = await BuildAsync(folder.Root);

        Assert.That(model.Extensions.Select(e => (e.Name, e.Schema)), Is.EqualTo(new[] { ("postgis", "public") }));
        Assert.That(model.Tables.Single().Columns.Select(c => c.Name), Is.EqualTo(new[] { "id", "geom" }));
    }

    [Test]
    public async Task A_project_declaring_uuid_ossp_alone_gets_it_without_postgis()
    {
        using var folder = SchemaFolder.Create(
            ("extensions.sql", "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";"),
            ("tables/keys.sql", "CREATE TABLE public.keys (id uuid PRIMARY KEY DEFAULT uuid_generate_v4());"));

        var model = await BuildAsync(folder.Root);

        Assert.That(model.Extensions.Select(e => e.Name), Is.EqualTo(new[] { "uuid-ossp" }));
    }

    [Test]
    public async Task The_batched_path_builds_the_same_model_as_one_transaction()
    {
        using var folder = GeneratedTables(300);
        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.Statements, Has.Length.EqualTo(900));
        var batched = Uncached with { SingleTransactionLimit = 100, BatchSize = 64 };
        var single = Uncached with { SingleTransactionLimit = int.MaxValue };
        Assert.That(ApplyPlan.Create(project.Statements, batched), Has.Count.EqualTo(15));
        Assert.That(ApplyPlan.Create(project.Statements, single), Has.Count.EqualTo(1));

        var inBatches = await ShadowBuild.BuildAsync(project, TestServer.Server, batched);
        var inOne = await ShadowBuild.BuildAsync(project, TestServer.Server, single);

        Assert.That(inBatches.Diagnostics, Is.Empty);
        Assert.That(inOne.Diagnostics, Is.Empty);
        Assert.That(inBatches.Model!.Tables, Has.Count.EqualTo(300));
        Assert.That(inBatches.Model, Is.EqualTo(inOne.Model));
    }

    [Test]
    public async Task A_failing_statement_in_a_later_batch_is_named_at_its_place()
    {
        using var folder = GeneratedTables(120);
        folder.Write("tables/broken.sql", "\n\nCREATE TABLE public.broken (\n    id integer,\n    CHECK (missing_column > 0)\n);\n");
        var project = SchemaProject.Load(folder.Root);

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached with { SingleTransactionLimit = 10, BatchSize = 7 });

        Assert.That(result.Model, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToCanonicalString()), Is.EqualTo(new[]
        {
            $"{folder.PathOf("tables/broken.sql")}(5,12): error {DiagnosticCodes.ShadowApplyFailed}: PostgreSQL: column \"missing_column\" does not exist (42703); statement: CREATE TABLE public.broken (",
        }));
    }

    [Test]
    public async Task An_error_position_counts_columns_as_editors_do()
    {
        // PostgreSQL counts the emoji as one character; an editor (and MSBuild) as two UTF-16 units.
        const string sql = "-- first\n-- second\nCREATE TABLE public.checked (\n    id integer NOT NULL,\n    CONSTRAINT \"ck_🙂\" CHECK (nonexistent > 0)\n);\n";
        using var folder = SchemaFolder.Create(("tables/checked.sql", sql));

        var diagnostic = await FailureAsync(folder);

        Assert.That((diagnostic.Line, diagnostic.Column), Is.EqualTo((5, "    CONSTRAINT \"ck_🙂\" CHECK (".Length + 1)));
        Assert.That(diagnostic.Message, Does.StartWith("PostgreSQL: column \"nonexistent\" does not exist (42703)"));
    }

    [Test]
    public async Task An_error_on_the_first_line_of_an_indented_statement_adds_its_column()
    {
        const string line = "    CREATE TABLE public.y (a integer, CHECK (b > 0));";
        using var folder = SchemaFolder.Create(("y.sql", "\n" + line + "\n"));

        var diagnostic = await FailureAsync(folder);

        Assert.That((diagnostic.File, diagnostic.Line, diagnostic.Column), Is.EqualTo((folder.PathOf("y.sql"), 2, line.IndexOf("b > 0", StringComparison.Ordinal) + 1)));
    }

    [Test]
    public async Task An_error_without_a_position_is_reported_at_the_statement()
    {
        using var folder = SchemaFolder.Create(("tables/defaults.sql",
            "-- a default of the wrong type\nCREATE TABLE public.defaults (\n    id integer NOT NULL,\n    amount integer NOT NULL DEFAULT now()\n);\n"));

        var diagnostic = await FailureAsync(folder);

        Assert.That((diagnostic.Line, diagnostic.Column), Is.EqualTo((2, 1)));
        Assert.That(diagnostic.Message, Does.StartWith(
            "PostgreSQL: column \"amount\" is of type integer but default expression is of type timestamp with time zone (42804)"));
        Assert.That(diagnostic.Message, Does.EndWith("; statement: CREATE TABLE public.defaults ("));
    }

    [Test]
    public async Task A_failing_foreign_key_split_out_of_a_cycle_is_named_in_the_file_that_wrote_it()
    {
        using var folder = SchemaFolder.Create(
            ("a.sql", "CREATE TABLE public.a (\n    id integer PRIMARY KEY,\n    b_id text REFERENCES public.b (id)\n);\n"),
            ("b.sql", "CREATE TABLE public.b (\n    id integer PRIMARY KEY,\n    a_id integer REFERENCES public.a (id)\n);\n"));

        var diagnostic = await FailureAsync(folder);

        Assert.That((diagnostic.File, diagnostic.Line), Is.EqualTo((folder.PathOf("a.sql"), 3)));
        Assert.That(diagnostic.Message, Does.Contain("(42804)"));
    }

    [Test]
    public async Task A_failed_or_cancelled_build_leaves_no_shadow_database()
    {
        const string prefix = "surveyschema_shadow_cleanup";
        var before = await ShadowDatabases.ListAsync(prefix);
        using var broken = SchemaFolder.Create(("t.sql", "CREATE TABLE public.t (id integer CHECK (nope > 0));"));
        using var large = GeneratedTables(600);
        var options = Uncached with { DatabasePrefix = prefix, SingleTransactionLimit = 50, BatchSize = 50 };

        var failed = await ShadowBuild.BuildAsync(SchemaProject.Load(broken.Root), TestServer.Server, options);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var cancelled = false;
        try
        {
            await ShadowBuild.BuildAsync(SchemaProject.Load(large.Root), TestServer.Server, options, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        Assert.That(failed.Model, Is.Null);
        Assert.That(cancelled, Is.True, "600 tables should take longer than half a second");
        Assert.That(await ShadowDatabases.LeftSinceAsync(before, prefix), Is.Empty);
    }

    private static async Task<DatabaseModel> BuildAsync(string projectDirectory)
    {
        var project = SchemaProject.Load(projectDirectory);
        Assert.That(project.Diagnostics.Where(d => d.IsError), Is.Empty);
        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.FromCache, Is.False);
        return result.Model ?? throw new AssertionException("no model");
    }

    private static async Task<Diagnostic> FailureAsync(SchemaFolder folder)
    {
        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.Diagnostics, Is.Empty, "the error must be PostgreSQL's, not the parser's");
        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, Uncached);
        Assert.That(result.Model, Is.Null);
        Assert.That(result.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(result.Diagnostics[0].Code, Is.EqualTo(DiagnosticCodes.ShadowApplyFailed));
        return result.Diagnostics[0];
    }

    /// <summary><paramref name="count"/> tables, each referencing the one before, with an index and a
    /// comment: three statements per file. Files are named in reverse, so the files' order is not the
    /// order the statements must run in.</summary>
    private static SchemaFolder GeneratedTables(int count) =>
        SchemaFolder.Create([.. Enumerable.Range(1, count).Select(i =>
        {
            var parent = i == 1 ? string.Empty : $",\n    parent integer REFERENCES public.t{i - 1:0000} (id)";
            return ($"tables/{count - i:0000}.sql",
                $"CREATE TABLE public.t{i:0000} (\n    id integer PRIMARY KEY,\n    name text NOT NULL DEFAULT 'x',\n    created_at timestamptz NOT NULL DEFAULT now(){parent}\n);\n"
                + $"CREATE INDEX ix_t{i:0000}_name ON public.t{i:0000} (name);\n"
                + $"COMMENT ON TABLE public.t{i:0000} IS 'generated table {i}';\n");
        })]);
}
