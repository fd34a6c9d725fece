using System.Collections.Concurrent;
using System.Diagnostics;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>One command (or batch) Npgsql sent, as its tracing activity recorded it.</summary>
/// <param name="Text">The SQL as traced (<c>db.query.text</c> or, in older Npgsql, <c>db.statement</c>);
/// empty when Npgsql did not record it (batches, connection opens).</param>
internal sealed record TracedCommand(string DisplayName, string Text, DateTime StartUtc, TimeSpan Duration)
{
    public DateTime EndUtc => StartUtc + Duration;
}

/// <summary>Records every command Npgsql runs while it is listening, through Npgsql's <c>ActivitySource</c>
/// (the OpenTelemetry tracing hook), so the benchmarks can split an engine call they cannot instrument
/// (ShadowBuild.BuildAsync, CatalogReader.ReadAsync) into its round trips without changing the engine.</summary>
internal sealed class CommandLog : IDisposable
{
    private readonly ConcurrentQueue<TracedCommand> commands = new();
    private readonly ActivityListener listener;

    public CommandLog()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => commands.Enqueue(new TracedCommand(
                activity.DisplayName,
                activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? string.Empty,
                activity.StartTimeUtc,
                activity.Duration)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear() => commands.Clear();

    /// <summary>What was recorded since the last <see cref="Clear"/>, in start order.</summary>
    public IReadOnlyList<TracedCommand> Snapshot() => [.. commands.OrderBy(c => c.StartUtc)];

    public void Dispose() => listener.Dispose();
}
