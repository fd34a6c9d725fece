using System.Diagnostics;
using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Benchmarks.Synthetic;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>What the catalog benchmark measured at one size.</summary>
/// <param name="Load">Creating the database and running the generated DDL in batches of 200 statements.</param>
/// <param name="Settle">VACUUM (ANALYZE) of the loaded database.</param>
/// <param name="Queries">Median time of each catalog round trip over the repeated reads, slowest first, with
/// its server CPU from the profiling pass (null when there was none).</param>
/// <param name="Cpu">CPU accounting of one more read and one more dump; null without a server log.</param>
internal sealed record CatalogResult(
    int Tables,
    (long Tables, long Columns, long Constraints, long Indexes) Counts,
    TimeSpan Load,
    TimeSpan Settle,
    Measurement Read,
    Measurement Dump,
    long DumpBytes,
    IReadOnlyList<(string Query, TimeSpan Median, TimeSpan? ServerCpu)> Queries,
    CpuAccount? Cpu)
{
    /// <summary>Median read over median dump: the aim is below 0.5 at 5 000 tables.</summary>
    public double Ratio => Read.Median / Dump.Median;
}

/// <summary>Where the CPU of one catalog read and one pg_dump went: the server backend (from
/// <c>log_statement_stats</c>) and the client process (this process's CPU time for the reader, GNU time's
/// user + system for pg_dump).</summary>
internal sealed record CpuAccount(
    TimeSpan ReaderServer, TimeSpan ReaderClient, int ReaderStatements,
    TimeSpan DumpServer, TimeSpan? DumpClient, int DumpStatements);

/// <summary>Times <see cref="CatalogReader.ReadAsync(string, CatalogOptions, CancellationToken)"/> against
/// <c>pg_dump --schema-only</c> on the same database, both starting a fresh backend each time.</summary>
internal sealed class CatalogBenchmark(
    PostgresServer server, PgDump pgDump, CommandLog commands, ServerCpuLog? cpuLog, Action<string> log)
{
    private readonly CatalogQueryNames queryNames = new();

    /// <summary>Loads <paramref name="schema"/> into a new database and measures; the database and the model
    /// read last are handed back for the diff benchmark.</summary>
    public async Task<(CatalogResult Result, BenchDatabase Database, DatabaseModel Model)> RunAsync(
        SyntheticSchema schema, int repetitions, CancellationToken cancellationToken)
    {
        var tables = schema.Tables.Count;
        BenchDatabase? database = null;
        var load = await Runner.TimeAsync(async () =>
        {
            database = await BenchDatabase.CreateAsync(server, "bench_catalog", cancellationToken).ConfigureAwait(false);
            await database.ApplyAsync(schema.Statements, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        log($"  load: {Format.Seconds(load.Elapsed)} ({Format.Count(schema.Statements.Count())} statements)");
        try
        {
            var settle = await Runner.TimeAsync(() => database!.SettleCatalogsAsync(cancellationToken)).ConfigureAwait(false);
            log($"  vacuum (analyze): {Format.Seconds(settle.Elapsed)}");
            var counts = await database!.CountAsync(cancellationToken).ConfigureAwait(false);

            // Reader and pg_dump runs alternate (reader first on even rounds, pg_dump first on odd ones), so
            // that both see the same load when other work shares the machine: two separate series would each
            // catch a different stretch of it.
            DatabaseModel? model = null;
            var perQuery = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
            var reads = new List<Sample>();
            var dumps = new List<Sample>();
            long dumpBytes = 0;
            for (var round = 0; round <= repetitions; round++)
            {
                var label = round == 0 ? "first" : $"run {round}/{repetitions}";
                for (var turn = 0; turn < 2; turn++)
                {
                    if ((turn == 0) == (round % 2 == 0))
                    {
                        var sample = await Runner.TimeAsync(async () =>
                        {
                            commands.Clear();
                            model = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken).ConfigureAwait(false);
                        }).ConfigureAwait(false);
                        if (round > 0)
                        {
                            Collect(perQuery);
                        }

                        reads.Add(sample);
                        log($"  catalog read: {label} {Format.Seconds(sample.Elapsed)}");
                    }
                    else
                    {
                        var (sample, bytes, _) = await pgDump.DumpAsync(database.Name, cancellationToken).ConfigureAwait(false);
                        dumpBytes = bytes;
                        dumps.Add(sample);
                        log($"  pg_dump --schema-only: {label} {Format.Seconds(sample.Elapsed)}");
                    }
                }
            }

            if (model!.Tables.Count != tables)
            {
                throw new InvalidOperationException($"the catalog reader found {model.Tables.Count} tables, the schema has {tables}");
            }

            var read = new Measurement("catalog read", reads[0], reads[1..]);
            var dump = new Measurement("pg_dump --schema-only", dumps[0], dumps[1..]);
            var (cpu, queryCpu) = cpuLog is null
                ? (null, new Dictionary<string, TimeSpan>())
                : await ProfileAsync(database, cancellationToken).ConfigureAwait(false);
            var queries = perQuery
                .Select(q => (q.Key, Durations.Median(q.Value), queryCpu.TryGetValue(q.Key, out var used) ? used : (TimeSpan?)null))
                .OrderByDescending(q => q.Item2)
                .ToList();
            var result = new CatalogResult(
                tables, counts, load.Elapsed, settle.Elapsed, read, dump, dumpBytes, queries, cpu);
            log($"  read/dump ratio (medians): {Format.Ratio(result.Ratio)}");
            return (result, database, model);
        }
        catch
        {
            await database!.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds this read's round trips (by query) and the rest of its time (connecting, building the
    /// model in C#) to <paramref name="perQuery"/>.</summary>
    private void Collect(Dictionary<string, List<TimeSpan>> perQuery)
    {
        foreach (var command in commands.Snapshot())
        {
            if (queryNames.NameOf(command) is { } name)
            {
                if (!perQuery.TryGetValue(name, out var durations))
                {
                    perQuery[name] = durations = [];
                }

                durations.Add(command.Duration);
            }
        }
    }

    /// <summary>One more read and one more dump with the server logging each statement's CPU time.</summary>
    private async Task<(CpuAccount, Dictionary<string, TimeSpan>)> ProfileAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        var client = TimeSpan.Zero;
        var reader = await cpuLog!.ProfileAsync(database.Name, async () =>
        {
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken).ConfigureAwait(false);
            process.Refresh();
            client = process.TotalProcessorTime - before;
        }, cancellationToken).ConfigureAwait(false);

        TimeSpan? dumpClient = null;
        var dump = await cpuLog.ProfileAsync(database.Name, async () =>
        {
            (_, _, dumpClient) = await pgDump.DumpAsync(database.Name, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var perQuery = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var statement in reader)
        {
            if (queryNames.NameOf(new TracedCommand(string.Empty, statement.Sql, default, default)) is { } name)
            {
                perQuery[name] = perQuery.GetValueOrDefault(name) + statement.Cpu;
            }
        }

        var account = new CpuAccount(
            Sum(reader), client, reader.Select(s => s.Sql).Distinct().Count(),
            Sum(dump), dumpClient, dump.Select(s => s.Sql).Distinct().Count());
        log($"  cpu: reader server {Format.Seconds(account.ReaderServer)} + client {Format.Seconds(account.ReaderClient)}; "
            + $"pg_dump server {Format.Seconds(account.DumpServer)} + client {(dumpClient is { } c ? Format.Seconds(c) : "?")}");
        return (account, perQuery);
    }

    private static TimeSpan Sum(IEnumerable<StatementCpu> statements) =>
        statements.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Cpu);
}
