using System.CommandLine;
using System.Globalization;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>history</c>: the chain with applied/stamped/pending marks and each applied revision's checksum
/// status; exit 3 when an applied revision's file changed or the history does not fit the chain.</summary>
internal static class HistoryCommand
{
    public static Command Create() =>
        StatusCommand.Create("history", "List the revision chain with applied/pending marks and checksum status", Lines);

    /// <summary>One line per revision of the chain, then any history row the chain does not have.</summary>
    private static IEnumerable<string> Lines(RevisionStatus status)
    {
        var rows = status.State.History.ToDictionary(row => row.Revision, StringComparer.Ordinal);
        var partway = status.State.Progress.Select(row => row.Revision).ToHashSet(StringComparer.Ordinal);
        var width = status.Chain.Revisions.Select(revision => revision.Description.Length).DefaultIfEmpty(0).Max();
        foreach (var revision in status.Chain.Revisions)
        {
            var description = revision.Description.PadRight(width);
            if (!rows.TryGetValue(revision.Id, out var row))
            {
                var mark = partway.Contains(revision.Id) ? "partway" : "pending";
                yield return $"{revision.Id}  {mark,-7}  {"",-7}  {description}".TrimEnd();
                continue;
            }

            var checksum = row.Checksum == revision.Checksum ? "ok" : "CHANGED";
            yield return $"{revision.Id}  {row.Kind,-7}  {checksum,-7}  {description}  {Details(row)}";
        }

        foreach (var row in status.State.History.Where(row => status.Chain.Find(row.Revision) is null))
        {
            yield return $"{row.Revision}  {row.Kind,-7}  {"?",-7}  {row.Description}  {Details(row)}  (not in {status.Chain.Directory})";
        }
    }

    private static string Details(HistoryRow row)
    {
        var when = row.AppliedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var who = string.IsNullOrEmpty(row.AppliedByOsUser) ? row.AppliedByRole : $"{row.AppliedByRole} ({row.AppliedByOsUser})";
        var duration = row.DurationMs is { } ms ? $", {RevisionConsole.Seconds(TimeSpan.FromMilliseconds(ms))}" : "";
        return $"{when} by {who}{duration}, surveyschema {row.ToolVersion}";
    }
}
