using System.Diagnostics;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>Runs a piece of work several times in this process and records each run.</summary>
internal static class Runner
{
    /// <summary>Times <paramref name="work"/> once, after a full garbage collection, with the memory peak reset.</summary>
    public static async Task<Sample> TimeAsync(Func<Task> work)
    {
        Settle();
        PeakMemory.Reset();
        var stopwatch = Stopwatch.StartNew();
        await work().ConfigureAwait(false);
        stopwatch.Stop();
        return new Sample(stopwatch.Elapsed, PeakMemory.ReadPeakBytes());
    }

    /// <summary>A first run (kept apart when <paramref name="keepFirst"/>, else a discarded warm-up when
    /// <paramref name="warmUp"/>), then <paramref name="repetitions"/> recorded runs. A recorded run that throws
    /// an exception <paramref name="tolerate"/> accepts is left out of the figures and listed as a failure, so
    /// that one flaky run of a minute-long build does not lose the whole benchmark.</summary>
    public static async Task<Measurement> MeasureAsync(
        string name, int repetitions, Func<Task> work, bool keepFirst = false, bool warmUp = true, Action<string>? log = null,
        Func<Exception, bool>? tolerate = null)
    {
        Sample? first = null;
        if (keepFirst || warmUp)
        {
            var sample = await TimeAsync(work).ConfigureAwait(false);
            log?.Invoke($"  {name}: {(keepFirst ? "first" : "warm-up")} {Format.Seconds(sample.Elapsed)}");
            first = keepFirst ? sample : null;
        }

        var runs = new List<Sample>(repetitions);
        var failures = new List<string>();
        for (var i = 0; i < repetitions; i++)
        {
            try
            {
                var sample = await TimeAsync(work).ConfigureAwait(false);
                log?.Invoke($"  {name}: run {i + 1}/{repetitions} {Format.Seconds(sample.Elapsed)}");
                runs.Add(sample);
            }
            catch (Exception exception) when (tolerate?.Invoke(exception) == true)
            {
                var message = $"{exception.GetType().Name}: {exception.Message}"
                    + (exception.InnerException is { } inner ? $" ({inner.Message})" : string.Empty);
                log?.Invoke($"  {name}: run {i + 1}/{repetitions} FAILED: {message}");
                failures.Add(message);
            }
        }

        return new Measurement(name, first, runs) { Failures = failures };
    }

    /// <summary>Collects garbage left by earlier runs so that neither its collection nor its memory is billed
    /// to the next one.</summary>
    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
