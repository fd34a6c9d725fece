using System.Diagnostics;

namespace SurveySchema.Parsing;

/// <summary>The one <c>pg_config</c> probe: the parsing stage asks it for the share directory (postgres.bki,
/// extension scripts), the server stage for the binaries and the share directory of the embedded cluster.</summary>
public static class PgConfig
{
    /// <summary>Long enough for a cold disk; pg_config answers from its compiled-in paths at once.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>What <paramref name="pgConfig"/> prints for <paramref name="arguments"/>, one trimmed line per
    /// answer; null when it cannot be started, fails, prints nothing, or does not finish within
    /// <paramref name="timeout"/> (it is then killed, with anything it started). <paramref name="pgConfig"/> is a
    /// path, or a bare name looked up on PATH.</summary>
    public static IReadOnlyList<string>? Ask(string pgConfig, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(pgConfig)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            // Read both streams while waiting: a blocking read would outwait any timeout (and a full stderr pipe
            // would stall the program).
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout) || !Task.WaitAll([output, error], timeout))
            {
                Kill(process);
                return null;
            }

            var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return process.ExitCode == 0 && lines.Length > 0 ? lines : null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
