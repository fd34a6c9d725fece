namespace SurveySchema.Benchmarks.Measuring;

/// <summary>Summaries of a list of durations.</summary>
internal static class Durations
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); zero for none.</summary>
    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
