using System.Diagnostics;
using SurveySchema.Benchmarks;
using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Benchmarks.Reporting;
using SurveySchema.Benchmarks.Suites;
using SurveySchema.Benchmarks.Synthetic;
using SurveySchema.Model;
using SurveySchema.Server;

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (FormatException exception)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message}\n{BenchArguments.Usage}");
    return 1;
}

if (arguments.Emit is { } emit)
{
    foreach (var size in arguments.Sizes)
    {
        var directory = Path.Combine(emit, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SyntheticSchema.Generate(size, arguments.Seed).WriteProject(directory);
        await Console.Error.WriteLineAsync($"wrote {directory}");
    }

    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var clock = Stopwatch.StartNew();
await using var load = new LoadMonitor();
void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

var startedAt = DateTimeOffset.UtcNow;
var token = cancellation.Token;
Log("starting the embedded PostgreSQL");
await using var embedded = await EmbeddedPostgres.StartAsync(token);
var pgBin = arguments.PgBin ?? $"/usr/lib/postgresql/{embedded.MajorVersion}/bin";
var pgDump = new PgDump(pgBin, embedded.Port);
var machine = await MachineInfo.DescribeAsync(embedded.Server.AdminConnectionString, await pgDump.VersionAsync(token), token);
using var commands = new CommandLog();
var cpuLog = File.Exists(embedded.LogFile) ? new ServerCpuLog(embedded.LogFile, embedded.Server.AdminConnectionString) : null;
var workspace = Directory.CreateTempSubdirectory("surveyschema-bench-").FullName;
var catalogResults = new List<CatalogResult>();
var shadowResults = new List<ShadowBuildTimings>();
var diffResults = new List<DiffTimings>();
var endToEndResults = new List<EndToEndResult>();
OnlineDeployResult? onlineResult = null;
var suiteFailures = new List<string>();
var originalPage = !arguments.Suites.Overlaps(["catalog", "shadow", "diff"]) && arguments.Out is { } existing && File.Exists(existing)
    ? await File.ReadAllTextAsync(existing, token)
    : null;
try
{
    if (arguments.Suites.Overlaps(["catalog", "shadow", "diff"]))
    {
        // Every stage once on a small schema first, so that JIT compilation and first-use costs (Dapper's
        // emitted readers, libpg_query's loading) are not billed to the first size measured.
        Log("warm-up pass (20 tables)");
        await RunSizeAsync(20, warmUp: true);
        foreach (var size in arguments.Sizes)
        {
            await RunSizeAsync(size, warmUp: false);
        }
    }

    // Whole processes: each run starts the tool anew, so there is nothing to warm up in this process.
    var tools = new EndToEndTools(Path.GetFullPath(arguments.Cli), pgBin, arguments.Peer is { } peer ? Path.GetFullPath(peer) : null);
    if (arguments.Suites.Contains("online"))
    {
        Log($"online deploy, {Format.Count(arguments.OnlineRows)} rows");
        try
        {
            onlineResult = await new OnlineDeployBenchmark(embedded, tools, workspace, Log)
                .RunAsync(Path.GetFullPath("schema"), arguments.OnlineRows, TimeSpan.FromSeconds(arguments.OnlineBaselineSeconds), token);
        }
        catch (InvalidOperationException exception)
        {
            Log($"online deploy FAILED: {exception.Message}");
            suiteFailures.Add($"online deploy: {exception.Message.Split('\n')[0]}");
        }

        await WritePageAsync();
    }

    if (arguments.Suites.Contains("e2e"))
    {
        foreach (var size in arguments.EndToEndSizes)
        {
            Log($"end to end, {Format.Count(size)} tables");
            var schema = SyntheticSchema.Generate(size, arguments.Seed);
            try
            {
                endToEndResults.Add(await new EndToEndBenchmark(embedded, tools, workspace, Log)
                    .RunAsync(schema, arguments.Repetitions, arguments.BuildRepetitionsFor(size), token));
            }
            catch (InvalidOperationException exception)
            {
                // A process that failed (its output is in the message) loses its size, not the whole run's report.
                Log($"end to end at {size} tables FAILED: {exception.Message}");
                suiteFailures.Add($"end to end, {Format.Count(size)} tables: {exception.Message.Split('\n')[0]}");
            }

            await WritePageAsync();
        }
    }
}
finally
{
    Directory.Delete(workspace, recursive: true);
}

await WritePageAsync();
if (arguments.Out is null)
{
    Console.Write(RenderPage());
}

Log($"done in {Format.Seconds(clock.Elapsed)}");
return 0;

// A run of only the whole-process suites replaces their sections in an existing page and keeps the rest;
// the page is rewritten after each of their sizes, so a run stopped early still leaves what it measured.
string RenderPage()
{
    var results = new BenchmarkResults(arguments, machine, startedAt, clock.Elapsed, load.Summary, catalogResults, shadowResults, diffResults)
    {
        EndToEnd = endToEndResults,
        Online = onlineResult,
        Failures = suiteFailures,
    };
    return originalPage is null ? MarkdownReport.Render(results) : EndToEndReport.Splice(originalPage, results);
}

async Task WritePageAsync()
{
    if (arguments.Out is { } outPath)
    {
        await File.WriteAllTextAsync(outPath, RenderPage(), CancellationToken.None);
        Log($"wrote {outPath}");
    }
}

async Task RunSizeAsync(int tables, bool warmUp)
{
    var repetitions = warmUp ? 1 : arguments.Repetitions;
    var buildRepetitions = warmUp ? 1 : arguments.BuildRepetitionsFor(tables);
    if (!warmUp)
    {
        Log($"{Format.Count(tables)} tables");
    }

    var schema = SyntheticSchema.Generate(tables, arguments.Seed);
    var project = Path.Combine(workspace, $"project-{tables}");
    schema.WriteProject(project);

    string? catalogFingerprint = null;
    if (arguments.Suites.Contains("catalog"))
    {
        var (catalog, database, model) = await new CatalogBenchmark(embedded.Server, pgDump, commands, cpuLog, Log).RunAsync(schema, repetitions, token);
        await using (database)
        {
            catalogFingerprint = Fingerprint.Of(model);
            if (arguments.Suites.Contains("diff"))
            {
                var diff = await new DiffBenchmark(Log).RunAsync(schema, database, model, repetitions, token);
                if (!warmUp)
                {
                    diffResults.Add(diff);
                }
            }
        }

        if (!warmUp)
        {
            catalogResults.Add(catalog);
        }
    }

    if (arguments.Suites.Contains("shadow"))
    {
        var shadow = await new ShadowBuildBenchmark(embedded.Server, commands, Log)
            .RunAsync(project, tables, repetitions, buildRepetitions, catalogFingerprint, token);
        if (!warmUp)
        {
            shadowResults.Add(shadow);
        }
    }

    Directory.Delete(project, recursive: true);
}
