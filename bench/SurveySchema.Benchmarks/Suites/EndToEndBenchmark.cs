using System.Globalization;
using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Benchmarks.Synthetic;
using SurveySchema.Server;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>What the end-to-end suite measured at one size: whole processes, side by side, on one database.</summary>
/// <param name="PgDump"><c>pg_dump --schema-only</c> to a file: the yardstick.</param>
/// <param name="Inspect"><c>surveyschema inspect</c> without <c>--out</c>, the catalogs unchanged since the last
/// inspect: counts and fingerprint, answered from the catalog cache.</param>
/// <param name="InspectChanged">The same right after a change to the catalogs (a COMMENT, not timed): the catalogs read,
/// the cache entry written.</param>
/// <param name="InspectOut"><c>surveyschema inspect --out FILE</c>: the catalogs read (the model is needed, which the
/// cache does not keep) and the model written.</param>
/// <param name="DiffWarm"><c>surveyschema diff</c> of a project built before (its model comes from the cache).</param>
/// <param name="DiffCold"><c>surveyschema diff --no-cache</c>: parse, shadow build on the same server, read back, plan.</param>
/// <param name="PeerLoad">Creating a database and loading the desired schema into it with psql, as a peer that
/// diffs two live databases needs; null when no peer ran.</param>
/// <param name="PeerDiff">The peer's diff of the two live databases; null when no peer ran.</param>
/// <param name="Stages">One more run of inspect and of the warm diff each with the CLI's stage trace on
/// (<c>SURVEYSCHEMA_TRACE=timings</c>): the lines it printed, by command; not part of the medians.</param>
internal sealed record EndToEndResult(
    int Tables,
    int ChangedTables,
    Measurement PgDump,
    Measurement Inspect,
    Measurement InspectChanged,
    Measurement InspectOut,
    Measurement DiffWarm,
    Measurement DiffCold,
    Measurement? PeerLoad,
    Measurement? PeerDiff,
    long ModelBytes,
    long ScriptBytes,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Stages)
{
    public double InspectRatio => Inspect.Median / PgDump.Median;

    public double InspectChangedRatio => InspectChanged.Median / PgDump.Median;

    public double DiffWarmRatio => DiffWarm.Median / PgDump.Median;

    /// <summary>Cold diff over (peer load + peer diff); null without a peer.</summary>
    public double? DiffColdToPeer => PeerLoad is null || PeerDiff is null ? null : DiffCold.Median / (PeerLoad.Median + PeerDiff.Median);
}

/// <summary>Where the end-to-end suite's programs are.</summary>
/// <param name="Cli">The <c>surveyschema</c> executable (built in Release by bench/run.sh).</param>
/// <param name="PgBin">PostgreSQL's programs (pg_dump, psql, pgbench).</param>
/// <param name="Peer">A peer differ's command (<c>migra</c> of @pgkit/migra), or null to skip it.</param>
internal sealed record EndToEndTools(string Cli, string PgBin, string? Peer);

