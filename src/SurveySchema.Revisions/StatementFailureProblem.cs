using Npgsql;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Revisions;

/// <summary>Turns a server error into a problem located in the revision file: PostgreSQL reports the
/// position of the offending token in the text it received (1-based, in characters), and each statement
/// was sent exactly as it stands in the file from a known offset.</summary>
internal static class StatementFailureProblem
{
    public static RevisionProblem From(PlannedStatement statement, NpgsqlException error)
    {
        var message = error is PostgresException server ? Describe(server) : error.Message;
        if (statement.File is not { } file || statement.Origin is not { } origin)
        {
            return new RevisionProblem(RevisionProblemCodes.StatementFailed, $"{message} (in the tool's statement: {FirstLine(statement.Sql)})");
        }

        var offset = error is PostgresException { Position: > 0 } located
            ? TextPosition.OffsetOfCharacter(file.Text, origin.Offset, located.Position)
            : origin.TokenOffset;
        var position = TextPosition.Of(file.Text, offset);
        return new RevisionProblem(RevisionProblemCodes.StatementFailed, message, file.Path, position.Line, position.Column);
    }

    private static string Describe(PostgresException error)
    {
        var text = $"{error.MessageText} [{error.SqlState}]";
        if (!string.IsNullOrEmpty(error.Detail))
        {
            text += $"; {error.Detail}";
        }

        if (!string.IsNullOrEmpty(error.Hint))
        {
            text += $"; hint: {error.Hint}";
        }

        if (!string.IsNullOrEmpty(error.Where) && error.Position == 0)
        {
            text += $"; where: {FirstLine(error.Where)}";
        }

        return text;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
