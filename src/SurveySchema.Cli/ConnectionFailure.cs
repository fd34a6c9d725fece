using System.Net.Sockets;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Server;

namespace SurveySchema.Cli;

/// <summary>The common mistakes behind a failed connection, in one line with the likely fix: the server is not
/// reachable, the database does not exist, the login is refused.</summary>
internal static class ConnectionFailure
{
    /// <summary>The line to print, or null when the exception is not a connection or server failure.</summary>
    public static string? Explain(Exception exception)
    {
        switch (exception)
        {
            case PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } postgres:
                return $"{postgres.MessageText}: create it (`createdb`), or point --connection at the right database";
            case PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } postgres:
                return $"{postgres.MessageText}: check the user and password of --connection";
            case PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } postgres:
                return LockTimeout.Explain(postgres);
            case NpgsqlException npgsql when npgsql.InnerException is SocketException or TimeoutException || npgsql.Message.StartsWith("Failed to connect", StringComparison.Ordinal):
                return $"cannot reach the server: {npgsql.Message}{(npgsql.InnerException is { } inner ? $" ({inner.Message})" : "")}; is PostgreSQL running there, and are host and port of --connection right?";
            case NpgsqlException npgsql:
                return $"PostgreSQL: {npgsql.Message}";
            case CatalogReadException read:
                return read.InnerException is { } cause && Explain(cause) is { } innerLine ? innerLine : read.Message;
            case PostgresServerException server:
                return server.Message;
            default:
                return null;
        }
    }
}
