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
}
