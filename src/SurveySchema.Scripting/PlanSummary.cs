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
}
