using System.Collections.Immutable;
using Npgsql;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>What applying the project cost: for measurements and tests.</summary>
/// <param name="RoundTrips">Batches sent to the server (COMMITs not counted).</param>
/// <param name="Deferred">Statements set aside at least once because something they need did not exist yet.</param>
/// <param name="RetryPasses">Passes over the statements set aside.</param>
internal sealed record ApplyStatistics(int RoundTrips, int Deferred, int RetryPasses);

/// <summary>Runs an <see cref="ApplyPlan"/> on the shadow database's connection so that the order cannot be
/// wrong: the parse's order is tried first, and a statement PostgreSQL rejects for a missing object is set
/// aside and retried after the others, pass after pass, until a pass makes no progress. Only what still
/// fails is an error (DESIGN.md, "PostgreSQL is the arbiter").</summary>
/// <remarks>
/// <para>The fast path costs what it did before retries existed: a batch is one <see cref="NpgsqlBatch"/>
/// in one transaction, one round trip. Npgsql writes all commands before reading any result, and PostgreSQL
/// still reports each on its own, which is how an error maps back to its statement
/// (<see cref="NpgsqlException.BatchCommand"/>, filled because the connection sets
/// <c>Include Failed Batched Command</c>).</para>
/// <para>When a batch fails, it is rolled back and run again in savepoint mode: each statement between
/// <c>SAVEPOINT s</c> and <c>RELEASE SAVEPOINT s</c>, all in one round trip. PostgreSQL skips the rest of a
/// batch after an error, so a failure costs one more round trip: <c>ROLLBACK TO SAVEPOINT s</c> and the
/// statements after the failed one. Nothing that succeeded is run twice.</para>
/// <para>Session settings (<see cref="SchemaStatement.Session"/>) go before each statement whose settings
/// differ from the session's, outside the savepoint wrappers, as <c>RESET ALL</c> then the file's settings.
/// A rollback may undo settings, so after one the session's settings count as unknown and are re-applied.</para>
/// </remarks>
internal sealed class StatementApplier(NpgsqlConnection connection, ShadowBuildOptions options)
{
    private const string Savepoint = "surveyschema_statement";

    private readonly List<SchemaStatement> _applied = [];
    private readonly Dictionary<SchemaStatement, Diagnostic> _failed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The settings the session has now; null when a rollback made them unknown.</summary>
    private SessionSettings? _session = SessionSettings.Defaults;

    private int _roundTrips;
    private int _deferredCount;
    private int _total;

