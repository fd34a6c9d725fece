namespace SurveySchema.Server;

/// <summary>A server could not be started, reached or prepared; the message says what is missing or
/// what failed, and never contains a password.</summary>
public sealed class PostgresServerException : Exception
{
    public PostgresServerException(string message)
        : base(message)
    {
    }

    public PostgresServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
