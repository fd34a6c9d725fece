using SurveySchema.Catalog;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary><see cref="ModelCache"/>'s entries (model plus project summary) and
/// <see cref="ShadowBuild.TryReadCacheAsync"/>'s lookup by the files' bytes alone.</summary>
[TestFixture]
public sealed class ModelCacheTests
{
    private const string Sql = "CREATE TABLE public.sites (id integer PRIMARY KEY, name text);\nCOMMENT ON TABLE public.sites IS 'Sites';\n";

    private string cacheDirectory = string.Empty;

    [SetUp]
    public void CreateCache() => cacheDirectory = Directory.CreateTempSubdirectory("surveyschema-cache-").FullName;

    [TearDown]
    public void DeleteCache() => Directory.Delete(cacheDirectory, recursive: true);

    [Test]
    public async Task A_build_stores_the_project_summary_and_a_lookup_by_folder_finds_it_without_parsing()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", Sql), ("extra/notes.sql", "-- nothing declared here\n"));
        var project = SchemaProject.Load(folder.Root);
        var options = new ShadowBuildOptions { CacheDirectory = cacheDirectory };
        var built = await ShadowBuild.BuildAsync(project, TestServer.Server, options);
        Assert.That(built.FromCache, Is.False);

        using var loads = new ProjectLoads();
        var hit = await ShadowBuild.TryReadCacheAsync(folder.Root, options);
        var ignored = await ShadowBuild.TryReadCacheAsync(folder.Root, options with { ReadCache = false });

        Assert.That(loads.Of(folder.Root), Is.Zero);
        Assert.That(hit, Is.Not.Null);
        Assert.That(hit!.Model, Is.EqualTo(built.Model));
        Assert.That(hit.Project, Is.EqualTo(ProjectSummary.Of(project)).Using<ProjectSummary>(SameSummary));
        Assert.That((hit.Project.Files, hit.Project.Statements), Is.EqualTo((2, 2)));
        Assert.That(hit.Project.Declarations, Is.EqualTo(ProjectSummary.Of(project).Declarations), "drift's files and lines survive the cache");
        Assert.That(hit.Project.Declarations.Select(d => (d.Name.ToString(), d.Location.File, d.Location.Line)), Does.Contain(
            ("table public.sites", Path.Combine(folder.Root, "tables", "sites.sql"), 1)));
        Assert.That(ignored, Is.Null, "--no-cache must not read the cache");

