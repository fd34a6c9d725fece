using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>One statement's server-side CPU time (user + system of its backend), from the server log.</summary>
internal sealed record StatementCpu(string Sql, TimeSpan Cpu);

/// <summary>Server-side CPU per statement, through PostgreSQL's <c>log_statement_stats</c>: the backend logs its
/// getrusage() figures after every statement, followed by the statement's text. Unlike wall time, CPU time
/// hardly changes when other processes compete for the machine, so it compares the reader with pg_dump
/// fairly even on a busy two-core box.</summary>
/// <remarks>The setting is superuser-only, so it is switched on for the benchmark database with ALTER DATABASE
/// (new sessions pick it up) only around a profiling pass, never during the timed runs: logging a block per
/// statement would slow pg_dump's five thousand small statements down. See
/// https://www.postgresql.org/docs/15/runtime-config-statistics.html#RUNTIME-CONFIG-STATISTICS-MONITOR</remarks>
internal sealed partial class ServerCpuLog(string logFile, string adminConnectionString)
{
    public async Task<IReadOnlyList<StatementCpu>> ProfileAsync(string database, Func<Task> work, CancellationToken cancellationToken)
    {
        await SetAsync(database, "SET log_statement_stats = on", cancellationToken).ConfigureAwait(false);
        long start;
        try
        {
            start = new FileInfo(logFile).Length;
            await work().ConfigureAwait(false);
        }
        finally
        {
            await SetAsync(database, "RESET log_statement_stats", cancellationToken).ConfigureAwait(false);
        }

        // The logging collector is off: the backend writes straight to the file, but give it a moment.
        await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        return Parse(await ReadFromAsync(start, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Pairs each "s user, s system" figure with the STATEMENT line that follows it.</summary>
    internal static IReadOnlyList<StatementCpu> Parse(string log)
    {
        var statements = new List<StatementCpu>();
        TimeSpan? pending = null;
        var lines = log.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (UsagePattern().Match(lines[i]) is { Success: true } usage)
            {
                pending = TimeSpan.FromSeconds(
                    double.Parse(usage.Groups["user"].Value, CultureInfo.InvariantCulture)
                    + double.Parse(usage.Groups["system"].Value, CultureInfo.InvariantCulture));
                continue;
            }

            var marker = lines[i].IndexOf("STATEMENT:  ", StringComparison.Ordinal);
            if (marker >= 0 && pending is { } cpu)
            {
                // The statement's text continues on the following lines, each indented with a tab.
                var sql = new StringBuilder(lines[i][(marker + "STATEMENT:  ".Length)..]);
                while (i + 1 < lines.Length && lines[i + 1].StartsWith('\t'))
                {
                    sql.Append('\n').Append(lines[++i][1..]);
                }

                statements.Add(new StatementCpu(sql.ToString(), cpu));
                pending = null;
            }
        }

        return statements;
    }

    private async Task<string> ReadFromAsync(long offset, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SetAsync(string database, string setting, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var command = new NpgsqlCommand($"ALTER DATABASE {quoted} {setting}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"(?<user>[0-9.]+) s user, (?<system>[0-9.]+) s system, [0-9.]+ s elapsed")]
    private static partial Regex UsagePattern();
}
