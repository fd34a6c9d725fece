using System.Globalization;
using System.Text;

namespace SurveySchema.Scripting.Drift;

/// <summary>GitHub Actions workflow commands for a drift report: one <c>::error</c> per difference, on the file and
/// line that declare it, so the pull request shows it beside the SQL.</summary>
/// <remarks>A difference only the database has is declared nowhere: its annotation has no file and shows on the run.
/// Escaping follows the runner's rules (<c>%</c>, CR and LF in the message; also <c>:</c> and <c>,</c> in
/// properties): https://docs.github.com/actions/reference/workflow-commands-for-github-actions.</remarks>
public static class GitHubAnnotationWriter
{
    public static IEnumerable<string> Lines(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var finding in report.Findings)
        {
            var properties = new List<string>();
            if (finding.DeclaredAt is { } declared)
            {
                properties.Add("file=" + Property(declared.File));
                // The line only: GitHub marks the whole line, and a column would point inside the statement.
                properties.Add("line=" + declared.Line.ToString(CultureInfo.InvariantCulture));
            }

            properties.Add("title=" + Property($"schema drift: {finding.Object}"));
            yield return $"::error {string.Join(",", properties)}::{Data(Message(finding))}";
        }
    }

    /// <summary>What the annotation says: the item, which way it differs, and what each side holds.</summary>
    public static string Message(DriftFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var message = new StringBuilder();
        message.Append(finding.Kind switch
        {
            DriftKind.Missing => $"{finding.Item} is declared here but missing from the database",
            DriftKind.Unexpected => finding.DeclaredAt is null
                ? $"{finding.Object}: {finding.Item} is in the database but not in the schema"
                : $"{finding.Item} is in the database but not declared here",
            _ => $"{finding.Item} differs from the database",
        });
        message.Append(" (diff would: ").Append(finding.Change).Append(')');
        if (finding.Expected is not null)
        {
            message.Append("\nexpected: ").Append(finding.Expected);
        }

        if (finding.Actual is not null)
        {
            message.Append("\nactual: ").Append(finding.Actual);
        }

        return message.ToString();
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
