using Npgsql;

namespace SurveySchema.Revisions;

/// <summary>The advisory lock key every command that changes a database's schema holds while it runs
/// (upgrade, downgrade, stamp and deploy), so that two of them never interleave on one database.</summary>
public static class SchemaChangeLock
{
    /// <summary>"SURVEYSC" in ASCII: a fixed key, the same for every version of the tool.</summary>
    public const long Key = 0x5355525645595343L;

    /// <summary>Takes the lock on <paramref name="connection"/> at session level without waiting; false when another
    /// session holds it. It is held until the connection closes (or <c>pg_advisory_unlock</c>), through any
    /// transactions the connection runs: deploy applies its plan on the same connection, so give it a connection
    /// that is not pooled, or an idle pooled one would keep the lock.</summary>
    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        take.Parameters.AddWithValue("key", Key);
        return await take.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>Gives the lock back on <paramref name="connection"/> if it is still open; a connection that is gone
    /// took the lock with it.</summary>
    /// <remarks>Closing the connection would release it too, but only once the server process behind it has exited,
    /// which happens after the client has moved on: the next command, started at once, could still find the lock
    /// held and refuse as busy (seen under load: a second deploy right after a first one).</remarks>
    public static async Task ReleaseAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", Key);
            await release.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The connection broke: the server ends its session, and the lock with it.
        }
    }

    /// <summary>Held until disposed: <see cref="ReleaseAsync"/> on the connection that took the lock.</summary>
    public static IAsyncDisposable ReleasedOnDispose(NpgsqlConnection connection) => new Held(connection);

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await ReleaseAsync(connection).ConfigureAwait(false);
    }
}
