namespace SurveySchema.Parsing;

/// <summary>libpg_query (the PostgreSQL parser as a library) could not be loaded; the message names the
/// Debian package to install.</summary>
public sealed class PgQueryUnavailableException : Exception
{
    public const string InstallHint =
        "libpg_query is not installed: install it with `apt-get install libpg-query-dev` (or the runtime package libpg-query1504.0)";

    public PgQueryUnavailableException(Exception inner)
        : base($"{InstallHint} ({inner.Message})", inner)
    {
    }

    public PgQueryUnavailableException()
        : base(InstallHint)
    {
    }

    public PgQueryUnavailableException(string message)
        : base(message)
    {
    }

    public PgQueryUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
