using Npgsql;

namespace SurveySchema.Server;

/// <summary>Describes where a connection string points, for messages: host, port, database and user,
/// never the password.</summary>
internal static class ConnectionDescription
{
    public static string Describe(string connectionString)
    {
        try
        {
            return Describe(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }

    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        // Npgsql, like libpq, defaults the user to the OS user and the database to the user.
        var user = string.IsNullOrEmpty(builder.Username) ? Environment.UserName : builder.Username;
        var database = string.IsNullOrEmpty(builder.Database) ? user : builder.Database;
        var where = host.Contains(',', StringComparison.Ordinal) ? host : $"{host}:{builder.Port}";
        return $"{where}/{database} as {user}";
    }
}
