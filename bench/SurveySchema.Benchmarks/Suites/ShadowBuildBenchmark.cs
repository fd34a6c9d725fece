using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Server;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>The phases of one cold shadow build, from Npgsql's trace of its round trips.</summary>
/// <param name="CloneTemplate">CREATE DATABASE … TEMPLATE of the PostGIS template.</param>
/// <param name="Apply">The statement batches (from the end of the clone to the start of the read), including
/// connecting and trimming the template's extensions.</param>
/// <param name="Read">From the catalog reader's first round trip to the DROP DATABASE: the catalog queries,
/// building the model and writing it to the model cache.</param>
/// <param name="Drop">DROP DATABASE … WITH (FORCE).</param>
internal sealed record BuildPhases(TimeSpan CloneTemplate, TimeSpan Apply, TimeSpan Read, TimeSpan Drop);

/// <summary>What the shadow-build benchmark measured at one size.</summary>
/// <param name="Parse">SchemaProject.Load: read, parse (libpg_query), classify and order the files.</param>
/// <param name="Build">ShadowBuild.BuildAsync without reading the cache (<c>build --no-cache</c>).</param>
/// <param name="Phases">Median of each phase over the build runs.</param>
/// <param name="Cached">The cache lookup by the files' content hash, no parse: <c>build</c> of an unchanged project.</param>
/// <param name="CacheRead">Median of reading the entry alone (the model file and the project summary), after hashing the files.</param>
/// <param name="SameAsCatalog">Whether the shadow-built model's fingerprint equals the model read from the
/// database loaded directly with the same DDL.</param>
internal sealed record ShadowBuildTimings(
    int Tables,
    int Files,
    int Statements,
    Measurement Parse,
    Measurement Build,
    BuildPhases Phases,
    Measurement Cached,
    TimeSpan CacheRead,
    bool? SameAsCatalog);

/// <summary>Times the engine of <c>surveyschema build</c> on a generated project folder.</summary>
internal sealed class ShadowBuildBenchmark(PostgresServer server, CommandLog commands, Action<string> log)
{
    private readonly CatalogQueryNames queryNames = new();

    public async Task<ShadowBuildTimings> RunAsync(
        string projectDirectory, int tables, int repetitions, int buildRepetitions, string? catalogFingerprint,
        CancellationToken cancellationToken)
    {
        SchemaProject? project = null;
        var parse = await Runner.MeasureAsync("parse (SchemaProject.Load)", repetitions, () =>
        {
            project = SchemaProject.Load(projectDirectory, cancellationToken);
            return Task.CompletedTask;
        }, keepFirst: true, log: log).ConfigureAwait(false);
        if (project!.HasErrors)
        {
            throw new InvalidOperationException("the generated project has errors:\n"
                + string.Join('\n', project.Diagnostics.Where(d => d.IsError).Take(20)));
        }

        var cacheDirectory = Directory.CreateTempSubdirectory("surveyschema-bench-cache-").FullName;
        try
        {
            var fresh = new ShadowBuildOptions { CacheDirectory = cacheDirectory, ReadCache = false, DatabasePrefix = "bench_shadow" };
            DatabaseModel? model = null;
            var phases = new List<BuildPhases>();
            var build = await Runner.MeasureAsync("shadow build (no cache)", buildRepetitions, async () =>
            {
                commands.Clear();
                var result = await ShadowBuild.BuildAsync(project, server, fresh, cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("the shadow build failed:\n" + string.Join('\n', result.Diagnostics.Take(20)));
                }

                model = result.Model;
                phases.Add(PhasesOf(commands.Snapshot()));
            }, warmUp: false, log: log, tolerate: exception => exception is Npgsql.NpgsqlException).ConfigureAwait(false);
            if (build.Runs.Count == 0)
            {
                throw new InvalidOperationException($"every shadow build of {tables} tables failed: {build.Failures[0]}");
            }

            var cachedOptions = fresh with { ReadCache = true };
            var cacheReads = new List<TimeSpan>();
            var cached = await Runner.MeasureAsync("cached rebuild (hash + cache read)", repetitions, async () =>
            {
                // ShadowBuild.TryReadCacheAsync's two steps, so that the read can be timed apart from the hash.
                var contentHash = ProjectFiles.ContentHash(projectDirectory);
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                var hit = await new ModelCache(cacheDirectory)
                    .TryReadAsync(ModelCache.KeyOf(contentHash, cachedOptions.Catalog), projectDirectory, cancellationToken).ConfigureAwait(false);
                cacheReads.Add(stopwatch.Elapsed);
                if (hit is null)
                {
                    throw new InvalidOperationException("the model cache missed after a build");
                }
            }, warmUp: false, log: log).ConfigureAwait(false);

            var same = catalogFingerprint is null ? (bool?)null : Fingerprint.Of(model!) == catalogFingerprint;
            return new ShadowBuildTimings(
                tables, project.Files.Length, project.Statements.Length, parse, build, Median(phases), cached, Durations.Median(cacheReads), same);
        }
        finally
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }
    }

    /// <summary>Splits one build's trace at the clone, the catalog reader's first round trip and the drop.</summary>
    private BuildPhases PhasesOf(IReadOnlyList<TracedCommand> trace)
    {
        var clone = trace.FirstOrDefault(c => c.Text.StartsWith("CREATE DATABASE", StringComparison.Ordinal));
        var drop = trace.LastOrDefault(c => c.Text.StartsWith("DROP DATABASE", StringComparison.Ordinal));
        var read = trace.FirstOrDefault(c => queryNames.NameOf(c) == CatalogQueryNames.Settings);
        if (clone is null || drop is null || read is null)
        {
            // Npgsql did not trace the commands' text: no split, rather than a wrong one.
            return new BuildPhases(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        }

        return new BuildPhases(clone.Duration, read.StartUtc - clone.EndUtc, drop.StartUtc - read.StartUtc, drop.Duration);
    }

    private static BuildPhases Median(List<BuildPhases> phases) => new(
        Durations.Median(phases.Select(p => p.CloneTemplate)),
        Durations.Median(phases.Select(p => p.Apply)),
        Durations.Median(phases.Select(p => p.Read)),
        Durations.Median(phases.Select(p => p.Drop)));
}
