using Spectre.Console;

namespace SurveySchema.Cli.Progress;

/// <summary>Progress on an interactive terminal: a Spectre.Console progress bar per activity, redrawn in place,
/// with the step or stage in words and the time elapsed. Updates come from the working thread; Spectre's
/// context is safe to update from it (it redraws on its own timer).</summary>
internal sealed class LiveProgress(ProgressContext context) : IProgress<ProgressUpdate>
{
    private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

    public void Report(ProgressUpdate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!tasks.TryGetValue(value.Activity, out var task))
        {
            task = context.AddTask(Markup.Escape(value.Describe()), maxValue: Math.Max(value.Total, 1));
            tasks[value.Activity] = task;
        }

        task.Description = Markup.Escape(value.Describe());
        task.MaxValue = Math.Max(value.Total, 1);
        task.Value = Math.Min(value.Done, value.Total);
        if (value.IsFinished)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
