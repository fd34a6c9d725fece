using System.Collections.Immutable;
using System.Diagnostics;
using Npgsql;

namespace SurveySchema.Revisions;

/// <summary>Walks a target database along the chain: upgrade, downgrade, stamp. One runner at a time per
/// database (<see cref="RevisionLock"/>); under the lock it reads
/// where the database is, refuses what is unsafe, builds the <see cref="RevisionPlan"/> and carries out
/// its commands on a second connection. The plan's first step creates the history tables when missing.</summary>
public sealed class RevisionRunner
{
    private readonly RevisionChain chain;
    private readonly string connectionString;
    private readonly RunnerOptions options;

    public RevisionRunner(RevisionChain chain, string connectionString, RunnerOptions? options = null)
    {
        this.chain = chain;
        this.connectionString = WithApplicationName(connectionString);
        this.options = options ?? RunnerOptions.Default;
    }

    /// <summary>Upgrades to <paramref name="target"/> ("head" when null).</summary>
    public Task<RunOutcome> UpgradeAsync(string? target, CancellationToken cancellationToken) =>
        RunAsync(PlanKind.Upgrade, target, cancellationToken);

    /// <summary>Downgrades to <paramref name="target"/> (one revision back when null; "base" for all the way).</summary>
    public Task<RunOutcome> DowngradeAsync(string? target, CancellationToken cancellationToken) =>
        RunAsync(PlanKind.Downgrade, target, cancellationToken);

    /// <summary>Records <paramref name="target"/> as the current revision without running anything.</summary>
    public Task<RunOutcome> StampAsync(string target, CancellationToken cancellationToken) =>
        RunAsync(PlanKind.Stamp, target, cancellationToken);

    private async Task<RunOutcome> RunAsync(PlanKind kind, string? target, CancellationToken cancellationToken)
    {
        var targetPosition = target is null ? null : chain.PositionOf(target);
        if (target is not null && targetPosition is null)
        {
            return RunOutcome.Failed("?", new RevisionProblem(RevisionProblemCodes.UnknownRevision,
                $"no revision '{target}' in {chain.Directory} (known: base, {string.Join(", ", chain.Revisions.Select(revision => revision.Id))}, head)"));
        }

        var (revisionLock, holder, waited) = await RevisionLock.AcquireAsync(connectionString, options.LockTimeout,
            onWait: waitingFor => Report(new LockWaitStarted(waitingFor, options.LockTimeout)), cancellationToken);
        if (revisionLock is null)
        {
            return RunOutcome.Failed("?", new RevisionProblem(RevisionProblemCodes.LockTimeout,
                $"gave up after {waited.TotalSeconds:0} s waiting for the revision lock, held by {holder?.Describe() ?? "another session"}; try again later"));
        }

        await using (revisionLock)
        {
            if (waited > TimeSpan.Zero)
            {
                Report(new LockAcquired(waited));
            }

            // Read only now, under the lock: a run that waited sees what the previous one did and does not repeat it.
            // The history tables are created by the plan's first step, under the same lock, and only when
            // something is going to run: a refused run leaves the database as it found it.
            var state = await TargetStateReader.ReadAsync(revisionLock.Connection, cancellationToken);
            var status = RevisionStatus.Evaluate(chain, state);
            var decision = Decide(kind, targetPosition, status);
            if (decision.Outcome is { } early)
            {
                return early;
            }

            return await ExecuteAsync(decision.Plan!, status, revisionLock.Connection.ProcessID, cancellationToken);
        }
    }

    private sealed record Decision(RevisionPlan? Plan, RunOutcome? Outcome);

