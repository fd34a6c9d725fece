using System.Diagnostics;
using System.Globalization;

namespace SurveySchema.Model;

/// <summary>Opt-in timing of a command's stages, for profiling a whole process: with
/// <c>SURVEYSCHEMA_TRACE=timings</c> in the environment, each stage writes one line to standard error when it
/// ends (<c>timing: catalog read 412.3 ms (at 1203.0 ms, process CPU so far 950 ms)</c>, "at" counting from the
/// process's start, so the runtime's own start-up shows as the gap before the first stage). Off, a stage costs one branch.</summary>
/// <remarks>Standard error, so a command's output (a script, JSON on standard output) is unchanged.</remarks>
public readonly struct StageTimer : IDisposable
{
    /// <summary>Whether the environment asked for timings; read once per process.</summary>
    public static readonly bool Enabled = string.Equals(
        Environment.GetEnvironmentVariable("SURVEYSCHEMA_TRACE"), "timings", StringComparison.OrdinalIgnoreCase);

    private readonly string? name;
    private readonly long started;

    private StageTimer(string name)
    {
        this.name = name;
        started = Stopwatch.GetTimestamp();
    }

    /// <summary>Starts timing <paramref name="stage"/>; disposing the result ends it.</summary>
    public static StageTimer Start(string stage) => Enabled ? new StageTimer(stage) : default;

    public void Dispose()
    {
        if (name is null)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        using var process = Process.GetCurrentProcess();
        var sinceProcessStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"timing: {name} {elapsed:0.0} ms (at {sinceProcessStart:0.0} ms, process CPU so far {process.TotalProcessorTime.TotalMilliseconds:0} ms)"));
    }
}
