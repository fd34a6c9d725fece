using System.Text;

namespace SurveySchema.Revisions;

/// <summary>Prints a plan as a script for <c>psql -v ON_ERROR_STOP=1 -f FILE</c> (the <c>--sql</c> output).</summary>
public static class ScriptRenderer
{
    public static string Render(RevisionPlan plan) => Render(plan.Commands);

    /// <summary>Renders any sequence of commands, e.g. those a runner reports as executed.</summary>
    public static string Render(IEnumerable<ScriptCommand> commands)
    {
        var text = new StringBuilder();
        foreach (var command in commands)
        {
            switch (command)
            {
                case CommentCommand comment:
                    if (text.Length > 0)
                    {
                        text.Append('\n');
                    }

                    text.Append("-- ").Append(comment.Text).Append('\n');
                    break;
                case BeginUnitCommand begin:
                    text.Append(begin.Unit.InTransaction ? "BEGIN;" : "-- " + ScriptSplitter.NoTransactionMarker).Append('\n');
                    break;
                case StatementCommand statement:
                    // A statement whose last line ends in a -- comment would swallow the semicolon.
                    var sql = statement.Statement.Sql;
                    var lastLine = sql[(sql.LastIndexOf('\n') + 1)..];
                    text.Append(sql).Append(lastLine.Contains("--", StringComparison.Ordinal) ? "\n;\n" : ";\n");
                    break;
                case EndUnitCommand end when end.Unit.InTransaction:
                    text.Append("COMMIT;\n");
                    break;
            }
        }

        return text.ToString();
    }
}
