using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Server;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>Write latencies of one pgbench window (milliseconds).</summary>
internal sealed record WriteLatencies(int Writes, double P50, double P99, double Max)
{
    public static WriteLatencies Of(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new WriteLatencies(0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        double At(double fraction) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
        return new WriteLatencies(sorted.Length, At(0.5), At(0.99), sorted[^1]);
    }
}

/// <summary>What the online deploy benchmark measured.</summary>
/// <param name="Rows">Rows in survey_points when the deploy ran.</param>
/// <param name="Seed">Inserting the rows and analysing the table (set-up).</param>
/// <param name="Steps">The plan's statements, as the script lists them (the online-safe forms).</param>
/// <param name="Baseline">Writes during a window of fixed length (<c>--online-baseline</c>) with no deploy.</param>
/// <param name="During">Writes that overlapped the deploy process (from its start to its exit).</param>
internal sealed record OnlineDeployResult(
    long Rows, TimeSpan Seed, IReadOnlyList<string> Steps, TimeSpan Deploy, WriteLatencies Baseline, WriteLatencies During, int Rate, int Clients);

/// <summary>Deploys an online-safe plan (add a column, add an index, add a check, SET NOT NULL) to the
/// project's own survey_points table holding many rows, while pgbench keeps inserting into it at a steady
/// rate, and reports every write's latency with and without the deploy.</summary>
/// <remarks>pgbench runs in slices of a few seconds, one after the other until the deploy has exited, so that
/// the window needs no guess of the deploy's length; a slice waits for its last writes before it ends, so a write
/// blocked by the deploy is still counted with its whole latency. pgbench logs each transaction's latency and the
/// time it completed (<c>--log</c>): a write counts as "during" when it overlapped the deploy process.</remarks>
internal sealed class OnlineDeployBenchmark(EmbeddedPostgres embedded, EndToEndTools tools, string workspace, Action<string> log)
{
    private const int Clients = 4;
    private const int Rate = 200;
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(5);

    private const string WriteScript = """
        \set n random(1, 1000000000000)
        INSERT INTO public.survey_points (project_id, point_number, northing, easting, elevation, geom, surveyed_at)
            VALUES ((SELECT id FROM public.projects LIMIT 1), 'w' || :client_id || '-' || :n, 1000, 2000, 50,
                    ST_SetSRID(ST_MakePoint(2000, 1000, 50), 2277), now())
            ON CONFLICT DO NOTHING;
        """;

    public async Task<OnlineDeployResult> RunAsync(string schemaProject, long rows, TimeSpan baselineLength, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(workspace, "online");
        Directory.CreateDirectory(folder);
        await using var database = await BenchDatabase.CreateAsync(embedded.Server, "online", cancellationToken).ConfigureAwait(false);
        var connection = database.ConnectionString;
        await Cli(["upgrade", "--project", schemaProject, "--connection", connection], folder, cancellationToken).ConfigureAwait(false);

        var seed = Stopwatch.StartNew();
        await ExecuteAsync(connection, $"""
            INSERT INTO public.projects (project_number, name) VALUES ('BENCH-1', 'Online deploy benchmark');
            INSERT INTO public.survey_points (project_id, point_number, northing, easting, elevation, geom, surveyed_at)
            SELECT (SELECT id FROM public.projects), 'P' || g, 1000 + g % 5000, 2000 + g / 5000, 50 + g % 100,
                   ST_SetSRID(ST_MakePoint(2000 + g / 5000, 1000 + g % 5000, 50 + g % 100), 2277),
                   timestamptz '2026-01-01' + g * interval '1 second'
            FROM generate_series(1, {rows.ToString(CultureInfo.InvariantCulture)}) g;
            """, cancellationToken).ConfigureAwait(false);
        // Its own command: VACUUM cannot run inside the implicit transaction of a multi-statement query. The
        // planner reads the row estimate it leaves to choose online forms.
        await ExecuteAsync(connection, "VACUUM (ANALYZE) public.survey_points", cancellationToken).ConfigureAwait(false);
        seed.Stop();
        log($"  online: {Format.Count(rows)} rows in survey_points in {Format.Seconds(seed.Elapsed)}");

        var desired = Path.Combine(folder, "project");
        WriteDesiredProject(schemaProject, desired);
        var plan = Path.Combine(folder, "migration.json");
        var script = Path.Combine(folder, "migration.sql");
        await Cli(["diff", "--project", desired, "--connection", connection, "--dev-connection", embedded.Server.AdminConnectionString,
            "--out", script, "--json", plan], folder, cancellationToken).ConfigureAwait(false);
        var steps = (await File.ReadAllLinesAsync(script, cancellationToken).ConfigureAwait(false))
            .Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith("SET ", StringComparison.Ordinal)
                && !l.StartsWith("BEGIN", StringComparison.Ordinal) && !l.StartsWith("COMMIT", StringComparison.Ordinal) && !l.StartsWith(' '))
            .ToList();

        var scriptFile = Path.Combine(folder, "write.pgbench");
        await File.WriteAllTextAsync(scriptFile, WriteScript, cancellationToken).ConfigureAwait(false);

        var baseline = await LoadAsync(scriptFile, database.Name, folder, "baseline", until: null, baselineLength, cancellationToken).ConfigureAwait(false);
        log($"  online: baseline {baseline.Latencies.Count} writes");

