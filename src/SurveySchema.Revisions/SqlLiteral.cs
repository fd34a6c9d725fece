namespace SurveySchema.Revisions;

/// <summary>Quotes values the tool writes into SQL itself (history rows), never user SQL.</summary>
internal static class SqlLiteral
{
    /// <summary>A string literal that reads the same whatever <c>standard_conforming_strings</c> says: with a
    /// backslash in the value, the E'' form (where backslashes are escapes under both settings).</summary>
    public static string Quote(string value) =>
        value.Contains('\\', StringComparison.Ordinal)
            ? "E'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
