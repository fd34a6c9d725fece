using System.Globalization;
using System.Text;

namespace SurveySchema.Revisions;

/// <summary>The comment block a revision file starts with:
/// <code>
/// -- revision: 0002
/// -- description: add project archiving
/// -- revises: 0001
/// </code>
/// Only the leading <c>--</c> lines are read; other comment lines there are free text.</summary>
/// <param name="Revises">The parent's id, <c>"none"</c> for the first revision, or null when the header does not say.</param>
public sealed record RevisionHeader(string? Id, string? Description, string? Revises, int IdLine, int RevisesLine)
{
    public const string NoParent = "none";

    public static RevisionHeader Parse(string text)
    {
        string? id = null, description = null, revises = null;
        int idLine = 1, revisesLine = 1, lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (!line.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[2..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "revision" when id is null:
                    (id, idLine) = (value, lineNumber);
                    break;
                case "description" when description is null:
                    description = value;
                    break;
                case "revises" when revises is null:
                    (revises, revisesLine) = (value, lineNumber);
                    break;
            }
        }

        return new RevisionHeader(id, description, revises, idLine, revisesLine);
    }

    /// <summary>The header of a new file, followed by a note on what belongs in it.</summary>
    public static string Format(string id, string description, string? parentId, RevisionDirection direction, DateTimeOffset created)
    {
        var text = new StringBuilder();
        text.Append("-- revision: ").Append(id).Append('\n');
        text.Append("-- description: ").Append(description).Append('\n');
        text.Append("-- revises: ").Append(parentId ?? NoParent).Append('\n');
        text.Append("-- created: ").Append(created.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("--\n");
        text.Append(direction == RevisionDirection.Up
            ? "-- Runs in one transaction with its history row: no BEGIN/COMMIT here. Statements that cannot run in a\n"
              + "-- transaction (CREATE INDEX CONCURRENTLY) go after a line '-- surveyschema:no-transaction'.\n"
            : $"-- Undoes exactly what {id}'s up script does, in one transaction with the removal of its history row.\n");
        return text.ToString();
    }
}