    /// <summary>The statements PostgreSQL rejected in every order tried, as diagnostics in file order;
    /// empty when everything ran.</summary>
    public async Task<(ImmutableArray<Diagnostic> Failures, ApplyStatistics Statistics)> ApplyAsync(
        IReadOnlyList<ApplyBatch> batches, CancellationToken cancellationToken)
    {
        var deferred = new List<SchemaStatement>();
        _total = batches.Sum(batch => batch.Statements.Length);
        Report();
        foreach (var batch in batches)
        {
            if (!batch.InTransaction)
            {
                await RunAloneAsync(batch.Statements[0], deferred, cancellationToken).ConfigureAwait(false);
            }
            else if (!await TryFastAsync(batch, cancellationToken).ConfigureAwait(false))
            {
                await RunWithSavepointsAsync(batch.Statements, deferred, cancellationToken).ConfigureAwait(false);
            }
        }

        _deferredCount = deferred.Count;
        var passes = 0;
        while (deferred.Count > 0)
        {
            passes++;
            var retry = deferred;
            deferred = [];
            var before = _applied.Count;
            foreach (var batch in ApplyPlan.Create(retry, options with { SingleTransactionLimit = 0 }))
            {
                if (batch.InTransaction)
                {
                    await RunWithSavepointsAsync(batch.Statements, deferred, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await RunAloneAsync(batch.Statements[0], deferred, cancellationToken).ConfigureAwait(false);
                }
            }

            if (_applied.Count == before)
            {
                break;
            }
        }

        if (_session is not { IsDefaults: true })
        {
            // The catalog reader runs on this connection next, with unqualified names of its own.
            await ExecuteAsync(["RESET ALL"], null, cancellationToken).ConfigureAwait(false);
            _session = SessionSettings.Defaults;
        }

        var failures = _failed.Values
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToImmutableArray();
        return (failures, new ApplyStatistics(_roundTrips, _deferredCount, passes));
    }

    /// <summary>The whole batch in one transaction and one round trip; false (rolled back) when a statement failed.</summary>
    private async Task<bool> TryFastAsync(ApplyBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        var session = _session;
        foreach (var statement in batch.Statements)
        {
            if (!Equals(session, statement.Session))
            {
                foreach (var setting in Settings(statement.Session))
                {
                    command.BatchCommands.Add(new NpgsqlBatchCommand(setting));
                }

                session = statement.Session;
            }

            command.BatchCommands.Add(new NpgsqlBatchCommand(statement.Sql));
        }

        try
        {
            _roundTrips++;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException) when (!cancellationToken.IsCancellationRequested)
        {
            _session = null;
            return false;
        }

        _session = session;
        Succeeded(batch.Statements);
        return true;
    }

    /// <summary>Each statement under its own savepoint, in as few round trips as there are failures (plus one).</summary>
    private async Task RunWithSavepointsAsync(IReadOnlyList<SchemaStatement> statements, List<SchemaStatement> deferred, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var next = 0;
        var rollBack = false;
        while (next < statements.Count)
        {
            await using var command = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
            var owners = new List<(int Statement, string? Setting)>();
            if (rollBack)
            {
                Add(command, owners, $"ROLLBACK TO SAVEPOINT {Savepoint}", -1);
                Add(command, owners, $"RELEASE SAVEPOINT {Savepoint}", -1);
            }

            var session = _session;
            for (var i = next; i < statements.Count; i++)
            {
                if (!Equals(session, statements[i].Session))
                {
                    // Under a savepoint of their own, so that a setting PostgreSQL rejects is rolled back like a
                    // statement; released, they stay for the statements after.
                    Add(command, owners, $"SAVEPOINT {Savepoint}", -1);
                    foreach (var setting in Settings(statements[i].Session))
                    {
                        command.BatchCommands.Add(new NpgsqlBatchCommand(setting));
                        owners.Add((i, setting));
                    }

                    Add(command, owners, $"RELEASE SAVEPOINT {Savepoint}", -1);
                    session = statements[i].Session;
                }

                Add(command, owners, $"SAVEPOINT {Savepoint}", -1);
                Add(command, owners, statements[i].Sql, i);
                Add(command, owners, $"RELEASE SAVEPOINT {Savepoint}", -1);
            }

            try
            {
                _roundTrips++;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _session = session;
                Succeeded(statements.Skip(next));
                next = statements.Count;
                rollBack = false;
            }
            catch (PostgresException exception) when (!cancellationToken.IsCancellationRequested)
            {
                var index = exception.BatchCommand is { } failed ? command.BatchCommands.IndexOf(failed) : -1;
                var (owner, setting) = index >= 0 ? owners[index] : (next, (string?)null);
                if (owner < 0)
                {
                    // ROLLBACK TO, SAVEPOINT or RELEASE failed: the transaction is not what this code thinks it is.
                    throw;
                }

                Succeeded(statements.Skip(next).Take(owner - next));
                var statement = statements[owner];
                if (setting is not null)
                {
                    _failed[statement] = ApplyFailure.SettingFailed(statement, setting, exception);
                }
                else
                {
                    Record(statement, exception, exact: index >= 0, deferred);
                }

                // Rolling back to the savepoint may undo settings: re-apply them before the next statement.
                _session = null;
                next = owner + 1;
                rollBack = true;
            }
        }

        if (rollBack)
        {
            _roundTrips++;
            await ExecuteAsync([$"ROLLBACK TO SAVEPOINT {Savepoint}", $"RELEASE SAVEPOINT {Savepoint}"], transaction, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A statement PostgreSQL refuses in a transaction block, on its own; its settings go first, in a
    /// round trip of their own (several commands in one batch form an implicit transaction block).</summary>
    private async Task RunAloneAsync(SchemaStatement statement, List<SchemaStatement> deferred, CancellationToken cancellationToken)
    {
        if (!Equals(_session, statement.Session))
        {
            await using var settings = new NpgsqlBatch(connection) { Timeout = 0 };
            foreach (var setting in Settings(statement.Session))
            {
                settings.BatchCommands.Add(new NpgsqlBatchCommand(setting));
            }

            try
            {
                _roundTrips++;
                await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _session = statement.Session;
            }
            catch (PostgresException exception) when (!cancellationToken.IsCancellationRequested)
            {
                _session = null;
                _failed[statement] = ApplyFailure.SettingFailed(statement, exception.BatchCommand?.CommandText ?? "RESET ALL", exception);
                return;
            }
        }

        await using var command = new NpgsqlCommand(statement.Sql, connection) { CommandTimeout = 0 };
        try
        {
            _roundTrips++;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            Succeeded([statement]);
        }
        catch (PostgresException exception) when (!cancellationToken.IsCancellationRequested)
        {
            Record(statement, exception, exact: true, deferred);
        }
    }

    private void Succeeded(IEnumerable<SchemaStatement> statements)
    {
        foreach (var statement in statements)
        {
            _applied.Add(statement);
            _failed.Remove(statement);
        }

        Report();
    }

    private void Report() => options.Progress?.Report(new BuildProgress(BuildStage.ApplyingStatements, _applied.Count, _total));

    /// <summary>A failure for a missing object is set aside for the next pass (and reported if it is the
    /// last word); any other failure is final.</summary>
    private void Record(SchemaStatement statement, PostgresException exception, bool exact, List<SchemaStatement> deferred)
    {
        _failed[statement] = PostgresErrorKinds.IsAlreadyExists(exception) && EarlierDeclaration(statement) is { } earlier
            ? ApplyFailure.Duplicate(statement, exception, earlier.Statement, earlier.Name)
            : ApplyFailure.ToDiagnostic(statement, exception, exact);
        if (PostgresErrorKinds.IsMissingObject(exception))
        {
            deferred.Add(statement);
        }
    }

    /// <summary>The statement already applied that declared one of the objects <paramref name="statement"/>
    /// declares, and that object's name as <paramref name="statement"/> wrote it.</summary>
    private (SchemaStatement Statement, SchemaObjectName Name)? EarlierDeclaration(SchemaStatement statement)
    {
        foreach (var other in _applied)
        {
            foreach (var name in statement.Creates)
            {
                if (!ReferenceEquals(other, statement) && other.Creates.Any(name.ConflictsWith))
                {
                    return (other, name);
                }
            }
        }

        return null;
    }

    /// <summary>What brings a session with any settings to <paramref name="session"/>'s: psql starts each file
    /// from the server's defaults.</summary>
    private static IEnumerable<string> Settings(SessionSettings session) => ["RESET ALL", .. session.Statements];

    private static void Add(NpgsqlBatch command, List<(int Statement, string? Setting)> owners, string sql, int owner)
    {
        command.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        owners.Add((owner, null));
    }

    private async Task ExecuteAsync(IReadOnlyList<string> sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        foreach (var text in sql)
        {
            command.BatchCommands.Add(new NpgsqlBatchCommand(text));
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
