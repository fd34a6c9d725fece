namespace SurveySchema.Server;

/// <summary>Quoting of identifiers and literals for the few statements this library writes itself.</summary>
internal static class PostgresIdentifier
{
    /// <summary>A double-quoted identifier: PostgreSQL escapes an embedded quote by doubling it.</summary>
    public static string Quote(string identifier)
    {
        if (identifier.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("an identifier cannot contain a NUL character", nameof(identifier));
        }

        return "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