        folder.Write("extra/notes.sql", "-- an edit\n");
        Assert.That(await ShadowBuild.TryReadCacheAsync(folder.Root, options), Is.Null, "any edit changes the key");
    }

    [Test]
    public async Task Warnings_come_back_under_the_folder_being_built_and_other_paths_as_stored()
    {
        var cache = new ModelCache(cacheDirectory);
        var stored = Path.Combine("first", "checkout");
        var inFile = new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ExtensionUnavailable,
            Path.Combine(stored, "tables", "sites.sql"), 3, 7, "extension x is not installed here");
        var elsewhere = new Diagnostic(DiagnosticSeverity.Warning, "SS9999", "surveyschema", 0, 0, "a remark about no file");
        var declared = new ObjectDeclaration(
            new Parsing.Dependencies.SchemaObjectName(Parsing.Dependencies.SchemaObjectKind.Table, "public", "sites"),
            new SourceLocation(Path.Combine(stored, "tables", "sites.sql"), 2, 14));
        await cache.WriteAsync("k", new ModelCacheEntry(DatabaseModel.Empty, new ProjectSummary(stored, 4, 9, [inFile, elsewhere]) { Declarations = [declared] }), CancellationToken.None);

        var read = await cache.TryReadAsync("k", "/somewhere/else", CancellationToken.None);

        Assert.That(read, Is.Not.Null);
        Assert.That(read!.Model, Is.EqualTo(DatabaseModel.Empty));
        Assert.That((read.Project.Directory, read.Project.Files, read.Project.Statements), Is.EqualTo(("/somewhere/else", 4, 9)));
        Assert.That(read.Project.Diagnostics.Select(d => d.ToCanonicalString()), Is.EqualTo(new[]
        {
            $"{Path.Combine("/somewhere/else", "tables", "sites.sql")}(3,7): warning SS0204: extension x is not installed here",
            "surveyschema: warning SS9999: a remark about no file",
        }));
        Assert.That(read.Project.Declarations.Single().Location, Is.EqualTo(new SourceLocation(Path.Combine("/somewhere/else", "tables", "sites.sql"), 2, 14)),
            "a declaration, like a warning, comes back under the folder being built");
    }

    [Test]
    public async Task An_entry_of_an_older_format_another_version_or_damaged_misses()
    {
        var cache = new ModelCache(cacheDirectory);
        await cache.WriteAsync("k", new ModelCacheEntry(DatabaseModel.Empty, new ProjectSummary("p", 1, 1, [])), CancellationToken.None);
        var projectFile = Path.Combine(cacheDirectory, "k.project.json");
        var declarationsFile = Path.Combine(cacheDirectory, "k.declarations.json");
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Not.Null);
        var current = await File.ReadAllTextAsync(projectFile);
        Assert.That(current, Does.StartWith("{\"version\":3,"));

        // Version 2 kept the declarations in the project file: read as version 3 it would give drift reports
        // without files and lines.
        await File.WriteAllTextAsync(projectFile, current.Replace("\"version\":3", "\"version\":2", StringComparison.Ordinal));
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "another version");

        await File.WriteAllTextAsync(projectFile, current[..^3]);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a damaged project file");

        await File.WriteAllTextAsync(projectFile, "{\"version\":3,\"files\":1}");
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a project file missing fields");

        await File.WriteAllTextAsync(projectFile, current);
        var model = await File.ReadAllTextAsync(cache.PathOf("k"));
        await File.WriteAllTextAsync(cache.PathOf("k"), model[..^2]);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a damaged model file");
        await File.WriteAllTextAsync(cache.PathOf("k"), model.Replace("\"schemas\":", "\"schemata\":", StringComparison.Ordinal));
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a model file of another shape");
        await File.WriteAllTextAsync(cache.PathOf("k"), model.Replace("\"schemas\":", "\"schemaz\":", StringComparison.Ordinal));
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a model file of another shape, as long");
        await File.WriteAllTextAsync(cache.PathOf("k"), model);

        var indexFile = Path.Combine(cacheDirectory, "k.model.index");
        var index = await File.ReadAllBytesAsync(indexFile);
        await File.WriteAllBytesAsync(indexFile, index[..^1]);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a damaged index");
        File.Delete(indexFile);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "an entry without its index");
        await File.WriteAllBytesAsync(indexFile, index);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Not.Null, "whole again");

        var fingerprintFile = Path.Combine(cacheDirectory, "k.fingerprint");
        var fingerprint = await File.ReadAllTextAsync(fingerprintFile);
        await File.WriteAllTextAsync(fingerprintFile, fingerprint[..^1]);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a damaged fingerprint");
        await File.WriteAllTextAsync(fingerprintFile, fingerprint.ToUpperInvariant());
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a fingerprint Fingerprint.Of would not spell");
        File.Delete(fingerprintFile);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "an entry without its fingerprint");
        await File.WriteAllTextAsync(fingerprintFile, fingerprint);

        File.Delete(declarationsFile);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "an entry without its declarations");

        // The first format: <key>.model.json alone.
        File.Delete(projectFile);
        Assert.That(File.Exists(cache.PathOf("k")), Is.True);
        Assert.That(await cache.TryReadAsync("k", "p", CancellationToken.None), Is.Null, "a model without its project file");
    }

    [Test]
    public async Task A_hit_brings_the_fingerprint_taken_when_the_entry_was_written_instead_of_computing_it_again()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", Sql));
        var options = new ShadowBuildOptions { CacheDirectory = cacheDirectory };
        var built = (await ShadowBuild.BuildAsync(SchemaProject.Load(folder.Root), TestServer.Server, options)).Model!;
        var key = Path.GetFileNameWithoutExtension(Directory.GetFiles(cacheDirectory, "*.fingerprint").Single());
        var fingerprintFile = Path.Combine(cacheDirectory, key + ".fingerprint");
        Assert.That(await File.ReadAllTextAsync(fingerprintFile), Is.EqualTo(Fingerprint.Of(built)));

        // Another well-formed value in the file is what a hit's model answers: proof that it is recalled, not computed.
        var stored = new string('0', 64);
        await File.WriteAllTextAsync(fingerprintFile, stored);
        var hit = await ShadowBuild.TryReadCacheAsync(folder.Root, options);

        Assert.That(hit, Is.Not.Null);
        Assert.That(Fingerprint.Of(hit!.Model), Is.EqualTo(stored));
        Assert.That(Fingerprint.Of(hit.Model with { }), Is.EqualTo(Fingerprint.Of(built)), "a copy of the model is computed as ever");
    }

    /// <summary>A diff reads the cache while it reads its target, and the cached model takes the target's equal tables.</summary>
    [Test]
    public async Task A_hit_waits_for_the_model_to_share_and_takes_its_equal_tables()
    {
        const string Other = "CREATE TABLE public.plots (id integer PRIMARY KEY, site integer REFERENCES public.sites (id));\n";
        using var folder = SchemaFolder.Create(("tables/sites.sql", Sql), ("tables/plots.sql", Other));
        var options = new ShadowBuildOptions { CacheDirectory = cacheDirectory };
        var built = (await ShadowBuild.BuildAsync(SchemaProject.Load(folder.Root), TestServer.Server, options)).Model!;
        // The target: plots as built, sites with another comment.
        var target = (built with
        {
            Tables = [.. built.Tables.Select(t => t.Name.Name == "sites" ? t with { Comment = "Drifted" } : t with { })],
        }).ToCanonical();
        var targetModel = new TaskCompletionSource<DatabaseModel?>(TaskCreationOptions.RunContinuationsAsynchronously);

        var reading = ShadowBuild.TryReadCacheAsync(folder.Root, options, CancellationToken.None, targetModel.Task);
        targetModel.SetResult(target);
        var hit = await reading;

        Assert.That(hit, Is.Not.Null);
        Assert.That(hit!.Model, Is.EqualTo(built));
        Assert.That(Fingerprint.Of(hit.Model), Is.EqualTo(Fingerprint.Of(built with { })));
        var plots = hit.Model.Tables.Single(t => t.Name.Name == "plots");
        var sites = hit.Model.Tables.Single(t => t.Name.Name == "sites");
        Assert.That(plots, Is.SameAs(target.Tables.Single(t => t.Name.Name == "plots")), "equal: the target's instance");
        Assert.That(sites.Comment, Is.EqualTo("Sites"), "drifted: the cache's own");
    }

    [Test]
    public async Task A_hit_whose_model_to_share_is_null_parses_every_table()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", Sql));
        var options = new ShadowBuildOptions { CacheDirectory = cacheDirectory };
        var built = (await ShadowBuild.BuildAsync(SchemaProject.Load(folder.Root), TestServer.Server, options)).Model!;

        var hit = await ShadowBuild.TryReadCacheAsync(folder.Root, options, CancellationToken.None, Task.FromResult<DatabaseModel?>(null));

        Assert.That(hit?.Model, Is.EqualTo(built));
        Assert.That(hit!.Model.Tables.Single(), Is.Not.SameAs(built.Tables.Single()));
    }

    [Test]
    public async Task Declarations_are_read_only_when_asked_and_a_damaged_file_then_gives_none()
    {
        var cache = new ModelCache(cacheDirectory);
        var declared = new ObjectDeclaration(
            new Parsing.Dependencies.SchemaObjectName(Parsing.Dependencies.SchemaObjectKind.Table, "public", "sites"),
            new SourceLocation(Path.Combine("p", "sites.sql"), 3, 1));
        await cache.WriteAsync("k", new ModelCacheEntry(DatabaseModel.Empty, new ProjectSummary("p", 1, 1, []) { Declarations = [declared] }), CancellationToken.None);
        var declarationsFile = Path.Combine(cacheDirectory, "k.declarations.json");

        var hit = await cache.TryReadAsync("k", "p", CancellationToken.None);
        Assert.That(hit, Is.Not.Null);
        Assert.That(hit!.Project.Declarations, Is.EqualTo(new[] { declared }), "read when first asked");

        var second = await cache.TryReadAsync("k", "p", CancellationToken.None);
        await File.WriteAllTextAsync(declarationsFile, "{\"version\":3,\"declarations\":[");
        Assert.That(second, Is.Not.Null);
        Assert.That(second!.Project.Declarations, Is.Empty, "damaged after the hit: no files and lines, no failure");
    }

    [Test]
    public void The_key_is_the_same_from_the_folder_and_from_the_loaded_project()
    {
        using var folder = SchemaFolder.Create(("tables/sites.sql", Sql));
        var project = SchemaProject.Load(folder.Root);

        Assert.That(ModelCache.KeyOf(ProjectFiles.ContentHash(folder.Root), CatalogOptions.Default),
            Is.EqualTo(ModelCache.KeyOf(project.ContentHash, CatalogOptions.Default)));
    }

    private static bool SameSummary(ProjectSummary a, ProjectSummary b) =>
        (a.Directory, a.Files, a.Statements) == (b.Directory, b.Files, b.Statements) && a.Diagnostics.SequenceEqual(b.Diagnostics);
}
