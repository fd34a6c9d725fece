using System.Text;

namespace SurveySchema.Scripting.Drift;

/// <summary>A drift report as a short Markdown summary, for a CI job's page (GitHub's <c>$GITHUB_STEP_SUMMARY</c>)
/// or a merge request comment: the verdict, a table of the differences, and the command to run next.</summary>
public static class MarkdownDriftSummaryWriter
{
    /// <summary>Table cells longer than this are cut (a view or function body); the JSON report has them whole.</summary>
    internal const int CellLength = 160;

    public static string Write(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        if (!report.HasDrift)
        {
            md.Append("## Schema drift: none\n\n");
            md.Append($"{Inline(report.Target)} matches `{Inline(report.Project)}` ({report.Objects.Length} objects compared).\n");
            AppendRemarks(md, report);
            return md.ToString();
        }

        var count = report.Findings.Length;
        md.Append($"## Schema drift: {count} difference{(count == 1 ? "" : "s")}\n\n");
        md.Append($"{Inline(report.Target)} differs from `{Inline(report.Project)}`: {report.DriftedObjects} of {report.Objects.Length} objects compared.\n\n");
        md.Append("| object | item | kind | expected (schema) | actual (database) | declared at |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var finding in report.Findings)
        {
            md.Append($"| {Cell(finding.Object)} | {Cell(finding.Item)} | {finding.Kind.ToString().ToLowerInvariant()} | "
                + $"{Cell(finding.Expected ?? "—")} | {Cell(finding.Actual ?? "—")} | "
                + $"{(finding.DeclaredAt is { } at ? $"`{Cell(at.File)}:{at.Line}`" : "—")} |\n");
        }

        if (report.NextCommand is not null)
        {
            md.Append($"\nNext: `{Inline(report.NextCommand)}`\n");
        }

        AppendRemarks(md, report);
        return md.ToString();
    }

    private static void AppendRemarks(StringBuilder md, DriftReport report)
    {
        if (report.Remarks.IsEmpty)
        {
            return;
        }

        md.Append('\n');
        foreach (var remark in report.Remarks)
        {
            md.Append("- note: ").Append(Inline(remark)).Append('\n');
        }
    }

    /// <summary>One table cell: on one line, long text cut, pipes escaped.</summary>
    private static string Cell(string text)
    {
        var line = Inline(text);
        line = line.Length <= CellLength ? line : line[..(CellLength - 1)] + "…";
        return line.Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static string Inline(string text) => text.ReplaceLineEndings(" ").Replace("`", "'", StringComparison.Ordinal);
}
