using System.Globalization;

namespace SurveySchema.Cli.Progress;

/// <summary>What a progress update counts: statements applied (build) or steps run (deploy, upgrade).</summary>
internal enum ProgressUnit
{
    Statements,
    Steps,
}

/// <summary>One update of a long piece of work, as the CLI shows it; the commands translate the stages' typed
/// events (<c>BuildProgress</c>, <c>PlanProgress</c>, the revision runner's <c>StepStarted</c>) into these.</summary>
/// <param name="Activity">The command doing the work: <c>build</c>, <c>deploy</c>, <c>upgrade</c>.</param>
/// <param name="Done">Statements applied, or steps finished, so far.</param>
/// <param name="Total">Statements or steps in all.</param>
/// <param name="Unit">What <paramref name="Done"/> counts.</param>
/// <param name="Current">What runs now (a stage, a step's description); null when nothing more runs.</param>
internal sealed record ProgressUpdate(string Activity, int Done, int Total, ProgressUnit Unit, string? Current)
{
    public bool IsFinished => Done >= Total && Current is null;

    /// <summary>The update in words, without time: <c>build: applying statements: 120/151 statements applied</c>,
    /// <c>deploy: step 2 of 5: create index …</c>, <c>deploy: 5 of 5 steps done</c>.</summary>
    public string Describe() => Unit switch
    {
        ProgressUnit.Statements => Current is null
            ? $"{Activity}: {Done}/{Total} statements applied"
            : $"{Activity}: {Current}: {Done}/{Total} statements applied",
        _ => Current is null
            ? $"{Activity}: {Done} of {Total} steps done"
            : $"{Activity}: step {Math.Min(Done + 1, Total)} of {Total}: {Current}",
    };

    /// <summary>Seconds as the other lines of the CLI spell them: <c>0.4 s</c>, <c>12 s</c>.</summary>
    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString(elapsed.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";
}
