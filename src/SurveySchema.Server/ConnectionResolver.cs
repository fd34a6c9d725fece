namespace SurveySchema.Server;

/// <summary>Finds the target connection the way DESIGN.md orders it: option, SURVEYSCHEMA_CONNECTION,
/// DATABASE_URL / SQLALCHEMY_DATABASE_URI, PG* variables, a root <c>.env</c>.</summary>
public static class ConnectionResolver
{
    /// <summary>The resolved Npgsql connection string, or null when nothing is configured
    /// (the caller then starts an <see cref="EmbeddedPostgres"/>).</summary>
    public static ResolvedConnection? Resolve(string? explicitConnection, string rootDirectory) =>
        throw new NotImplementedException("being written: embedded server issue");
}

/// <summary>A connection string and where it came from; <see cref="Display"/> never shows the password.</summary>
public sealed record ResolvedConnection(string ConnectionString, string Source)
{
    /// <summary>Host, port, database and user, for messages: the password is never included.</summary>
    public string Display => throw new NotImplementedException("being written: embedded server issue");
}
