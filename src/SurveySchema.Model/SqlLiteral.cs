namespace SurveySchema.Model;

/// <summary>SQL string literals: the one literal quoter of every stage (generated scripts' settings, history
/// rows, the catalog session's snapshot, shadow roles' VALID UNTIL). Npgsql has no public literal quoter (it
/// sends values as parameters, which SET and DDL cannot take).</summary>
public static class SqlLiteral
{
    /// <summary>A string constant that means the same whatever <c>standard_conforming_strings</c> says:
    /// quotes doubled, and an escape string (<c>E'…'</c>, backslashes doubled) when there is a backslash.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = text.Replace("'", "''", StringComparison.Ordinal);
        return text.Contains('\\', StringComparison.Ordinal)
            ? "E'" + quoted.Replace("\\", "\\\\", StringComparison.Ordinal) + "'"
            : "'" + quoted + "'";
    }
}
