using System.Diagnostics;
using System.Globalization;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>What one whole process did: its exit code, what it printed, its wall time from start to exit and,
/// under GNU time, its peak resident memory and CPU time (user + system).</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error, TimeSpan Elapsed, long? PeakBytes, TimeSpan? Cpu)
{
    public Sample Sample => new(Elapsed, PeakBytes);
}

/// <summary>Runs a program as a user would, a new process each time, under <c>/usr/bin/time</c> where it is
/// installed (the end-to-end suite measures processes, start-up and all, not calls inside this one).</summary>
internal static class ProcessRun
{
    private const string GnuTime = "/usr/bin/time";

    public static bool HasGnuTime => File.Exists(GnuTime);

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>; throws when it exits with a
    /// code outside <paramref name="acceptedExitCodes"/> (default: 0), naming the command and its output.</summary>
    public static async Task<ProcessResult> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null,
        int[]? acceptedExitCodes = null)
    {
        var figures = Path.GetTempFileName();
        try
        {
            var measured = HasGnuTime;
            var start = new ProcessStartInfo(measured ? GnuTime : program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            if (measured)
            {
                start.ArgumentList.Add("--format=%M %U %S");
                start.ArgumentList.Add("--output=" + figures);
                start.ArgumentList.Add(program);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // Trust authentication on the embedded server: no password exists, and none may leak in from the
            // environment; nor may a configured target or dev server redirect the tool.
            foreach (var name in (string[])["PGPASSWORD", "SURVEYSCHEMA_CONNECTION", "SURVEYSCHEMA_DEV_CONNECTION", "DATABASE_URL", "SQLALCHEMY_DATABASE_URI"])
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            var output = await stdout.ConfigureAwait(false);
            var error = await stderr.ConfigureAwait(false);
            if (!(acceptedExitCodes ?? [0]).Contains(process.ExitCode))
            {
                throw new InvalidOperationException(
                    $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Tail(output)}\n{Tail(error)}");
            }

            var (peak, cpu) = measured ? ReadFigures(await File.ReadAllTextAsync(figures, cancellationToken).ConfigureAwait(false)) : (null, null);
            return new ProcessResult(process.ExitCode, output, error, stopwatch.Elapsed, peak, cpu);
        }
        finally
        {
            File.Delete(figures);
        }
    }

    /// <summary>GNU time's last line, "&lt;max RSS KB&gt; &lt;user s&gt; &lt;system s&gt;" (earlier lines, if any, are
    /// its notes about signals).</summary>
    private static (long? Peak, TimeSpan? Cpu) ReadFigures(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim().Split(' ') ?? [];
        if (line.Length != 3
            || !long.TryParse(line[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes)
            || !double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            || !double.TryParse(line[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system))
        {
            return (null, null);
        }

        return (kilobytes * 1024, TimeSpan.FromSeconds(user + system));
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
