using Npgsql;

namespace SurveySchema.Deployment;

/// <summary>Who blocked one of our statements: the relation it waited for and the session holding it.</summary>
public sealed record LockBlocker(string Relation, int Pid, DateTime? QueryStart, string? State, string? Query)
{
    public override string ToString() =>
        $"{Relation} is locked by pid {Pid}"
        + (QueryStart is { } start ? $" (its query started {start.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}" : " (")
        + (State is { Length: > 0 } ? $", {State}" : "")
        + (Query is { Length: > 0 } ? $": {Query.ReplaceLineEndings(" ")}" : "")
        + ")";
}

/// <summary>A statement gave up waiting for a lock (<c>lock_timeout</c>); <see cref="Blocker"/> is who held it, when
/// the watch saw it.</summary>
public sealed record LockWaitFailure(string Message, LockBlocker? Blocker)
{
    public override string ToString() =>
        Blocker is { } blocker ? $"{Message}: {blocker}" : $"{Message}: another session holds a lock the statement needed";
}

/// <summary>Watches, from a connection of its own, for sessions of this run that wait for a relation lock, and
/// remembers who blocks them. A statement that hits <c>lock_timeout</c> fails with "canceling statement due to
/// lock timeout" and nothing else: by then its wait is over and the blocker can no longer be asked for, so it is
/// looked up while the wait lasts. Every connection of the run carries one application_name
/// (<see cref="Bound"/>), which is how the watch finds them, including the catalog reader's parallel connections.</summary>
public sealed class LockWatch : IAsyncDisposable
{
    private const string BlockedQuery = """
        SELECT coalesce(w.relation::regclass::text, w.locktype) AS relation, b.pid, b.query_start, b.state, left(b.query, 160)
        FROM pg_stat_activity a
        JOIN pg_locks w ON w.pid = a.pid AND NOT w.granted AND w.locktype IN ('relation', 'tuple', 'transactionid')
        CROSS JOIN LATERAL unnest(pg_blocking_pids(a.pid)) AS blocker(pid)
        JOIN pg_stat_activity b ON b.pid = blocker.pid
        WHERE a.application_name = @application AND a.wait_event_type = 'Lock'
        LIMIT 1
        """;

    private static LockBlocker? latest;

    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;

    private LockWatch(string connectionString, string applicationName, TimeSpan interval) =>
        polling = Task.Run(() => PollAsync(connectionString, applicationName, interval, stop.Token));

    /// <summary>The last blocker any watch of this process saw; null when none was seen.</summary>
    public static LockBlocker? Latest => Volatile.Read(ref latest);

    /// <summary>The connection string with <c>lock_timeout</c> (and, when asked, <c>client_connection_check_interval</c>)
    /// set for every session it opens, and an application_name that tells this run's sessions apart.</summary>
    public static string Bound(string connectionString, string lockTimeout, bool checkClientConnection = false)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var settings = $"-c lock_timeout={lockTimeout.Replace(" ", "", StringComparison.Ordinal)}";
        if (checkClientConnection)
        {
            // A killed tool stops its statement at once instead of when the server next writes to it.
            settings += " -c client_connection_check_interval=1000";
        }

        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? settings : $"{builder.Options} {settings}";
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            // One name per process, not per call: connections are pooled by connection string.
            builder.ApplicationName = $"surveyschema {Environment.ProcessId}";
        }

        return builder.ConnectionString;
    }

    /// <summary>Starts watching the sessions of <paramref name="boundConnectionString"/> (see <see cref="Bound"/>).</summary>
    public static LockWatch Start(string boundConnectionString, TimeSpan lockTimeout)
    {
        Volatile.Write(ref latest, null);
        var builder = new NpgsqlConnectionStringBuilder(boundConnectionString);
        var application = builder.ApplicationName ?? "";
        builder.ApplicationName = "surveyschema lock watch";
        builder.Pooling = false;
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(lockTimeout.TotalMilliseconds / 4, 50, 250));
        return new LockWatch(builder.ConnectionString, application, interval);
    }

    /// <summary>The lock timeout behind <paramref name="exception"/>, with its blocker when the watch saw it; null
    /// when the exception is not one. How to wait longer is the caller's to say (it knows its options).</summary>
    public static LockWaitFailure? Explain(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } postgres)
            {
                return new LockWaitFailure(postgres.MessageText, Latest);
            }
        }

        return null;
    }

    private static async Task PollAsync(string connectionString, string application, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(BlockedQuery, connection);
            command.Parameters.AddWithValue("application", application);
            while (!cancellationToken.IsCancellationRequested)
            {
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    if (await reader.ReadAsync(cancellationToken))
                    {
                        Volatile.Write(ref latest, new LockBlocker(
                            reader.GetString(0),
                            reader.GetInt32(1),
                            reader.IsDBNull(2) ? null : reader.GetDateTime(2),
                            reader.IsDBNull(3) ? null : reader.GetString(3),
                            reader.IsDBNull(4) ? null : reader.GetString(4)));
                    }
                }

                await Task.Delay(interval, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or NpgsqlException or ObjectDisposedException)
        {
            // The watch is a courtesy for the error message; the statement's own lock_timeout does the bounding.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await polling;
        stop.Dispose();
    }
}
