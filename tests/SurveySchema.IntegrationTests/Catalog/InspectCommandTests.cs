using System.CommandLine;
using SurveySchema.Catalog;
using SurveySchema.Cli;
using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary><c>surveyschema inspect</c>, run in-process: model file, counts, fingerprint as last line.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class InspectCommandTests
{
    [Test]
    public async Task Inspect_writes_the_model_and_ends_with_its_fingerprint()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.sites (id integer PRIMARY KEY, geom geometry(Point, 2277));
            CREATE TABLE public.visits (id integer PRIMARY KEY, site integer REFERENCES public.sites);
            """);
        var folder = Directory.CreateTempSubdirectory("surveyschema-inspect-").FullName;
        try
        {
            var outPath = Path.Combine(folder, "out", "live.json");
            var (exitCode, output, error) = await RunAsync("inspect", "--connection", database.ConnectionString, "--out", outPath);

            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            var expected = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, CancellationToken.None);
            var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToArray();
            Assert.That(lines[^1], Is.EqualTo($"fingerprint: {Fingerprint.Of(expected)}"));
            Assert.That(lines.Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))),
                Does.Contain("tables 2").And.Contain("constraints 3").And.Contain("extensions 2").And.Contain("functions 0"));
            Assert.That(await ModelJson.ReadFileAsync(outPath), Is.EqualTo(expected));
            Assert.That(await File.ReadAllTextAsync(outPath), Is.EqualTo(ModelJson.Serialize(expected)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Inspect_without_out_writes_no_model_and_prints_the_same_fingerprint()
    {
        await using var database = await CatalogDatabase.CreateAsync("CREATE TABLE public.sites (id integer PRIMARY KEY);");
        var (exitCode, output, error) = await RunAsync("inspect", "--connection", database.ConnectionString);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
        var expected = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, CancellationToken.None);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.That(lines[^1], Is.EqualTo($"fingerprint: {Fingerprint.Of(expected)}"));
        Assert.That(lines, Has.None.StartsWith("model: "));
    }

    [Test]
    public async Task Inspect_says_when_the_catalogs_are_unchanged_and_reads_them_again_after_a_change()
    {
        await using var database = await CatalogDatabase.CreateAsync("CREATE TABLE public.sites (id integer PRIMARY KEY);");
        var cache = Directory.CreateTempSubdirectory("surveyschema-inspect-cache-").FullName;
        try
        {
            string[] inspect = ["inspect", "--connection", database.ConnectionString, "--cache-dir", cache];
            var first = await RunAsync(inspect);
            var second = await RunAsync(inspect);
            var forced = await RunAsync([.. inspect, "--no-cache"]);
            await database.ExecuteAsync("ALTER TABLE public.sites ADD COLUMN name text");
            var changed = await RunAsync(inspect);

            Assert.That(new[] { first.ExitCode, second.ExitCode, forced.ExitCode, changed.ExitCode }, Is.All.EqualTo(ExitCodes.Success));
            Assert.That(first.Output, Does.Not.Contain("catalogs unchanged"));
            Assert.That(second.Output, Does.Contain("catalogs unchanged since the read of "));
            Assert.That(forced.Output, Does.Not.Contain("catalogs unchanged"));
            Assert.That(changed.Output, Does.Not.Contain("catalogs unchanged"));
            Assert.That(LastLine(second.Output), Is.EqualTo(LastLine(first.Output)));
            var expected = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, CancellationToken.None);
            Assert.That(LastLine(changed.Output), Is.EqualTo($"fingerprint: {Fingerprint.Of(expected)}"));
            Assert.That(second.Output.Replace(second.Output.Split('\n')[1] + "\n", ""), Is.EqualTo(first.Output),
                "a cached answer prints what the read printed, and one line more");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    private static string LastLine(string output) => output.TrimEnd().Split('\n')[^1].TrimEnd();

    [Test]
    public async Task Inspect_of_an_unreachable_server_fails_without_showing_the_password()
    {
        var folder = Directory.CreateTempSubdirectory("surveyschema-inspect-").FullName;
        try
        {
            var (exitCode, output, error) = await RunAsync(
                "inspect",
                "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=Hidden-Pass-9;Database=d;Timeout=2",
                "--out", Path.Combine(folder, "m.json"));

            Assert.That(exitCode, Is.EqualTo(ExitCodes.Error));
            Assert.That(error, Does.StartWith("error: ").And.Not.Contain("Hidden-Pass-9"));
            Assert.That(output, Does.Not.Contain("Hidden-Pass-9").And.Not.Contain("fingerprint"));
            Assert.That(File.Exists(Path.Combine(folder, "m.json")), Is.False);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
