using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace SurveySchema.Benchmarks.Reporting;

/// <summary>What the numbers were measured on.</summary>
internal sealed record MachineInfo(
    int Processors,
    string Memory,
    string Cpu,
    string Os,
    string DotNet,
    string PostgreSql,
    string PostGis,
    string PgDump,
    string Settings)
{
    public static async Task<MachineInfo> DescribeAsync(string adminConnectionString, string pgDumpVersion, CancellationToken cancellationToken)
    {
        var (postgres, postgis, settings) = await ServerAsync(adminConnectionString, cancellationToken).ConfigureAwait(false);
        return new MachineInfo(
            Environment.ProcessorCount,
            MemoryTotal(),
            CpuModel(),
            RuntimeInformation.OSDescription,
            $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})",
            postgres,
            postgis,
            pgDumpVersion,
            settings);
    }

    private static async Task<(string Postgres, string PostGis, string Settings)> ServerAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        const string sql = """
            select
                version(),
                (select default_version from pg_available_extensions where name = 'postgis'),
                (select string_agg(name || ' = ' || current_setting(name), ', ' order by name)
                    from pg_settings
                    where name in ('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'max_locks_per_transaction', 'jit'))
            """;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetString(0), reader.IsDBNull(1) ? "unknown" : reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2));
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string MemoryTotal()
    {
        const string meminfo = "/proc/meminfo";
        var line = File.Exists(meminfo)
            ? File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        if (line is null || !long.TryParse(line["MemTotal:".Length..].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
        {
            return "unknown";
        }

        return (kilobytes / 1024.0 / 1024.0).ToString("0.0' GiB'", CultureInfo.InvariantCulture);
    }
}
