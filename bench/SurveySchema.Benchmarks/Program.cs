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
var pgDump = new PgDump(arguments.PgBin ?? $"/usr/lib/postgresql/{embedded.MajorVersion}/bin", embedded.Port);
var machine = await MachineInfo.DescribeAsync(embedded.Server.AdminConnectionString, await pgDump.VersionAsync(token), token);
using var commands = new CommandLog();
var cpuLog = File.Exists(embedded.LogFile) ? new ServerCpuLog(embedded.LogFile, embedded.Server.AdminConnectionString) : null;
var workspace = Directory.CreateTempSubdirectory("surveyschema-bench-").FullName;
var catalogResults = new List<CatalogResult>();
var shadowResults = new List<ShadowBuildTimings>();
var diffResults = new List<DiffTimings>();
try
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
finally
{
    Directory.Delete(workspace, recursive: true);
}

var results = new BenchmarkResults(arguments, machine, startedAt, clock.Elapsed, load.Summary, catalogResults, shadowResults, diffResults);
var markdown = MarkdownReport.Render(results);
if (arguments.Out is { } outPath)
{
    await File.WriteAllTextAsync(outPath, markdown, token);
    Log($"wrote {outPath}");
}
else
{
    Console.Write(markdown);
}

Log($"done in {Format.Seconds(clock.Elapsed)}");
return 0;

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
