using System.Data;
using Npgsql;
using SurveySchema.Catalog.Building;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Reads a live database's schema into a <see cref="DatabaseModel"/>.</summary>
/// <remarks>
/// Set-based: twelve queries (Queries/*.sql), each returning one object kind for the whole database,
/// plus one command that opens the snapshot, plus the closing ROLLBACK: fourteen round trips whether the
/// database has one table or five thousand (BEGIN travels with the first command). All of them run in one REPEATABLE READ, READ ONLY transaction, so the model is a
/// consistent snapshot even while DDL runs elsewhere (the pg_get_*def functions read the current catalog
/// rather than the snapshot, as for pg_dump; a concurrent ALTER of the very object being read can still
/// show through). Reading the same database twice gives equal models and byte-identical JSON.
/// </remarks>
public static class CatalogReader
{
    /// <summary>Commands one read executes, one round trip each; the closing ROLLBACK adds one more.</summary>
    internal const int Commands = 13;

    /// <summary>Opens a connection, reads the model and closes the connection.</summary>
    public static async Task<DatabaseModel> ReadAsync(
        string connectionString,
        CatalogOptions options,
        CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (NpgsqlException exception)
        {
            // Npgsql's messages name host and port, never the password.
            throw new CatalogReadException($"connecting to the database failed: {exception.Message}", exception);
        }

        return await ReadAsync(connection, options, cancellationToken);
    }

    /// <summary>Reads the model over an open connection that is not inside a transaction; the connection's
    /// session settings are left as they were.</summary>
    public static async Task<DatabaseModel> ReadAsync(
        NpgsqlConnection connection,
        CatalogOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);

        CatalogSnapshot snapshot;
        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
        {
            var session = new CatalogSession(connection, transaction, cancellationToken);
            await session.PinSettingsAsync();
            snapshot = await CatalogSnapshot.ReadAsync(session, options);

            // Read only: rolling back ends the transaction as well as COMMIT would, and undoes SET LOCAL.
            await transaction.RollbackAsync(cancellationToken);
        }

        return ModelBuilder.Build(snapshot);
    }
}
