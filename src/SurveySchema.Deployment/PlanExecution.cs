using System.Diagnostics;
using Npgsql;
using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>Where a deploy stopped: the step and statement that failed, PostgreSQL's words, and how many
/// segments had committed before it (those stay: the database is between the plan's source and target).</summary>
/// <param name="InTransaction">False when the failed statement ran alone in autocommit (CREATE INDEX CONCURRENTLY):
/// nothing rolled it back, and what it left (an INVALID index) stays.</param>
public sealed record PlanFailure(PlanDocumentStep Step, string Statement, string Message, int CommittedSegments, bool InTransaction = true);

/// <summary>Applies a <see cref="PlanDocument"/> segment by segment on an open connection, exactly as the script
/// runs under psql: a transactional segment in one transaction (a failure undoes the whole segment), a
/// non-transactional one statement by statement in autocommit, because CREATE/DROP INDEX CONCURRENTLY and
/// ALTER TYPE … ADD VALUE refuse to run inside a transaction block.</summary>
public static class PlanExecution
{
    /// <summary>Runs every segment; null when all committed, else where it stopped. <c>onStep</c> is called
    /// after each step with its duration; <paramref name="progress"/>, when given, as each step starts and once
    /// after the last (<see cref="PlanProgress"/>).</summary>
    public static async Task<PlanFailure?> RunAsync(
        NpgsqlConnection connection, PlanDocument plan, Action<PlanDocumentStep, TimeSpan> onStep, CancellationToken cancellationToken,
        IProgress<PlanProgress>? progress = null)
    {
        var count = plan.Segments.Sum(segment => segment.Steps.Count);
        var completed = 0;
        void Starting(PlanDocumentStep step) => progress?.Report(new PlanProgress(step, completed, count));
        void Finished(PlanDocumentStep step, TimeSpan elapsed)
        {
            onStep(step, elapsed);
            completed++;
        }

        // Session-level settings, as the script's SET lines: lock_timeout keeps a DDL statement that waits for a
        // busy table from queueing every later query of that table behind it; check_function_bodies off lets a
        // function whose string body names objects created later in the plan be created first (as pg_dump does).
        // https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT
        await using (var settings = new NpgsqlCommand(
            "SELECT set_config('lock_timeout', @lock, false), set_config('statement_timeout', @statement, false), "
            + "set_config('check_function_bodies', 'off', false)", connection))
        {
            settings.Parameters.AddWithValue("lock", string.IsNullOrWhiteSpace(plan.LockTimeout) ? "0" : plan.LockTimeout);
            settings.Parameters.AddWithValue("statement", string.IsNullOrWhiteSpace(plan.StatementTimeout) ? "0" : plan.StatementTimeout);
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        var committed = 0;
        foreach (var segment in plan.Segments)
        {
            var failure = segment.Transactional
                ? await RunInTransactionAsync(connection, segment, committed, Starting, Finished, cancellationToken)
                : await RunAloneAsync(connection, segment, committed, Starting, Finished, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            committed++;
        }

        progress?.Report(new PlanProgress(null, completed, count));
        return null;
    }

    private static async Task<PlanFailure?> RunInTransactionAsync(
        NpgsqlConnection connection, PlanDocumentSegment segment, int committed, Action<PlanDocumentStep> starting,
        Action<PlanDocumentStep, TimeSpan> onStep, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var step in segment.Steps)
        {
            starting(step);
            var clock = Stopwatch.StartNew();
            foreach (var statement in step.Sql)
            {
                if (await ExecuteAsync(connection, transaction, statement, cancellationToken) is { } message)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    return new PlanFailure(step, statement, message, committed);
                }
            }

            onStep(step, clock.Elapsed);
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private static async Task<PlanFailure?> RunAloneAsync(
        NpgsqlConnection connection, PlanDocumentSegment segment, int committed, Action<PlanDocumentStep> starting,
        Action<PlanDocumentStep, TimeSpan> onStep, CancellationToken cancellationToken)
    {
        foreach (var step in segment.Steps)
        {
            starting(step);
            var clock = Stopwatch.StartNew();
            foreach (var statement in step.Sql)
            {
                if (await ExecuteAsync(connection, null, statement, cancellationToken) is { } message)
                {
                    return new PlanFailure(step, statement, message, committed, InTransaction: false);
                }
            }

            onStep(step, clock.Elapsed);
        }

        return null;
    }

    /// <summary>Runs one statement; PostgreSQL's error in words when it fails, null when it succeeds.</summary>
    private static async Task<string?> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string statement, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(statement, connection, transaction) { CommandTimeout = 0 };
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (PostgresException exception)
        {
            // A statement that gave up waiting for a lock says only that; the run's lock watch saw who held it.
            if (LockWatch.Explain(exception) is { } lockWait)
            {
                return $"{exception.SqlState}: {lockWait}";
            }

            var detail = exception.Detail is { Length: > 0 } d ? $" (detail: {d})" : "";
            var hint = exception.Hint is { Length: > 0 } h ? $" (hint: {h})" : "";
            return $"{exception.SqlState}: {exception.MessageText}{detail}{hint}";
        }
    }
}
