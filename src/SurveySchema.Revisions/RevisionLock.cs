using System.Diagnostics;
using Dapper;
using Npgsql;

namespace SurveySchema.Revisions;

/// <summary>Who holds the revision lock, for the waiting message.</summary>
public sealed record LockHolder(int Pid, string? User, string? ApplicationName, DateTime? Since)
{
    /// <summary>"pid 4242 (alice, surveyschema)".</summary>
    public string Describe()
    {
        var who = string.Join(", ", new[] { User, ApplicationName }.Where(part => !string.IsNullOrEmpty(part)));
        return who.Length == 0 ? $"pid {Pid}" : $"pid {Pid} ({who})";
    }
}

/// <summary>The session-level advisory lock that lets one runner at a time work on a database. It lives on a
/// connection of its own, held for the whole run, so that the transactions and no-transaction statements
/// on the work connection never release it; when the process dies, the server drops the connection and
/// with it the lock.</summary>
internal sealed class RevisionLock : IAsyncDisposable
{
    public const long Key = SchemaChangeLock.Key;

    private readonly NpgsqlConnection connection;

    private RevisionLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>The lock's connection: the runner also creates and reads the history tables on it.</summary>
    public NpgsqlConnection Connection => connection;

    /// <summary>Takes the lock, waiting at most <paramref name="timeout"/>; null when the wait timed out.</summary>
    public static async Task<(RevisionLock? Lock, LockHolder? Holder, TimeSpan Waited)> AcquireAsync(
        string connectionString, TimeSpan timeout, Action<LockHolder?> onWait, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await SchemaChangeLock.TryTakeAsync(connection, cancellationToken))
            {
                return (new RevisionLock(connection), null, TimeSpan.Zero);
            }

            var holder = await HolderAsync(connection, cancellationToken);
            onWait(holder);
            var clock = Stopwatch.StartNew();

            // lock_timeout bounds the wait for any heavyweight lock, advisory ones included; the server queues
            // waiters fairly, where polling pg_try_advisory_lock could starve one.
            var milliseconds = (long)Math.Max(1, timeout.TotalMilliseconds);
            await connection.ExecuteAsync(new CommandDefinition($"SET lock_timeout = {milliseconds}", cancellationToken: cancellationToken));
            try
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key }, commandTimeout: 0, cancellationToken: cancellationToken));
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                await connection.DisposeAsync();
                return (null, holder, clock.Elapsed);
            }

            await connection.ExecuteAsync(new CommandDefinition("RESET lock_timeout", cancellationToken: cancellationToken));
            return (new RevisionLock(connection), holder, clock.Elapsed);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static Task<LockHolder?> HolderAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<LockHolder?>(new CommandDefinition(
            """
            SELECT a.pid AS "Pid", a.usename::text AS "User", a.application_name AS "ApplicationName", a.backend_start AS "Since"
            FROM pg_locks l
            JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid = (@Key >> 32)::oid AND l.objid = (@Key & 4294967295)::oid AND l.objsubid = 1
            LIMIT 1
            """,
            new { Key },
            cancellationToken: cancellationToken));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SchemaChangeLock.ReleaseAsync(connection);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