    private Decision Decide(PlanKind kind, int? targetPosition, RevisionStatus status)
    {
        var at = status.CurrentName;
        if (kind == PlanKind.Stamp)
        {
            var to = targetPosition!.Value;

            // Stamp rewrites the history, so a gap or a revision left partway is what it repairs; but it
            // cannot vouch for a kept revision whose file changed since it ran.
            var changedKept = status.Changed.Where(problem => chain.Revisions.Take(to).Any(revision => revision.Up.Path == problem.Path));
            if (changedKept.Any())
            {
                return new Decision(null, RunOutcome.Refused(at, changedKept));
            }

            var recorded = status.State.History.Select(row => row.Revision).ToList();
            var unchanged = status.State.HasHistoryTable && status.HistoryProblems.IsEmpty && status.State.Progress.IsEmpty && status.Position == to && recorded.Count == to;
            return unchanged
                ? new Decision(null, Nothing(at, $"already at {at}"))
                : new Decision(PlanBuilder.Stamp(chain, status.Position, recorded, to, options.Identity), null);
        }

        if (!status.Problems.IsEmpty)
        {
            return new Decision(null, RunOutcome.Refused(at, status.Problems));
        }

        if (kind == PlanKind.Upgrade)
        {
            if (status.NeedsAdoption)
            {
                return new Decision(null, RunOutcome.Refused(at, [AdoptionProblem(status)]));
            }

            var to = targetPosition ?? chain.Count;
            return to < status.Position
                ? new Decision(null, WrongWay(at, chain.NameAt(to), "behind", "downgrade"))
                : to == status.Position
                    ? new Decision(null, Nothing(at, $"already at {at}{(to == chain.Count ? " (head)" : "")}"))
                    : new Decision(PlanBuilder.Upgrade(chain, status.Position, to, options.Identity), null);
        }

        // Tables but no history: "already at base" would be false comfort; the database needs adopting first.
        if (status.NeedsAdoption)
        {
            return new Decision(null, RunOutcome.Refused(at, [AdoptionProblem(status)]));
        }

        var down = targetPosition ?? Math.Max(status.Position - 1, 0);
        return down > status.Position
            ? new Decision(null, WrongWay(at, chain.NameAt(down), "ahead of", "upgrade"))
            : down == status.Position
                ? new Decision(null, Nothing(at, $"already at {at}"))
                : new Decision(PlanBuilder.Downgrade(chain, status.Position, down, options.Identity), null);
    }

    /// <summary>The message for a database that has tables (or an Alembic version) but no history of ours.</summary>
    public static RevisionProblem AdoptionProblem(RevisionStatus status)
    {
        var target = status.State.Alembic is { } alembic
            ? status.AlembicRevision is { } mapped
                ? $"it carries Alembic's {alembic.Table} at {string.Join(", ", alembic.Versions)} (our {mapped.Id}): adopt it with `surveyschema stamp {mapped.Id}`"
                : $"it carries Alembic's {alembic.Table} at {string.Join(", ", alembic.Versions)}, which is no revision of this chain: check which revision its schema matches, then `surveyschema stamp <rev>`"
            : $"it has survey tables ({string.Join(", ", status.State.UserTables)}) but no revision history: run `surveyschema stamp <rev>` "
              + "with the revision its schema matches (`surveyschema stamp base` if those tables are not the chain's)";
        return new RevisionProblem(RevisionProblemCodes.History, $"the database is not under revision control yet: {target}");
    }

    private async Task<RunOutcome> ExecuteAsync(RevisionPlan plan, RevisionStatus status, int lockPid, CancellationToken cancellationToken)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (plan.Kind == PlanKind.Stamp && status.State.Alembic is { } alembic)
        {
            notes.Add($"{alembic.Table} ({string.Join(", ", alembic.Versions)}) is left in place; drop it once nothing runs Alembic against this database");
        }

        await using var work = new NpgsqlConnection(connectionString);
        await work.OpenAsync(cancellationToken);

        // If this process dies mid-statement, the server would otherwise only notice when it next talks to
        // us, finishing a long statement first; with a check interval it aborts (and rolls back) at once.
        await ExecuteAsync(work, null, "SET client_connection_check_interval = 1000", cancellationToken);

        var completed = ImmutableArray.CreateBuilder<StepResult>();
        var committed = ImmutableArray.CreateBuilder<PlanUnit>();
        var lastGood = plan.FromName;
        var clock = new Stopwatch();
        var started = 0;
        NpgsqlTransaction? transaction = null;
        foreach (var command in plan.Commands)
        {
            switch (command)
            {
                case BeginUnitCommand begin:
                    if (await LostLockAsync(work, null, lockPid, cancellationToken) is { } lostBefore)
                    {
                        return LockLost(plan, begin.Step, begin.Unit, lostBefore, null, committed.ToImmutable(), lastGood, completed.ToImmutable());
                    }

                    if (begin.Unit.Number == 1)
                    {
                        clock.Restart();
                        committed.Clear();
                        Report(new StepStarted(begin.Step, ++started, plan.Steps.Length));
                    }

                    transaction = begin.Unit.InTransaction ? await work.BeginTransactionAsync(cancellationToken) : null;
                    break;
                case StatementCommand run:
                    if (await TryExecuteAsync(work, transaction, run.Statement, cancellationToken) is { } error)
                    {
                        return await FailAsync(plan, run.Step, run.Unit, run.Statement, error, transaction, committed.ToImmutable(), lastGood, completed.ToImmutable());
                    }

                    break;
                case EndUnitCommand end:
                    if (transaction is not null && await LostLockAsync(work, transaction, lockPid, cancellationToken) is { } lostAtCommit)
                    {
                        return LockLost(plan, end.Step, end.Unit, lostAtCommit, transaction, committed.ToImmutable(), lastGood, completed.ToImmutable());
                    }

                    if (transaction is not null)
                    {
                        var commit = PlannedStatement.Tool("COMMIT");
                        try
                        {
                            await transaction.CommitAsync(cancellationToken);
                        }
                        catch (NpgsqlException exception)
                        {
                            return await FailAsync(plan, end.Step, end.Unit, commit, exception, transaction, committed.ToImmutable(), lastGood, completed.ToImmutable());
                        }

                        await transaction.DisposeAsync();
                        transaction = null;
                    }

                    committed.Add(end.Unit);
                    if (end.EndsStep)
                    {
                        lastGood = end.Step.Revision is null ? lastGood : end.Step.ToName;
                        var result = new StepResult(end.Step, clock.Elapsed);
                        completed.Add(result);
                        Report(new CommandExecuted(command));
                        Report(new StepCompleted(result));
                        continue;
                    }

                    break;
            }

            Report(new CommandExecuted(command));
        }

