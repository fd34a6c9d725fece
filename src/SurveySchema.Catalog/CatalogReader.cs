using System.Data;
using Npgsql;
using SurveySchema.Catalog.Building;
using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Reads a live database's schema into a <see cref="DatabaseModel"/>.</summary>
/// <remarks>
/// Set-based: sixteen queries (Queries/*.sql; a seventeenth, roles.sql, when <see cref="CatalogOptions.Roles"/> names any), each returning one object kind for the whole database, so the
/// number of round trips is fixed whether the database has one table or five thousand. Every query runs in
/// a REPEATABLE READ, READ ONLY transaction, so the model is a consistent snapshot even while DDL runs
/// elsewhere (the pg_get_*def functions read the current catalog rather than the snapshot, as for pg_dump;
/// a concurrent ALTER of the very object being read can still show through). Given a connection string,
/// the reader spreads the queries over three connections that share one exported snapshot
/// (<see cref="SharedSnapshotRead"/>); given an open connection, it runs them one after the other on it.
/// Either way, reading the same database twice gives equal models and byte-identical JSON.
/// </remarks>
public static class CatalogReader
{
    /// <summary>Commands a read from a connection string executes, one round trip each, over all its
    /// connections; the closing ROLLBACKs come on top.</summary>
    internal const int Commands = SharedSnapshotRead.Commands;

    /// <summary>Commands a read over an open connection executes: the sixteen queries and the one that opens
    /// the snapshot (BEGIN travels with it); the closing ROLLBACK comes on top, the roles query when asked.</summary>
    internal const int CommandsOnOneConnection = 17;

    /// <summary>Opens connections, reads the model and closes the connections.</summary>
    public static async Task<DatabaseModel> ReadAsync(
        string connectionString,
        CatalogOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);

        await using var dataSource = CreateDataSource(connectionString);
        using var strings = RowStrings.Open();
        if (SharedSnapshotRead.FitsPool(connectionString))
        {
            var snapshot = await SharedSnapshotRead.ReadAsync(dataSource, options, cancellationToken);
            using var timing = StageTrace.Start("catalog.model-build");
            return ModelBuilder.Build(snapshot);
        }

        await using var connection = await OpenAsync(dataSource, cancellationToken);
        return await ReadAsync(connection, options, cancellationToken);
    }

    /// <summary>Where one read's connections come from: all of them share one type mapping, and none asks the
    /// server for its types.</summary>
    /// <remarks>By default Npgsql's first connection to a database reads every type in it (pg_type, with each
    /// table's row type), which at 5 000 tables cost the server 120-200 ms, and connections opening at once each
    /// paid it. The catalog queries return only built-in types (text, name, oid, "char", booleans, integers and
    /// arrays of them), which Npgsql knows without asking, and take oid[] and text[] parameters. Disposing the
    /// data source closes its connections: a read leaves none open in a pool, so a database can be dropped
    /// after it.</remarks>
    internal static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return builder.Build();
    }

    /// <summary>Opens one connection, naming the failure without the password.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        using var timing = StageTrace.Start("catalog.connection-open");
        var connection = dataSource.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException exception)
        {
            await connection.DisposeAsync();

            // Npgsql's messages name host and port, never the password.
            throw new CatalogReadException($"connecting to the database failed: {exception.Message}", exception);
        }
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

        using var strings = RowStrings.Open();
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
