using System.Data;
using System.Runtime.ExceptionServices;
using Npgsql;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>A catalog read over three connections that see one snapshot: the first exports its
/// transaction's snapshot, the other two import it and read the indexes and the columns, while the first reads
/// everything else.</summary>
/// <remarks>
/// Almost all of a read's time is the server deparsing defaults, constraints and index definitions
/// (pg_get_expr, pg_get_constraintdef, pg_get_indexdef), which runs on one CPU per backend; splitting it
/// over backends uses the server's other cores. A transaction that runs <c>SET TRANSACTION SNAPSHOT</c>
/// sees exactly what the exporting transaction sees, so the rows are those one connection would read
/// (https://www.postgresql.org/docs/15/functions-admin.html#FUNCTIONS-SNAPSHOT-SYNCHRONIZATION).
/// The exporter keeps its transaction open until the others have read everything, long after they
/// imported the snapshot.
/// </remarks>
internal static class SharedSnapshotRead
{
    /// <summary>Commands the three connections execute together, one round trip each: the first pins its
    /// settings, exports the snapshot and runs fourteen queries (fifteen with roles), the constraints last; the others
    /// import and pin in one command, then run the indexes, or the columns. The closing ROLLBACKs come on top.</summary>
    public const int Commands = 20;

    /// <summary>Connections one read holds at the same time.</summary>
    private const int Connections = 3;

    /// <summary>False when the connection string's pool cannot hand out three connections at once: the
    /// later ones would wait for the first, which waits for them, until the pool's timeout.</summary>
    public static bool FitsPool(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return !builder.Pooling || builder.MaxPoolSize >= Connections;
    }

    public static async Task<CatalogSnapshot> ReadAsync(NpgsqlDataSource dataSource, CatalogOptions options, CancellationToken cancellationToken) =>
        (await ReadAsync(dataSource, options, answeredBy: null, cancellationToken)).Snapshot!;

    /// <summary>As <see cref="ReadAsync(NpgsqlDataSource, CatalogOptions, CancellationToken)"/>, but with
    /// <paramref name="answeredBy"/> the first connection first reads the catalogs' <see cref="CatalogState"/> in the
    /// snapshot it is about to export, so the state is exactly the one the rows are read at, and asks
    /// <paramref name="answeredBy"/> whether the read is still needed: true (a cache holds a read at that state) stops
    /// it there, with no snapshot. The other connections are then opened only once the read goes on.</summary>
    public static async Task<(CatalogSnapshot? Snapshot, CatalogState? State)> ReadAsync(
        NpgsqlDataSource dataSource, CatalogOptions options, Func<CatalogState?, Task<bool>>? answeredBy, CancellationToken cancellationToken)
    {
        // The first failure stops the other connections: they may be waiting for a snapshot or relations
        // that will never come, or running a query whose rows nobody will use.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var snapshot = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var relations = new TaskCompletionSource<OidArray>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connectEarly = answeredBy is null;

        var indexes = StopOthersOnFailure(abort, ReadImportingAsync(dataSource, snapshot.Task, connectEarly, relations.Task, abort.Token,
            async (session, oids) => await TableObjects.ReadIndexesAsync(session, oids)));
        var columns = StopOthersOnFailure(abort, ReadImportingAsync(dataSource, snapshot.Task, connectEarly, relations.Task, abort.Token,
            async (session, oids) => await TableObjects.ReadColumnsAsync(session, oids)));
        var main = StopOthersOnFailure(abort, ReadExportingAsync(dataSource, options, snapshot, answeredBy, async oids =>
        {
            relations.SetResult(oids);
            return new ColumnsAndIndexes((await columns)!, (await indexes)!);
        }, abort.Token));

        try
        {
            await Task.WhenAll(main, indexes, columns);
        }
        catch
        {
            // Task.WhenAll rethrows the first task's exception, which may only be the cancellation another
            // connection's failure caused: report the failure itself.
            cancellationToken.ThrowIfCancellationRequested();
            var failure = new Task[] { main, indexes, columns }
                .Select(task => task.Exception?.InnerException)
                .FirstOrDefault(exception => exception is not null and not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }

        return main.Result;
    }

    private static async Task<T> StopOthersOnFailure<T>(CancellationTokenSource abort, Task<T> task)
    {
        try
        {
            return await task;
        }
        catch
        {
            await abort.CancelAsync();
            throw;
        }
    }

    /// <summary>The first connection's part: the state when asked (then stopping when it is answered; a null snapshot
    /// tells the others to stop too), the export, and every query but the columns and indexes.</summary>
    private static async Task<(CatalogSnapshot? Snapshot, CatalogState? State)> ReadExportingAsync(
        NpgsqlDataSource dataSource,
        CatalogOptions options,
        TaskCompletionSource<string?> snapshot,
        Func<CatalogState?, Task<bool>>? answeredBy,
        Func<OidArray, Task<ColumnsAndIndexes>> readColumnsAndIndexes,
        CancellationToken cancellationToken)
    {
        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var session = new CatalogSession(connection, transaction, cancellationToken);
        await session.PinSettingsAsync();
        CatalogState? state = null;
        if (answeredBy is not null)
        {
            using (StageTrace.Start("catalog.state"))
            {
                state = await session.ReadStateAsync(options);
            }

            if (await answeredBy(state))
            {
                snapshot.SetResult(null);
                await transaction.RollbackAsync(cancellationToken);
                return (null, state);
            }
        }

        snapshot.SetResult(await session.ExportSnapshotAsync());

        var result = await CatalogSnapshot.ReadAsync(session, options, readColumnsAndIndexes);
        await transaction.RollbackAsync(cancellationToken);
        return (result, state);
    }

    /// <summary>Another connection's part: nothing (default) when the first connection stopped before exporting.
    /// With <c>connectEarly</c> it connects at once, so that the new backend's start overlaps with the first
    /// connection's first round trips; without, it waits until the read is known to go on (the start then still
    /// overlaps with the schemas and relations the first connection reads before these queries can begin).</summary>
    private static async Task<T?> ReadImportingAsync<T>(
        NpgsqlDataSource dataSource,
        Task<string?> snapshot,
        bool connectEarly,
        Task<OidArray> relations,
        CancellationToken cancellationToken,
        Func<CatalogSession, OidArray, Task<T>> read)
    {
        if (!connectEarly && await snapshot.WaitAsync(cancellationToken) is null)
        {
            return default;
        }

        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        if (await snapshot.WaitAsync(cancellationToken) is not { } snapshotId)
        {
            return default;
        }

        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var session = new CatalogSession(connection, transaction, cancellationToken);
        await session.PinSettingsAsync(snapshotId);

        var result = await read(session, await relations.WaitAsync(cancellationToken));
        await transaction.RollbackAsync(cancellationToken);
        return result;
    }
}
