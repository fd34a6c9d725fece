using System.Diagnostics;
using System.Globalization;
using SurveySchema.Benchmarks.Measuring;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>Runs <c>pg_dump --schema-only</c> against a benchmark database: the yardstick the catalog reader is
/// measured against (both read the whole schema from the catalogs, each in a fresh backend).</summary>
/// <remarks>The output goes to a temporary file, whose size is kept as a sanity check. Where GNU time is
/// installed (<c>/usr/bin/time</c>), pg_dump runs under it so its own peak resident memory can be reported.</remarks>
internal sealed class PgDump(string binDirectory, int port)
{
    private const string GnuTime = "/usr/bin/time";

    public string Program => Path.Combine(binDirectory, "pg_dump");

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(Program, ["--version"], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : "unknown";
    }

    /// <summary>One dump: wall time from process start to exit, pg_dump's peak RSS, the script's size, and
    /// pg_dump's own CPU time (user + system) where GNU time measured it.</summary>
    public async Task<(Sample Sample, long OutputBytes, TimeSpan? Cpu)> DumpAsync(string database, CancellationToken cancellationToken)
    {
        var output = Path.GetTempFileName();
        var memory = Path.GetTempFileName();
        try
        {
            string[] dump =
            [
                "--schema-only", "--no-password", "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture),
                "--username", "postgres", "--file", output, database,
            ];
            var measured = File.Exists(GnuTime);
            var (fileName, arguments) = measured
                ? (GnuTime, (string[])["--format=%M %U %S", "--output=" + memory, Program, .. dump])
                : (Program, dump);

            var stopwatch = Stopwatch.StartNew();
            var (exitCode, text) = await RunAsync(fileName, arguments, cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"pg_dump of {database} failed with exit code {exitCode}: {text.Trim()}");
            }

            // GNU time's line: "<max RSS KB> <user s> <system s>".
            var figures = measured
                ? (await File.ReadAllTextAsync(memory, cancellationToken).ConfigureAwait(false)).Trim().Split(' ')
                : [];
            long? peak = figures.Length == 3 && long.TryParse(figures[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes)
                ? kilobytes * 1024
                : null;
            TimeSpan? cpu = figures.Length == 3
                && double.TryParse(figures[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                && double.TryParse(figures[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
                ? TimeSpan.FromSeconds(user + system)
                : null;
            return (new Sample(stopwatch.Elapsed, peak), new FileInfo(output).Length, cpu);
        }
        finally
        {
            File.Delete(output);
            File.Delete(memory);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Trust authentication on the embedded server: no password exists, and none may leak from the environment.
        start.Environment.Remove("PGPASSWORD");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }
}
