namespace SurveySchema.Server;

/// <summary>A throwaway database; disposing it drops it (terminating leftover sessions).</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private int disposed;

    internal ScratchDatabase(PostgresServer server, string name, string connectionString)
    {
        Server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public PostgresServer Server { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await Server.DropDatabaseAsync(Name, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
