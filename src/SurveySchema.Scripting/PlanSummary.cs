using System.Text;
using SurveySchema.Planning;

namespace SurveySchema.Scripting;

/// <summary>The counts a script header and a report open with.</summary>
internal static class PlanSummary
{
    /// <summary><c>3 add column, 1 create index</c>: operation kinds with their counts, in plan order.</summary>
    public static string Operations(MigrationPlan plan) => plan.IsEmpty
        ? "none"
        : string.Join(", ", plan.Steps.GroupBy(s => Words(s.Operation.GetType().Name)).Select(g => $"{g.Count()} {g.Key}"));

    /// <summary><c>DataLoss ×2, IndexBuild ×1</c>, or <c>none</c>.</summary>
    public static string Hazards(MigrationPlan plan) => plan.Hazards.Count == 0
        ? "none"
        : string.Join(", ", plan.Hazards.GroupBy(h => h.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"));

    public static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>AddColumn</c> → <c>add column</c>.</summary>
    public static string Words(string typeName) =>
        string.Concat(typeName.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The comment lines both script headers share: steps, operations, hazards and the plan's remarks.</summary>
    public static void AppendCommentLines(StringBuilder sql, MigrationPlan plan)
    {
        sql.Append($"-- steps: {plan.Steps.Count} in {plan.Segments.Count} segment(s), online-safe forms: {(plan.Options.OnlineSafe ? "on" : "off")}\n");
        sql.Append($"-- operations: {Operations(plan)}\n");
        sql.Append($"-- hazards: {Hazards(plan)}\n");
        foreach (var remark in plan.Remarks)
        {
            sql.Append($"-- note: {SqlScriptWriter.OneLine(remark.ToString())}\n");
        }
    }
}
