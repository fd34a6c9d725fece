using System.CommandLine;
using SurveySchema.Catalog;
using SurveySchema.Cli;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary><c>surveyschema build</c>, run in-process: output, model file, exit codes, the cache, and every
/// class of error at its file(line,col).</summary>
[TestFixture]
public sealed class BuildCommandTests
{
    /// <summary>Nothing listens on port 1: a build that needs this server fails, one served from the cache does not.</summary>
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=u;Password=Hidden-Pass-7;Database=postgres;Timeout=2";

    private string scratch = string.Empty;

    private static string DevServer => TestServer.Server.AdminConnectionString;

    private string Cache => Path.Combine(scratch, "cache");

    private string Out => Path.Combine(scratch, "out", "model.json");

    [SetUp]
    public void CreateScratch() => scratch = Directory.CreateTempSubdirectory("surveyschema-build-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public async Task Build_writes_the_model_and_ends_with_its_fingerprint()
    {
        using var folder = SchemaFolder.Create(
            ("extensions.sql", "CREATE EXTENSION IF NOT EXISTS postgis;"),
            ("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY, geom geometry(Point, 2277));\nCOMMENT ON TABLE public.sites IS 'Sites';"));

        var result = await RunAsync("build", "--project", folder.Root, "--out", Out, "--cache-dir", Cache, "--dev-connection", DevServer);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        var model = await ModelJson.ReadFileAsync(Out);
        Assert.That(result.Lines[^1], Is.EqualTo($"fingerprint: {Fingerprint.Of(model)}"));
        Assert.That(result.Lines, Does.Contain($"{folder.Root}: 2 files, 3 statements"));
        Assert.That(result.Lines, Does.Contain("objects: schemas 1, extensions 1, tables 1, columns 2, constraints 1, indexes 1, grants 1, comments 2"));
        Assert.That(result.Output, Does.Contain("built in a shadow database on ").And.Not.Contain("cached"));
        // Only progress on stderr (plain lines: the console is captured), counting the whole project.
        var progress = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(progress, Has.All.Match(@"^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\] build: "), result.ToString());
        Assert.That(progress[^1], Does.Contain("build: 3/3 statements applied"), result.ToString());
    }

    [Test]
    public async Task An_unchanged_project_is_served_from_the_cache_without_a_server_and_any_edit_misses_it()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY, name text);"));
        string[] Build(string server, params string[] more) =>
            ["build", "--project", folder.Root, "--out", Out, "--cache-dir", Cache, "--dev-connection", server, .. more];

        using var loads = new ProjectLoads();
        var fresh = await RunAsync(Build(DevServer));
        Assert.That(loads.Of(folder.Root), Is.EqualTo(1), "a miss parses the project");
        var cached = await RunAsync(Build(Unreachable));

        Assert.That(fresh.ExitCode, Is.EqualTo(ExitCodes.Success), fresh.ToString());
        Assert.That(cached.ExitCode, Is.EqualTo(ExitCodes.Success), cached.ToString());
        Assert.That(cached.Output, Does.Contain("cached"));
        Assert.That(cached.Lines[^1], Is.EqualTo(fresh.Lines[^1]));
        Assert.That(cached.Lines[0], Is.EqualTo(fresh.Lines[0]).And.EqualTo($"{folder.Root}: 1 files, 1 statements"));
        Assert.That(loads.Of(folder.Root), Is.EqualTo(1), "a hit must not parse the project");
        Assert.That(Directory.GetFiles(Cache, "*.model.json"), Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(Cache, "*.project.json"), Has.Length.EqualTo(1));

        var bypassed = await RunAsync(Build(Unreachable, "--no-cache"));
        Assert.That(bypassed.ExitCode, Is.EqualTo(ExitCodes.Error), "--no-cache must not read the cache");

