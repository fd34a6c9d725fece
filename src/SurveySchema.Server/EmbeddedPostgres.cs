namespace SurveySchema.Server;

/// <summary>A throwaway PostgreSQL cluster started from the installed binaries; stopped when disposed.</summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private EmbeddedPostgres(PostgresServer server) => Server = server;

    /// <summary>The running server: create scratch databases on it.</summary>
    public PostgresServer Server { get; }

    public static Task<EmbeddedPostgres> StartAsync(CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("being written: embedded server issue");

    public ValueTask DisposeAsync() => throw new NotImplementedException("being written: embedded server issue");
}
