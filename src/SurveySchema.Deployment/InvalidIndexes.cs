using Npgsql;

namespace SurveySchema.Deployment;

/// <summary>Indexes PostgreSQL marks INVALID (<c>pg_index.indisvalid = false</c>): what a failed or cancelled
/// CREATE INDEX CONCURRENTLY leaves behind. Such an index is maintained on every write but never used; it must be
/// dropped (or REINDEXed) before the same index can be built again.
/// https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY</summary>
public static class InvalidIndexes
{
    /// <summary>The qualified, quoted names of every invalid index outside the system schemas.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\_%'
            ORDER BY 1
            """, connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
