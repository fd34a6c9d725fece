using SurveySchema.Planning;
using static SurveySchema.Cli.Commands.SummaryConsole;

namespace SurveySchema.Cli.Commands;

/// <summary>The few lines <c>diff</c> prints: how much changes, which hazards, where the files are.</summary>
internal static class DiffSummary
{
    public static void Print(SummaryConsole console, MigrationPlan plan, string target, string project, DiffPaths paths)
    {
        if (plan.IsEmpty)
        {
            console.Line($"[green]nothing to do:[/] {Escape(target)} matches {Escape(project)}");
        }
        else
        {
            console.Line($"{Escape(target)} → {Escape(project)}: [bold]{Count(plan.Steps.Count, "operation")}[/] in {Count(plan.Segments.Count, "segment")}");
            console.Line($"  {Escape(OperationCounts(plan))}");
            console.Line(plan.Hazards.Count == 0 ? "hazards: [green]none[/]" : $"hazards: [yellow]{Escape(HazardCounts(plan))}[/]");
        }

        foreach (var remark in plan.Remarks)
        {
            console.Line($"note: {Escape(remark.ToString())}");
        }

        console.Line($"script:  {Escape(paths.Script)}");
        console.Line($"reverse: {Escape(paths.Reverse)}{(plan.IsReversible ? "" : " [yellow](incomplete: some steps are irreversible)[/]")}");
        if (paths.Report is { } report)
        {
            console.Line($"report:  {Escape(report)}");
        }

        if (paths.Json is { } json)
        {
            console.Line($"plan:    {Escape(json)}");
        }

        console.Line($"source fingerprint: {plan.SourceFingerprint}");
        console.Line($"target fingerprint: {plan.TargetFingerprint}");
    }

    /// <summary><c>3 add column, 1 create index</c>, in plan order.</summary>
    public static string OperationCounts(MigrationPlan plan) =>
        string.Join(", ", plan.Steps.GroupBy(step => Words(step.Operation.GetType().Name)).Select(group => $"{group.Count()} {group.Key}"));

    /// <summary><c>DataLoss ×2, IndexBuild ×1</c>.</summary>
    public static string HazardCounts(MigrationPlan plan) =>
        string.Join(", ", plan.Hazards.GroupBy(hazard => hazard.Kind).OrderBy(group => group.Key).Select(group => $"{group.Key} ×{group.Count()}"));

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary><c>AddColumn</c> → <c>add column</c>.</summary>
    private static string Words(string typeName) =>
        string.Concat(typeName.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
