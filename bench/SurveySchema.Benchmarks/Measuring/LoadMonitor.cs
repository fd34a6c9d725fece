using System.Globalization;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>Samples the machine's one-minute load average (<c>/proc/loadavg</c>) every few seconds while the
/// benchmarks run, so the report can say how busy the machine was: wall times on a shared two-core machine
/// mean little without it.</summary>
internal sealed class LoadMonitor : IAsyncDisposable
{
    private const string LoadAverage = "/proc/loadavg";

    private readonly List<double> samples = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public LoadMonitor() => sampling = SampleAsync(stop.Token);

    /// <summary>Mean and highest one-minute load average seen; null where /proc/loadavg is missing.</summary>
    public (double Mean, double Max)? Summary
    {
        get
        {
            lock (samples)
            {
                return samples.Count == 0 ? null : (samples.Average(), samples.Max());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await sampling.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next sample.
        }

        stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && File.Exists(LoadAverage))
        {
            var first = (await File.ReadAllTextAsync(LoadAverage, cancellationToken).ConfigureAwait(false)).Split(' ')[0];
            if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load))
            {
                lock (samples)
                {
                    samples.Add(load);
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
    }
}
