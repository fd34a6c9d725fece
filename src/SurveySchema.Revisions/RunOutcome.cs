using System.Collections.Immutable;

namespace SurveySchema.Revisions;

public enum RunStatus
{
    /// <summary>Everything planned ran (possibly nothing: the database was already there).</summary>
    Succeeded,

    /// <summary>A statement failed, the lock wait timed out, or the request made no sense (exit 1).</summary>
    Failed,

    /// <summary>A safety check refused the run before anything ran (exit 3).</summary>
    Refused,
}

/// <summary>What a run did. <see cref="EndName"/> is where the database is now: after a failure, the last
/// revision that committed whole.</summary>
public sealed record RunOutcome(
    RunStatus Status,
    string StartName,
    string EndName,
    ImmutableArray<StepResult> Completed,
    ImmutableArray<RevisionProblem> Problems,
    StatementFailure? Failure,
    ImmutableArray<string> Notes)
{
    public static RunOutcome Refused(string at, IEnumerable<RevisionProblem> problems) =>
        new(RunStatus.Refused, at, at, [], [.. problems], null, []);

    public static RunOutcome Failed(string at, RevisionProblem problem) =>
        new(RunStatus.Failed, at, at, [], [problem], null, []);
}

/// <summary>A revision (or the tool's own step) that committed, and how long it took.</summary>
public sealed record StepResult(PlanStep Step, TimeSpan Duration);

/// <summary>The statement that failed: where it is (<see cref="Problem"/> carries file, line and column
/// from PostgreSQL's error position, and the server's message), and which units of its revision had
/// already committed, which only happens when the revision has no-transaction segments.</summary>
public sealed record StatementFailure(
    PlanStep Step,
    PlanUnit Unit,
    PlannedStatement Statement,
    RevisionProblem Problem,
    ImmutableArray<PlanUnit> CommittedUnits)
{
    /// <summary>The statement's first line of code, shortened, for the message.</summary>
    public string Excerpt
    {
        get
        {
            var sql = Statement.Origin is { } origin && Statement.File is { } file
                ? file.Text[origin.TokenOffset..(origin.Offset + origin.Text.Length)]
                : Statement.Sql;
            var firstLine = sql.Split('\n', 2)[0].Trim();
            return firstLine.Length > 120 ? firstLine[..117] + "..." : firstLine;
        }
    }
}

/// <summary>What a run reports while it works.</summary>
public abstract record RunEvent;

/// <summary>Another run holds the lock; this one waits (up to the lock timeout).</summary>
public sealed record LockWaitStarted(LockHolder? Holder, TimeSpan Timeout) : RunEvent;

public sealed record LockAcquired(TimeSpan Waited) : RunEvent;

/// <summary>A command of the plan was carried out (a comment is "carried out" by skipping it).</summary>
public sealed record CommandExecuted(ScriptCommand Command) : RunEvent;

public sealed record StepCompleted(StepResult Result) : RunEvent;

/// <summary>Step <paramref name="Number"/> of <paramref name="Count"/> of the plan starts (its first unit begins);
/// what a progress display shows as "step n of m".</summary>
public sealed record StepStarted(PlanStep Step, int Number, int Count) : RunEvent;

/// <summary>How a runner waits and whom it reports to.</summary>
public sealed record RunnerOptions
{
    public static RunnerOptions Default { get; } = new();

    /// <summary>How long to wait for another run to release the lock (CLI: <c>--lock-timeout</c>); by default the
    /// 5 s every statement against a target waits for a lock (DESIGN.md, "Commands").</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public RunIdentity Identity { get; init; } = RunIdentity.Current;

    public Action<RunEvent>? OnEvent { get; init; }
}
