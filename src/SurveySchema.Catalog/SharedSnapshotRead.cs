using System.Data;
using System.Runtime.ExceptionServices;
using Npgsql;

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

    public static async Task<CatalogSnapshot> ReadAsync(NpgsqlDataSource dataSource, CatalogOptions options, CancellationToken cancellationToken)
    {
        // The first failure stops the other connections: they may be waiting for a snapshot or relations
        // that will never come, or running a query whose rows nobody will use.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var snapshot = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var relations = new TaskCompletionSource<OidArray>(TaskCreationOptions.RunContinuationsAsynchronously);

        var indexes = StopOthersOnFailure(abort, ReadImportingAsync(dataSource, snapshot.Task, relations.Task, abort.Token,
            async (session, oids) => await TableObjects.ReadIndexesAsync(session, oids)));
        var columns = StopOthersOnFailure(abort, ReadImportingAsync(dataSource, snapshot.Task, relations.Task, abort.Token,
            async (session, oids) => await TableObjects.ReadColumnsAsync(session, oids)));
        var main = StopOthersOnFailure(abort, ReadExportingAsync(dataSource, options, snapshot, async oids =>
        {
            relations.SetResult(oids);
            return new ColumnsAndIndexes(await columns, await indexes);
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

    private static async Task<CatalogSnapshot> ReadExportingAsync(
        NpgsqlDataSource dataSource,
        CatalogOptions options,
        TaskCompletionSource<string> snapshot,
        Func<OidArray, Task<ColumnsAndIndexes>> readColumnsAndIndexes,
        CancellationToken cancellationToken)
    {
        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var session = new CatalogSession(connection, transaction, cancellationToken);
        await session.PinSettingsAsync();
        snapshot.SetResult(await session.ExportSnapshotAsync());

        var result = await CatalogSnapshot.ReadAsync(session, options, readColumnsAndIndexes);
        await transaction.RollbackAsync(cancellationToken);
        return result;
    }

    private static async Task<T> ReadImportingAsync<T>(
        NpgsqlDataSource dataSource,
        Task<string> snapshot,
        Task<OidArray> relations,
        CancellationToken cancellationToken,
        Func<CatalogSession, OidArray, Task<T>> read)
    {
        // Connecting (a new backend) overlaps with the first connection's first round trips.
        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        var snapshotId = await snapshot.WaitAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var session = new CatalogSession(connection, transaction, cancellationToken);
        await session.PinSettingsAsync(snapshotId);

        var result = await read(session, await relations.WaitAsync(cancellationToken));
        await transaction.RollbackAsync(cancellationToken);
        return result;
    }
}
