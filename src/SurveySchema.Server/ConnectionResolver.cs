using Npgsql;

namespace SurveySchema.Server;

/// <summary>Finds the target connection the way DESIGN.md orders it: option, SURVEYSCHEMA_CONNECTION,
/// DATABASE_URL / SQLALCHEMY_DATABASE_URI, PG* variables, a root <c>.env</c>.</summary>
public static class ConnectionResolver
{
    /// <summary>Variables holding a whole connection string or URI, in the order they are tried.</summary>
    private static readonly string[] ConnectionVariables = ["SURVEYSCHEMA_CONNECTION", "DATABASE_URL", "SQLALCHEMY_DATABASE_URI"];

    /// <summary>The resolved Npgsql connection string, or null when nothing is configured
    /// (the caller then starts an <see cref="EmbeddedPostgres"/>).</summary>
    /// <exception cref="FormatException">The first configured value cannot be read; the message names its
    /// source, never the password.</exception>
    public static ResolvedConnection? Resolve(string? explicitConnection, string rootDirectory) =>
        Resolve(explicitConnection, rootDirectory, Environment.GetEnvironmentVariable);

    /// <summary>The same, reading variables through <paramref name="environment"/> (tests pass a dictionary).</summary>
    internal static ResolvedConnection? Resolve(
        string? explicitConnection, string rootDirectory, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(explicitConnection))
        {
            return Create(explicitConnection, "--connection");
        }

        var fromEnvironment = FromVariables(environment, where: null);
        if (fromEnvironment is not null)
        {
            return fromEnvironment;
        }

        var dotEnv = Path.Combine(rootDirectory, ".env");
        if (!File.Exists(dotEnv))
        {
            return null;
        }

        var values = DotEnvFile.Parse(File.ReadAllText(dotEnv));
        return FromVariables(key => values.GetValueOrDefault(key), where: dotEnv);
    }

    private static ResolvedConnection? FromVariables(Func<string, string?> lookup, string? where)
    {
        string Source(string what) => where is null ? what : $"{what} in {where}";

        foreach (var variable in ConnectionVariables)
        {
            var value = lookup(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return Create(value, Source(variable));
            }
        }

        // libpq's variables; PGUSER or PGPASSWORD alone do not say which server to use.
        string? Pg(string name) => lookup(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        if (Pg("PGHOST") is null && Pg("PGDATABASE") is null)
        {
            return null;
        }

        var source = Source("PG* variables");
        var builder = new NpgsqlConnectionStringBuilder { Host = Pg("PGHOST") ?? "localhost" };
        if (Pg("PGPORT") is { } port)
        {
            builder.Port = ConnectionStringParser.ParsePort(port, $"{source}: PGPORT");
        }

        builder.Database = Pg("PGDATABASE");
        builder.Username = Pg("PGUSER");
        // The password is taken as written: surrounding spaces may belong to it.
        builder.Password = lookup("PGPASSWORD") is { Length: > 0 } password ? password : null;
        if (Pg("PGSSLMODE") is { } sslMode)
        {
            builder.SslMode = ConnectionStringParser.ParseSslMode(sslMode, $"{source}: PGSSLMODE");
        }

        return new ResolvedConnection(builder.ConnectionString, source);
    }

    /// <summary>One given value (Npgsql keywords or a postgresql:// URI) read the way every connection is, for
    /// connections other than the target's (<c>--dev-connection</c>); <paramref name="source"/> is named in
    /// messages, which never contain the password.</summary>
    /// <exception cref="FormatException">The value cannot be read.</exception>
    public static ResolvedConnection Parse(string value, string source) => Create(value, source);

    private static ResolvedConnection Create(string value, string source) =>
        new(ConnectionStringParser.Parse(value.Trim(), source).ConnectionString, source);
}

/// <summary>A connection string and where it came from; <see cref="Display"/> never shows the password.</summary>
public sealed record ResolvedConnection(string ConnectionString, string Source)
{
    /// <summary>Host, port, database and user, for messages: the password is never included.</summary>
    public string Display => $"{ConnectionDescription.Describe(ConnectionString)} ({Source})";

    /// <summary>Removes this connection's password (and any other visible one) from <paramref name="text"/>,
    /// typically an exception message.</summary>
    public string Redact(string text) => Redaction.RemovePasswords(text, ConnectionString);

    /// <summary>The display form: a record's generated ToString would print the password.</summary>
    public override string ToString() => Display;
}
