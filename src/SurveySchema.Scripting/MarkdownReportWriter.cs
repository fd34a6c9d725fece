using System.Text;
using SurveySchema.Planning;

namespace SurveySchema.Scripting;

/// <summary>The report a release manager reads in a minute: hazards first, then what changes per object.</summary>
public static class MarkdownReportWriter
{
    /// <summary>"yes" only when neither way loses anything: the forward plan has no Irreversible step and neither
    /// has the down script beside it (a column added here is dropped, with its data, by the down script).</summary>
    internal static string Reversibility(MigrationPlan plan)
    {
        if (!plan.IsReversible)
        {
            return "no — see Irreversible hazards";
        }

        var down = plan.Reverse();
        var lossy = down.Steps.Where(step => step.Hazards.Any(hazard => hazard.Kind == HazardKind.Irreversible)).ToList();
        return lossy.Count == 0
            ? "yes"
            : $"no — the down script is marked Irreversible: {string.Join("; ", lossy.Select(step => step.Operation.Describe().ReplaceLineEndings(" ")))}";
    }

    public static string Write(MigrationPlan plan, ScriptHeader header)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);

        var md = new StringBuilder();
        md.Append("# Schema migration plan\n\n");
        md.Append($"- **Source:** {header.Source} (`{Short(plan.SourceFingerprint)}`)\n");
        md.Append($"- **Target:** {header.Target} (`{Short(plan.TargetFingerprint)}`)\n");
        md.Append($"- **Generated:** {PlanSummary.Utc(header.GeneratedAt)} by surveyschema {header.ToolVersion}\n");
        md.Append($"- **Steps:** {plan.Steps.Count} in {plan.Segments.Count} segment(s); online-safe forms {(plan.Options.OnlineSafe ? "on" : "off")}\n");
        md.Append($"- **Hazards:** {PlanSummary.Hazards(plan)}\n");
        md.Append($"- **Reversible:** {Reversibility(plan)}\n\n");
        if (plan.IsEmpty)
        {
            md.Append("Nothing to do: the source already matches the target.\n");
            AppendRemarks(md, plan);
            return md.ToString();
        }

        var hazardous = plan.Steps.Where(s => s.IsHazardous).ToList();
        if (hazardous.Count > 0)
        {
            md.Append("## Hazards\n\n| step | hazard | what |\n| ---: | --- | --- |\n");
            foreach (var step in hazardous)
            {
                foreach (var hazard in step.Hazards)
                {
                    md.Append($"| {step.Number} | {hazard.Kind} {hazard.Code.Id} | {Cell(hazard.Message)} |\n");
                }
            }

            md.Append('\n');
        }

        md.Append("## Changes\n\n");
        foreach (var group in plan.Steps.GroupBy(s => s.Operation.Subject))
        {
            var rows = group.Select(s => s.EstimatedRows).FirstOrDefault(r => r is not null);
            md.Append($"### {group.Key}{(rows is null ? "" : $" (~{rows:N0} rows)")}\n\n");
            foreach (var step in group)
            {
                var flags = step.IsHazardous ? " ⚠ " + string.Join(", ", step.Hazards.Select(h => h.Kind).Distinct()) : "";
                md.Append($"- {step.Number}. {Cell(step.Operation.Describe())}{flags}\n");
            }

            md.Append('\n');
        }

        AppendRemarks(md, plan);
        return md.ToString();
    }

    private static void AppendRemarks(StringBuilder md, MigrationPlan plan)
    {
        if (plan.Remarks.IsEmpty)
        {
            return;
        }

        md.Append("\n## Notes\n\n");
        foreach (var remark in plan.Remarks)
        {
            md.Append($"- {Cell(remark.ToString())}\n");
        }
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