        return new RunOutcome(RunStatus.Succeeded, plan.FromName, plan.ToName, completed.ToImmutable(), [], null, notes.ToImmutable());
    }

    private static async Task<NpgsqlException?> TryExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PlannedStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, transaction, statement.Sql, cancellationToken);
            return null;
        }
        catch (NpgsqlException exception)
        {
            return exception;
        }
    }

    /// <summary>Sends one statement as it is. A batch of one command is not parsed or split by Npgsql, so the
    /// server sees exactly the file's text (BEGIN ATOMIC bodies keep their semicolons) and an error position
    /// counts from the start of that text.</summary>
    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<RunOutcome> FailAsync(
        RevisionPlan plan, PlanStep step, PlanUnit unit, PlannedStatement statement, NpgsqlException error,
        NpgsqlTransaction? transaction, ImmutableArray<PlanUnit> committed, string lastGood, ImmutableArray<StepResult> completed)
    {
        if (transaction is not null)
        {
            try
            {
                await transaction.DisposeAsync();
            }
            catch (NpgsqlException)
            {
                // The connection broke; the server rolls the transaction back on its own.
            }
        }

        var problem = StatementFailureProblem.From(statement, error);
        var failure = new StatementFailure(step, unit, statement, problem, committed);
        return new RunOutcome(RunStatus.Failed, plan.FromName, lastGood, completed, [problem], failure, []);
    }

    /// <summary>The revision lock lives on its own session (<see cref="RevisionLock"/>); if that session ends (an
    /// administrator's pg_terminate_backend, a network cut) the lock goes with it and another run could start. So the
    /// work session checks that the lock's session still holds it before each unit and just before each commit,
    /// inside the unit's transaction: a lost lock stops the run with nothing of the current unit committed.
    /// Returns why the lock is gone, or null while it is held.</summary>
    private static async Task<string?> LostLockAsync(NpgsqlConnection work, NpgsqlTransaction? transaction, int lockPid, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND pid = @pid
              AND classid = (@key >> 32)::oid AND objid = (@key & 4294967295)::oid AND objsubid = 1
            """, work, transaction);
        command.Parameters.AddWithValue("pid", lockPid);
        command.Parameters.AddWithValue("key", RevisionLock.Key);
        var held = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return held > 0 ? null : $"the revision lock was lost: its session (pid {lockPid}) ended or released it, so another run could be working on this database";
    }

    private static RunOutcome LockLost(
        RevisionPlan plan, PlanStep step, PlanUnit unit, string reason, NpgsqlTransaction? transaction,
        ImmutableArray<PlanUnit> committed, string lastGood, ImmutableArray<StepResult> completed)
    {
        transaction?.Dispose();
        var problem = new RevisionProblem(RevisionProblemCodes.LockLost, $"{reason}; stopped before committing unit {unit.Number} of {step.FromName} → {step.ToName}: run again");
        var failure = new StatementFailure(step, unit, PlannedStatement.Tool("COMMIT"), problem, committed);
        return new RunOutcome(RunStatus.Failed, plan.FromName, lastGood, completed, [problem], failure, []);
    }

    private static RunOutcome Nothing(string at, string note) => new(RunStatus.Succeeded, at, at, [], [], null, [note]);

    private static RunOutcome WrongWay(string at, string target, string relation, string command) =>
        RunOutcome.Failed(at, new RevisionProblem(RevisionProblemCodes.UnknownRevision,
            $"{target} is {relation} the current revision {at}: use `surveyschema {command} {target}`"));

    private void Report(RunEvent runEvent) => options.OnEvent?.Invoke(runEvent);

    private static string WithApplicationName(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "surveyschema";
        }

        // A failing revision's report needs PostgreSQL's DETAIL ("Key (code)=(X) already exists"), which
        // Npgsql redacts unless asked; it holds row values, never connection secrets.
        builder.IncludeErrorDetail = true;

        return builder.ConnectionString;
    }
}