        using var deployDone = new CancellationTokenSource();
        var load = LoadAsync(scriptFile, database.Name, folder, "deploy", deployDone.Token, null, cancellationToken);
        // Let the load settle into its rate before the deploy starts.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        var deployStart = DateTimeOffset.UtcNow;
        var deploy = await Cli(["deploy", "--plan", plan, "--connection", connection, "--dev-connection", embedded.Server.AdminConnectionString],
            folder, cancellationToken).ConfigureAwait(false);
        var deployEnd = DateTimeOffset.UtcNow;
        await deployDone.CancelAsync().ConfigureAwait(false);
        var during = await load.ConfigureAwait(false);
        log($"  online: deploy {Format.Seconds(deploy.Elapsed)}, {during.Latencies.Count} writes in all");

        var overlapping = during.Entries
            .Where(e => e.End >= deployStart && e.End - TimeSpan.FromMilliseconds(e.Milliseconds) <= deployEnd)
            .Select(e => e.Milliseconds)
            .ToList();
        Directory.Delete(folder, recursive: true);
        return new OnlineDeployResult(rows, seed.Elapsed, steps, deploy.Elapsed, WriteLatencies.Of(baseline.Latencies), WriteLatencies.Of(overlapping), Rate, Clients);
    }

    /// <summary>The project with survey_points changed the way a release would: a new nullable column, an index,
    /// a check over existing rows, and elevation made NOT NULL (every seeded and written row has one).</summary>
    private static void WriteDesiredProject(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*.sql", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("revisions", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var points = Path.Combine(destination, "tables", "survey_points.sql");
        var text = File.ReadAllText(points);
        string Replace(string text, string old, string replacement) =>
            text.Contains(old, StringComparison.Ordinal) ? text.Replace(old, replacement, StringComparison.Ordinal)
                : throw new InvalidOperationException($"survey_points.sql no longer holds '{old}': update the online deploy benchmark");
        text = Replace(text, "elevation           numeric(10, 4),", "elevation           numeric(10, 4)          NOT NULL,");
        text = Replace(text, "updated_at          timestamptz             NOT NULL DEFAULT now(),",
            "updated_at          timestamptz             NOT NULL DEFAULT now(),\n    quality_grade       smallint,");
        text = Replace(text, "CHECK (vertical_accuracy >= 0)\n);", "CHECK (vertical_accuracy >= 0),\n    CONSTRAINT ck_survey_points_northing CHECK (northing >= 0)\n);");
        text += "\nCREATE INDEX idx_survey_points_surveyed_at ON public.survey_points USING btree (surveyed_at);\n"
            + "COMMENT ON COLUMN public.survey_points.quality_grade IS 'Quality grade 1-5 from the office check.';\n";
        File.WriteAllText(points, text);
    }

    private sealed record LogEntry(DateTimeOffset End, double Milliseconds);

    private sealed record LoadResult(IReadOnlyList<LogEntry> Entries)
    {
        public IReadOnlyList<double> Latencies => [.. Entries.Select(e => e.Milliseconds)];
    }

    /// <summary>pgbench slices until <paramref name="until"/> is cancelled, or for <paramref name="length"/>.</summary>
    private async Task<LoadResult> LoadAsync(
        string scriptFile, string database, string folder, string name, CancellationToken? until, TimeSpan? length, CancellationToken cancellationToken)
    {
        var entries = new List<LogEntry>();
        var elapsed = TimeSpan.Zero;
        for (var slice = 0; until is { IsCancellationRequested: false } || (length is { } l && elapsed < l); slice++)
        {
            var prefix = Path.Combine(folder, $"{name}-{slice}");
            var seconds = length is { } total ? Math.Max(1, Math.Min(Slice.TotalSeconds, (total - elapsed).TotalSeconds)) : Slice.TotalSeconds;
            await ProcessRun.RunAsync(Path.Combine(tools.PgBin, "pgbench"),
            [
                "--no-vacuum", "--host", "127.0.0.1", "--port", embedded.Port.ToString(CultureInfo.InvariantCulture), "--username", "postgres",
                "--client", Clients.ToString(CultureInfo.InvariantCulture), "--jobs", "2", "--rate", Rate.ToString(CultureInfo.InvariantCulture),
                "--time", ((int)seconds).ToString(CultureInfo.InvariantCulture), "--file", scriptFile, "--log", "--log-prefix", prefix, database,
            ], folder, cancellationToken).ConfigureAwait(false);
            elapsed += TimeSpan.FromSeconds((int)seconds);
            foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(prefix) + ".*"))
            {
                entries.AddRange(File.ReadLines(file).Select(ParseLogLine));
                File.Delete(file);
            }
        }

        return new LoadResult(entries);
    }

    /// <summary>"client_id transaction_no time script_no time_epoch time_us [schedule_lag]": time is the latency in
    /// microseconds, time_epoch + time_us when the transaction completed.</summary>
    private static LogEntry ParseLogLine(string line)
    {
        var fields = line.Split(' ');
        if (fields.Length < 6 || !long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var latency))
        {
            throw new InvalidOperationException($"pgbench logged a failed or unreadable transaction: {line}");
        }

        var end = DateTimeOffset.FromUnixTimeSeconds(long.Parse(fields[4], CultureInfo.InvariantCulture))
            .AddTicks(long.Parse(fields[5], CultureInfo.InvariantCulture) * 10);
        return new LogEntry(end, latency / 1000.0);
    }

    private Task<ProcessResult> Cli(string[] arguments, string directory, CancellationToken cancellationToken) =>
        ProcessRun.RunAsync(tools.Cli, arguments, directory, cancellationToken);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