/// <summary>Runs the commands a user runs, as new processes, against a generated database on the embedded
/// server: pg_dump, inspect, diff with a cached project and with a cold one, and the peer differ.</summary>
/// <remarks>The live database is the generated schema with about 1 % of its tables changed
/// (<see cref="SyntheticChanges"/>); the project is the generated schema as files, so every diff has work to do.
/// Its sessions have JIT on, as on a stock server (<see cref="BenchDatabase.UseStockJitAsync"/>).
/// pg_dump and the inspect runs alternate round by round, so all three see the same load.</remarks>
internal sealed class EndToEndBenchmark(EmbeddedPostgres embedded, EndToEndTools tools, string workspace, Action<string> log)
{
    public async Task<EndToEndResult> RunAsync(SyntheticSchema schema, int repetitions, int coldRepetitions, CancellationToken cancellationToken)
    {
        var server = embedded.Server;
        var tables = schema.Tables.Count;
        var folder = Path.Combine(workspace, $"e2e-{tables}");
        var project = Path.Combine(folder, "project");
        var run = Path.Combine(folder, "run");
        Directory.CreateDirectory(run);
        schema.WriteProject(project);

        var changes = SyntheticChanges.For(schema);
        await using var live = await BenchDatabase.CreateAsync(server, "e2e_live", cancellationToken).ConfigureAwait(false);
        var load = await Runner.TimeAsync(async () =>
        {
            await live.ApplyAsync(schema.Statements, cancellationToken).ConfigureAwait(false);
            await live.ApplyAsync(changes.SelectMany(c => c.Statements), cancellationToken).ConfigureAwait(false);
            await live.SettleCatalogsAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        await live.UseStockJitAsync(cancellationToken).ConfigureAwait(false);
        log($"  e2e: live database loaded in {Format.Seconds(load.Elapsed)} ({changes.Count} tables changed)");

        var connection = live.ConnectionString;
        var pgDump = Path.Combine(tools.PgBin, "pg_dump");
        var dumpFile = Path.Combine(folder, "dump.sql");
        var modelFile = Path.Combine(folder, "live.model.json");
        var scriptFile = Path.Combine(run, "migration.sql");
        string[] dumpArguments = ["--schema-only", "--no-password", "--host", "127.0.0.1", "--port", Port, "--username", "postgres", "--file", dumpFile, live.Name];

        // Round 0 is the first run of each (kept apart), then the recorded rounds; the order within a round
        // rotates so that none of the three always runs right after another.
        // The inspect runs keep their catalog cache in the workspace, not in the user's ~/.cache. A plain inspect
        // always follows a run that left the cache current (each of the others writes the entry), so it is the
        // unchanged case after round 0; the changed one changes a comment first.
        string[] inspect = ["inspect", "--connection", connection, "--cache-dir", Path.Combine(folder, "catalog-cache")];
        var comments = 0;
        var runs = new Dictionary<string, List<Sample>>(StringComparer.Ordinal) { ["dump"] = [], ["inspect"] = [], ["inspect-changed"] = [], ["inspect-out"] = [] };
        var firsts = new Dictionary<string, Sample>(StringComparer.Ordinal);
        var steps = new (string Name, Func<Task<ProcessResult>> Run)[]
        {
            ("dump", () => ProcessRun.RunAsync(pgDump, dumpArguments, folder, cancellationToken)),
            ("inspect", () => Cli(inspect, run, cancellationToken)),
            ("inspect-changed", async () =>
            {
                await live.ApplyAsync([$"COMMENT ON SCHEMA public IS 'inspect run {++comments}'"], cancellationToken).ConfigureAwait(false);
                return await Cli(inspect, run, cancellationToken).ConfigureAwait(false);
            }),
            ("inspect-out", () => Cli([.. inspect, "--out", modelFile], run, cancellationToken)),
        };
        for (var round = 0; round <= repetitions; round++)
        {
            for (var turn = 0; turn < steps.Length; turn++)
            {
                var (name, step) = steps[(turn + round) % steps.Length];
                var ran = await step().ConfigureAwait(false);
                log($"  e2e {name}: {(round == 0 ? "first" : $"run {round}/{repetitions}")} {Format.Seconds(ran.Elapsed)}, {Format.Megabytes(ran.PeakBytes)}");
                if (round == 0)
                {
                    firsts[name] = ran.Sample;
                }
                else
                {
                    runs[name].Add(ran.Sample);
                }
            }
        }

        Measurement Of(string name) => new(name, firsts[name], runs[name]);

        // diff exits 0 whether or not there are differences (no --exit-code); the script must hold them all.
        string[] diff = ["diff", "--project", project, "--connection", connection, "--dev-connection", server.AdminConnectionString, "--out", scriptFile];
        var cold = await MeasureAsync("diff cold", coldRepetitions, () => Cli([.. diff, "--no-cache"], run, cancellationToken), keepFirst: false).ConfigureAwait(false);
        var warm = await MeasureAsync("diff warm", repetitions, () => Cli(diff, run, cancellationToken), keepFirst: true).ConfigureAwait(false);
        var script = await File.ReadAllTextAsync(scriptFile, cancellationToken).ConfigureAwait(false);
        if (changes.Any(c => !script.Contains(c.Table, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"the diff's script misses changed tables:\n{script}");
        }

        async Task<IReadOnlyList<string>> TracedChangedAsync()
        {
            await live.ApplyAsync([$"COMMENT ON SCHEMA public IS 'inspect run {++comments}'"], cancellationToken).ConfigureAwait(false);
            return await TracedAsync(inspect, run, cancellationToken).ConfigureAwait(false);
        }

        // Traced runs come after the measured ones, so the listener's own cost never enters a median.
        var stages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["inspect"] = await TracedAsync(inspect, run, cancellationToken).ConfigureAwait(false),
            ["inspect after a change"] = await TracedChangedAsync().ConfigureAwait(false),
            ["diff warm"] = await TracedAsync(diff, run, cancellationToken).ConfigureAwait(false),
        };

        var (peerLoad, peerDiff) = tools.Peer is null ? (null, null) : await PeerAsync(schema, live, folder, coldRepetitions, cancellationToken).ConfigureAwait(false);
        var result = new EndToEndResult(
            tables, changes.Count, Of("dump"), Of("inspect"), Of("inspect-changed"), Of("inspect-out"), warm, cold, peerLoad, peerDiff,
            new FileInfo(modelFile).Length, new FileInfo(scriptFile).Length, stages);
        Directory.Delete(folder, recursive: true);
        return result;
    }

    private string Port => embedded.Port.ToString(CultureInfo.InvariantCulture);

    private Task<ProcessResult> Cli(string[] arguments, string directory, CancellationToken cancellationToken) =>
        ProcessRun.RunAsync(tools.Cli, arguments, directory, cancellationToken);

    /// <summary>The stage lines (<c>timing: …</c>) of one run of the CLI with its stage trace on.</summary>
    private async Task<IReadOnlyList<string>> TracedAsync(string[] arguments, string directory, CancellationToken cancellationToken)
    {
        var traced = await ProcessRun.RunAsync(
            tools.Cli, arguments, directory, cancellationToken,
            environment: new Dictionary<string, string>(StringComparer.Ordinal) { ["SURVEYSCHEMA_TRACE"] = "timings" }).ConfigureAwait(false);
        return [.. traced.Error.Split('\n').Where(l => l.StartsWith("timing: ", StringComparison.Ordinal)).Select(l => l["timing: ".Length..].TrimEnd())];
    }

    /// <summary>What a user of a two-database differ does: create a database, load the desired schema into it
    /// with psql (statement by statement, as a schema folder is usually applied), diff it against the live one.</summary>
    private async Task<(Measurement Load, Measurement Diff)> PeerAsync(
        SyntheticSchema schema, BenchDatabase live, string folder, int repetitions, CancellationToken cancellationToken)
    {
        var desiredFile = Path.Combine(folder, "desired.sql");
        await File.WriteAllTextAsync(
            desiredFile,
            string.Join(";\n", [SyntheticSchema.ExtensionsFileText.Trim().TrimEnd(';'), .. schema.Statements.Select(s => s.Trim().TrimEnd(';'))]) + ";\n",
            cancellationToken).ConfigureAwait(false);
        var psql = Path.Combine(tools.PgBin, "psql");
        const string desired = "e2e_peer_desired";
        string[] connect = ["--no-password", "--host", "127.0.0.1", "--port", Port, "--username", "postgres"];
        async Task<ProcessResult> LoadAsync()
        {
            await ProcessRun.RunAsync(psql, [.. connect, "-X", "-q", "-d", "postgres", "-c", $"DROP DATABASE IF EXISTS {desired} WITH (FORCE)"], folder, cancellationToken).ConfigureAwait(false);
            var created = await ProcessRun.RunAsync(psql, [.. connect, "-X", "-q", "-d", "postgres", "-c", $"CREATE DATABASE {desired} TEMPLATE template0"], folder, cancellationToken).ConfigureAwait(false);
            var loaded = await ProcessRun.RunAsync(psql, [.. connect, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", desired, "-f", desiredFile], folder, cancellationToken).ConfigureAwait(false);
            return loaded with { Elapsed = created.Elapsed + loaded.Elapsed };
        }

        var load = await MeasureAsync("peer load", repetitions, LoadAsync, keepFirst: false).ConfigureAwait(false);
        var url = $"postgresql://postgres@127.0.0.1:{Port}/";
        var diff = await MeasureAsync("peer diff", repetitions, async () =>
        {
            // migra exits 2 when there are differences (and 0 when none).
            var result = await ProcessRun.RunAsync(tools.Peer!, ["run", url + live.Name, url + desired, "--unsafe"], folder, cancellationToken, acceptedExitCodes: [0, 2]).ConfigureAwait(false);
            return result.Output.Length == 0 ? throw new InvalidOperationException("the peer found no differences") : result;
        }, keepFirst: true).ConfigureAwait(false);
        await ProcessRun.RunAsync(psql, [.. connect, "-X", "-q", "-d", "postgres", "-c", $"DROP DATABASE IF EXISTS {desired} WITH (FORCE)"], folder, cancellationToken).ConfigureAwait(false);
        return (load, diff);
    }

    private async Task<Measurement> MeasureAsync(string name, int repetitions, Func<Task<ProcessResult>> run, bool keepFirst)
    {
        Sample? first = null;
        if (keepFirst)
        {
            var result = await run().ConfigureAwait(false);
            log($"  e2e {name}: first {Format.Seconds(result.Elapsed)}, {Format.Megabytes(result.PeakBytes)}");
            first = result.Sample;
        }

        var samples = new List<Sample>();
        for (var i = 0; i < repetitions; i++)
        {
            var result = await run().ConfigureAwait(false);
            log($"  e2e {name}: run {i + 1}/{repetitions} {Format.Seconds(result.Elapsed)}, {Format.Megabytes(result.PeakBytes)}");
            samples.Add(result.Sample);
        }

        return new Measurement(name, first, samples);
    }
}
