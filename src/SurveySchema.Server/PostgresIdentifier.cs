namespace SurveySchema.Server;

/// <summary>Quoting of identifiers for the few statements the server and shadow stages write themselves
/// (the migration scripts have their own generator, SurveySchema.Scripting).</summary>
public static class PostgresIdentifier
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
