namespace SurveySchema.Benchmarks.Measuring;

/// <summary>One timed run: wall time and the peak resident memory of the process (or of the child process
/// that did the work) during it.</summary>
internal sealed record Sample(TimeSpan Elapsed, long? PeakBytes);

/// <summary>The runs of one measurement: a first run kept apart (it pays for cold caches), then the repeated
/// runs summarised by median, minimum and maximum.</summary>
internal sealed record Measurement(string Name, Sample? First, IReadOnlyList<Sample> Runs)
{
    /// <summary>Runs that failed with a tolerated error and are not in the figures.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    public TimeSpan Median => Percentile(0.5);

    public TimeSpan Min => Runs.Count == 0 ? TimeSpan.Zero : Runs.Min(r => r.Elapsed);

    public TimeSpan Max => Runs.Count == 0 ? TimeSpan.Zero : Runs.Max(r => r.Elapsed);

    /// <summary>The highest peak of any run, the first included.</summary>
    public long? PeakBytes => Runs.Append(First).Select(r => r?.PeakBytes).Max();

    private TimeSpan Percentile(double fraction)
    {
        if (Runs.Count == 0)
        {
            return First?.Elapsed ?? TimeSpan.Zero;
        }

        var sorted = Runs.Select(r => r.Elapsed.Ticks).Order().ToArray();
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return TimeSpan.FromTicks((long)(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower)));
    }
}
