using System.Diagnostics;
using SurveySchema.Model;

namespace SurveySchema.Cli.Progress;

/// <summary>The opt-in timing trace (<c>SURVEYSCHEMA_TRACE=timings</c>): each <see cref="StageTrace"/> stage prints one
/// line to the error stream when it ends (wall time, bytes allocated meanwhile, nested by depth), and the process
/// ends with its whole wall time since start, its peak resident memory and the garbage collector's figures. The heap
/// figure of a stage is what the collector holds when it ends, collected or not: a stage that keeps much shows there. For
/// finding where a command's time and memory go (docs/benchmarks.md); not a stable format.</summary>
internal sealed class StageTimings : IDisposable
{
    public const string Variable = "SURVEYSCHEMA_TRACE";

    private const string AllocatedAtStart = "surveyschema.allocated";

    private readonly ActivityListener listener;
    private readonly TextWriter error;
    private readonly Lock writing = new();

    private StageTimings(TextWriter error)
    {
        this.error = error;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StageTrace.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity => activity.SetCustomProperty(AllocatedAtStart, GC.GetTotalAllocatedBytes()),
            ActivityStopped = Print,
        };
        ActivitySource.AddActivityListener(listener);
        Print($"runtime start to Main {SinceProcessStart().TotalMilliseconds,8:F0} ms");
    }

    /// <summary>A listener when <see cref="Variable"/> asks for <c>timings</c>, else null.</summary>
    public static StageTimings? StartIfRequested(TextWriter error) =>
        Environment.GetEnvironmentVariable(Variable) is { } setting
        && setting.Split(',', StringSplitOptions.TrimEntries).Contains("timings", StringComparer.OrdinalIgnoreCase)
            ? new StageTimings(error)
            : null;

    public void Dispose()
    {
        listener.Dispose();
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        Print($"process          {SinceProcessStart().TotalMilliseconds,8:F0} ms, peak resident {Megabytes(process.PeakWorkingSet64)}, "
            + $"allocated {Megabytes(GC.GetTotalAllocatedBytes())}, GC heap after the last collection {Megabytes(gc.HeapSizeBytes)}, "
            + $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, server GC {System.Runtime.GCSettings.IsServerGC}, "
            // What ReadyToRun did not cover: methods compiled at run time (generics over value types, Dapper's
            // emitted row readers) and the time spent compiling them, on whichever thread needed them first.
            + $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }

    private void Print(Activity activity)
    {
        var depth = 0;
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        var allocated = activity.GetCustomProperty(AllocatedAtStart) is long start ? GC.GetTotalAllocatedBytes() - start : 0;
        Print($"{new string(' ', 2 * depth)}{activity.OperationName,-40} {activity.Duration.TotalMilliseconds,8:F0} ms, allocated {Megabytes(allocated)}, "
            + $"heap {Megabytes(GC.GetTotalMemory(forceFullCollection: false))}"
            + string.Concat(activity.TagObjects.Select(tag => $", {tag.Key} {tag.Value}")));
    }

    private void Print(string line)
    {
        lock (writing)
        {
            error.WriteLine($"timing: {line}");
        }
    }

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):F0} MB";
}
