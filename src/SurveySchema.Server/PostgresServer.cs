namespace SurveySchema.Server;

/// <summary>A PostgreSQL server on which the tool may create and drop scratch databases.</summary>
public sealed class PostgresServer
{
    public PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>Connection string to a maintenance database (<c>postgres</c>) with CREATEDB rights.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Creates a new, uniquely named database from <paramref name="template"/>.</summary>
    public Task<ScratchDatabase> CreateDatabaseAsync(
        DatabaseTemplate template = DatabaseTemplate.PostGis,
        string prefix = "surveyschema_scratch",
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("being written: embedded server issue");
}
