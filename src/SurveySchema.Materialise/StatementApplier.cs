using Npgsql;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>Runs the batches of an <see cref="ApplyPlan"/> on the shadow database's connection, stopping at
/// the first error.</summary>
/// <remarks>A batch is one <see cref="NpgsqlBatch"/> with one command per statement: Npgsql writes them all
/// before reading any result, so a batch costs one round trip (plus BEGIN/COMMIT), and PostgreSQL still
/// parses and reports each statement on its own, which is how an error maps back to its statement
/// (<see cref="NpgsqlException.BatchCommand"/>, filled because the connection sets
/// <c>Include Failed Batched Command</c>).</remarks>
internal static class StatementApplier
{
    /// <summary>Null when every statement ran; else the first failure as a diagnostic.</summary>
    public static async Task<Diagnostic?> ApplyAsync(
        NpgsqlConnection connection, IReadOnlyList<ApplyBatch> batches, CancellationToken cancellationToken)
    {
        foreach (var batch in batches)
        {
            var failure = await ApplyAsync(connection, batch, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    private static async Task<Diagnostic?> ApplyAsync(NpgsqlConnection connection, ApplyBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = batch.InTransaction
            ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        // No time limit: a large batch on a slow server may take minutes; cancellation stops it instead.
        await using var command = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        foreach (var statement in batch.Statements)
        {
            command.BatchCommands.Add(new NpgsqlBatchCommand(statement.Sql));
        }

        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The transaction is rolled back when disposed; the caller drops the database anyway.
            var index = exception.BatchCommand is { } failed ? command.BatchCommands.IndexOf(failed) : -1;
            return index >= 0
                ? ApplyFailure.ToDiagnostic(batch.Statements[index], exception)
                : ApplyFailure.ToDiagnostic(batch.Statements[0], exception, exact: batch.Statements.Length == 1);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
