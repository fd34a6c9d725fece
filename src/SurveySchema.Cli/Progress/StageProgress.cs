using SurveySchema.Deployment;
using SurveySchema.Materialise;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Progress;

/// <summary>The stages' typed progress events in the CLI's words: the libraries report what happened
/// (<see cref="BuildProgress"/>, <see cref="PlanProgress"/>, <see cref="StepStarted"/>), never to a console.</summary>
internal static class StageProgress
{
    /// <summary><c>build</c>: statements applied of total, by stage.</summary>
    public static IProgress<BuildProgress> Build(IProgress<ProgressUpdate> view) => new Relay<BuildProgress>(progress =>
        view.Report(new ProgressUpdate("build", progress.Applied, progress.Total, ProgressUnit.Statements, progress.Stage switch
        {
            BuildStage.CreatingShadowDatabase => "creating the shadow database",
            BuildStage.ApplyingStatements => "applying statements",
            BuildStage.ReadingCatalog => "reading the model back",
            _ => null,
        })));

    /// <summary><c>deploy</c>: step n of m.</summary>
    public static IProgress<PlanProgress> Deploy(IProgress<ProgressUpdate> view) => new Relay<PlanProgress>(progress =>
        view.Report(new ProgressUpdate("deploy", progress.Completed, progress.Count, ProgressUnit.Steps, progress.Current?.Description)));

    /// <summary><c>upgrade</c>, <c>downgrade</c>: step n of m from the runner's events; the others pass by.</summary>
    public static Action<RunEvent> Walk(string activity, IProgress<ProgressUpdate> view)
    {
        var count = 0;
        var completed = 0;
        return runEvent =>
        {
            switch (runEvent)
            {
                case StepStarted started:
                    count = started.Count;
                    view.Report(new ProgressUpdate(activity, started.Number - 1, started.Count, ProgressUnit.Steps, started.Step.Title));
                    break;
                case StepCompleted when count > 0 && ++completed == count:
                    view.Report(new ProgressUpdate(activity, count, count, ProgressUnit.Steps, null));
                    break;
            }
        };
    }

    /// <summary>Calls back at once on the reporting thread: <see cref="System.Progress{T}"/> would post to the thread
    /// pool, and a line could then land after the command's own output.</summary>
    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