        File.AppendAllText(folder.PathOf("tables/sites.sql"), "\n-- an edit that changes nothing in the model\n");
        var edited = await RunAsync(Build(Unreachable));
        Assert.That(edited.ExitCode, Is.EqualTo(ExitCodes.Error), "an edited project must miss the cache");
        Assert.That(edited.Error, Does.Contain($"error {DiagnosticCodes.ShadowServerFailed}: cannot build the shadow database on 127.0.0.1:1/postgres as u"));
        Assert.That(edited.Error + edited.Output, Does.Not.Contain("Hidden-Pass-7"));
        Assert.That(edited.Output, Does.Not.Contain("fingerprint"));

        folder.Write("extra/more.sql", "CREATE TABLE public.more (id integer);");
        var added = await RunAsync(Build(Unreachable));
        Assert.That(added.ExitCode, Is.EqualTo(ExitCodes.Error), "a new file must miss the cache");

        File.Delete(folder.PathOf("extra/more.sql"));
        File.WriteAllText(folder.PathOf("tables/sites.sql"), "CREATE TABLE public.sites (id integer PRIMARY KEY, name text);");
        var restored = await RunAsync(Build(Unreachable));
        Assert.That(restored.ExitCode, Is.EqualTo(ExitCodes.Success), "the original content hits its cache entry again");
    }

    [Test]
    public async Task A_hit_prints_the_stored_warnings_and_counts_under_the_folder_being_built_without_parsing_it()
    {
        // No warning of the parser can be provoked by a project that also builds here (SS0204 needs an
        // extension the server has and this machine's share/extension lacks), so the entry is stored the way
        // ShadowBuild stores one, with a warning added, and served to a copy of the project elsewhere: the
        // key covers the files' relative paths and bytes, not the folder.
        const string sql = "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\nCREATE TABLE public.keys (id uuid PRIMARY KEY DEFAULT uuid_generate_v4());\n";
        using var original = SchemaFolder.Create(("tables/keys.sql", sql));
        using var copy = SchemaFolder.Create(("tables/keys.sql", sql));
        var project = SchemaProject.Load(original.Root);
        var built = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default);
        var warning = Diagnostic.Warning(DiagnosticCodes.ExtensionUnavailable, new SourceLocation(original.PathOf("tables/keys.sql"), 1, 1),
            "extension uuid-ossp is not installed here");
        await new ModelCache(Cache).WriteAsync(
            ModelCache.KeyOf(project.ContentHash, CatalogOptions.Default),
            new ModelCacheEntry(built.Model!, ProjectSummary.Of(project) with { Diagnostics = [warning] }),
            CancellationToken.None);

        using var loads = new ProjectLoads();
        var cached = await RunAsync("build", "--project", copy.Root, "--out", Out, "--cache-dir", Cache, "--dev-connection", Unreachable);

        Assert.That(cached.ExitCode, Is.EqualTo(ExitCodes.Success), cached.ToString());
        Assert.That(loads.Of(copy.Root), Is.Zero, "a hit must not parse the project");
        Assert.That(cached.Lines[0], Is.EqualTo($"{copy.Root}: 1 files, 2 statements"));
        Assert.That(cached.Output, Does.Contain("cached: the project is unchanged"));
        Assert.That(cached.Error.TrimEnd(), Is.EqualTo(
            $"{copy.PathOf("tables/keys.sql")}(1,1): warning {DiagnosticCodes.ExtensionUnavailable}: extension uuid-ossp is not installed here"));
        Assert.That(cached.Lines[^1], Is.EqualTo($"fingerprint: {Fingerprint.Of(built.Model!)}"));
    }

    public static IEnumerable<TestCaseData> ErrorCases()
    {
        yield return new TestCaseData(
            new[] { ("tables/a.sql", "CREATE TABLE public.a (\n    id integer NOT NULL,\n    name text,,\n    note text\n);\n") },
            "tables/a.sql", 3, 15, DiagnosticCodes.SyntaxError, "syntax error at or near \",\"").SetName("Syntax error");
        yield return new TestCaseData(
            new[] { ("tables/a.sql", "CREATE TABLE public.a (id integer);\n\nINSERT INTO public.a VALUES (1);\n") },
            "tables/a.sql", 3, 1, DiagnosticCodes.DataManipulation, "INSERT").SetName("DML in schema");
        yield return new TestCaseData(
            new[] { ("a.sql", "CREATE TABLE public.a (id integer);\n"), ("b.sql", "-- again\nCREATE TABLE public.a (id integer);\n") },
            "b.sql", 2, 14, DiagnosticCodes.DuplicateDeclaration, "a.sql(1,14)").SetName("Object declared twice");
        yield return new TestCaseData(
            new[] { ("tables/b.sql", "CREATE TABLE public.b (\n    a_id integer REFERENCES public.missing (id)\n);\n") },
            "tables/b.sql", 1, 1, DiagnosticCodes.ShadowApplyFailed, "relation \"public.missing\" does not exist (42P01)").SetName("Unknown reference");
        yield return new TestCaseData(
            new[] { ("tables/c.sql", "CREATE TABLE public.c (\n    id integer NOT NULL,\n    CONSTRAINT ck_c CHECK (nonexistent > 0)\n);\n") },
            "tables/c.sql", 3, 28, DiagnosticCodes.ShadowApplyFailed,
            "PostgreSQL: column \"nonexistent\" does not exist (42703); statement: CREATE TABLE public.c (").SetName("Error raised by PostgreSQL");
    }

    [TestCaseSource(nameof(ErrorCases))]
    public async Task Each_error_names_its_file_line_and_column_and_exits_1(
        (string Path, string Sql)[] files, string file, int line, int column, string code, string message)
    {
        using var folder = SchemaFolder.Create(files);
        var before = await ShadowDatabases.ListAsync();

        var result = await RunAsync("build", "--project", folder.Root, "--out", Out, "--cache-dir", Cache, "--dev-connection", DevServer);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Error), result.ToString());
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        var expected = $"{folder.PathOf(file)}({line},{column}): error {code}: ";
        Assert.That(errors, Has.Some.StartsWith(expected).And.Contain(message), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("fingerprint"));
        Assert.That(File.Exists(Out), Is.False);
        Assert.That(await ShadowDatabases.LeftSinceAsync(before), Is.Empty, "the shadow database must be dropped");
    }

    [Test]
    public async Task A_dev_connection_may_be_a_postgresql_uri_and_a_bad_one_is_named()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY);"));
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(DevServer);
        var password = string.IsNullOrEmpty(admin.Password) ? string.Empty : ":" + Uri.EscapeDataString(admin.Password);
        var uri = $"postgresql://{Uri.EscapeDataString(admin.Username!)}{password}@{admin.Host}:{admin.Port}/{admin.Database}";

        var good = await RunAsync("build", "--project", folder.Root, "--out", Out, "--cache-dir", Cache, "--no-cache", "--dev-connection", uri);
        var bad = await RunAsync("build", "--project", folder.Root, "--out", Out, "--cache-dir", Cache, "--no-cache", "--dev-connection", "mysql://u:Hidden-Pass-7@h/d");

        Assert.That(good.ExitCode, Is.EqualTo(ExitCodes.Success), good.ToString());
        Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.Error));
        Assert.That(bad.Error, Does.Contain($"error {DiagnosticCodes.ShadowServerFailed}: ").And.Contain("--dev-connection: unsupported URI scheme 'mysql'"));
        Assert.That(bad.Error, Does.Not.Contain("Hidden-Pass-7"));
    }

    [Test]
    public async Task The_desired_model_reuses_a_server_the_caller_already_runs()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", "CREATE TABLE public.sites (id integer PRIMARY KEY);"));

        var desired = await ProjectModelSource.BuildDesiredModelAsync(
            folder.Root, devConnection: null, noCache: true, CancellationToken.None, TestServer.Server, Cache);
        var (model, diagnostics) = desired;

        Assert.That(diagnostics, Is.Empty);
        Assert.That(model!.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "public.sites" }));
        Assert.That(desired.ShadowServer, Is.EqualTo(TestServer.Server.Display));
        Assert.That(desired.FromCache, Is.False);
    }

    private static async Task<BuildRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new BuildRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed record BuildRun(int ExitCode, string Output, string Error)
    {
        public string[] Lines => Output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToArray();

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
    }
}
