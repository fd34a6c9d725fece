using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>What upgrade, downgrade or stamp will do, as data: built once, then either executed by the
/// <see cref="RevisionRunner"/> or printed by <see cref="ScriptRenderer"/> (<c>--sql</c>). Both walk the
/// same <see cref="Commands"/>, so the offline script is exactly what an online run sends.</summary>
/// <param name="From">The position before the plan (0 = base).</param>
/// <param name="To">The position after it.</param>
public sealed record RevisionPlan(PlanKind Kind, int From, int To, string FromName, string ToName, ImmutableArray<PlanStep> Steps)
{
    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>The plan flattened into what runs, in order: comments, unit boundaries and statements.</summary>
    public ImmutableArray<ScriptCommand> Commands => PlanCommands.Flatten(Kind, FromName, ToName, Steps);
}

public enum PlanKind
{
    Upgrade,
    Downgrade,
    Stamp,
}

/// <summary>One revision run in one direction (or, for stamp and the history tables, the tool's own
/// bookkeeping: <see cref="Revision"/> is null then).</summary>
public sealed record PlanStep(Revision? Revision, RevisionDirection Direction, string FromName, string ToName, string Title, ImmutableArray<PlanUnit> Units);

/// <summary>Statements that commit together: one transaction (<see cref="InTransaction"/>), or, outside
/// any transaction, one statement of a no-transaction segment followed by its progress row.</summary>
/// <param name="Number">1-based within its step.</param>
/// <param name="Lines">The revision file's lines the unit runs ("12-30"), or "" for the tool's own statements.</param>
public sealed record PlanUnit(int Number, bool InTransaction, ImmutableArray<PlannedStatement> Statements, string Lines);

/// <summary>A statement as sent to the server. <see cref="File"/> is null for what the tool writes itself
/// (guard, history and progress rows); otherwise <see cref="Origin"/> is the statement in that file, whose
/// offsets map a PostgreSQL error position back to a line and column.</summary>
public sealed record PlannedStatement(string Sql, RevisionFile? File = null, ScriptStatement? Origin = null)
{
    public static PlannedStatement Tool(string sql) => new(sql);
}
