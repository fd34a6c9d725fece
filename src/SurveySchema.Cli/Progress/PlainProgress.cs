using System.Globalization;

namespace SurveySchema.Cli.Progress;

/// <summary>Progress as plain, timestamped lines, for CI logs and anything else that is not a terminal:
/// <c>[2026-12-02T00:10:03Z] deploy: step 2 of 5: create index idx_points_geom (1.2 s elapsed)</c>. Written to the
/// error stream, so the command's output stays what scripts parse.</summary>
/// <remarks>A line is written when the stage or step changes, when the count passes another tenth of the total,
/// and at the end: a 20 000-statement build logs a dozen lines, not one per batch. The clock is injected so that
/// the lines are tested exactly, without waiting on wall-clock time.</remarks>
internal sealed class PlainProgress(TextWriter error, TimeProvider clock) : IProgress<ProgressUpdate>
{
    private readonly long started = clock.GetTimestamp();
    private ProgressUpdate? last;

    public void Report(ProgressUpdate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Worth(value))
        {
            return;
        }

        last = value;
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        error.WriteLine($"[{now}] {value.Describe()} ({ProgressUpdate.Seconds(clock.GetElapsedTime(started))} elapsed)");
    }

    private bool Worth(ProgressUpdate value)
    {
        if (last is null || last.Activity != value.Activity || last.Current != value.Current || last.Total != value.Total)
        {
            return true;
        }

        return value.Done != last.Done && (value.Done >= value.Total || Tenth(value.Done, value.Total) > Tenth(last.Done, value.Total));
    }

    private static int Tenth(int done, int total) => total <= 0 ? 10 : (int)(10L * done / total);
}
