namespace SurveySchema.Server;

/// <summary>A throwaway database; disposing it drops it (terminating leftover sessions).</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    internal ScratchDatabase(PostgresServer server, string name, string connectionString)
    {
        Server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public PostgresServer Server { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public ValueTask DisposeAsync() => throw new NotImplementedException("being written: embedded server issue");
}
