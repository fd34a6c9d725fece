using System.Collections.Immutable;
using System.Globalization;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Revisions;

/// <summary>Turns "from position A to position B" into a <see cref="RevisionPlan"/>. Pure: the same chain
/// and positions give the same plan, online or offline.</summary>
public static class PlanBuilder
{
    public static RevisionPlan Upgrade(RevisionChain chain, int from, int to, RunIdentity identity)
    {
        CheckRange(chain, from, to, from <= to);
        var steps = ImmutableArray.CreateBuilder<PlanStep>();
        for (var position = from; position < to; position++)
        {
            steps.Add(RevisionStep(chain.Revisions[position], RevisionDirection.Up, chain.NameAt(position), chain.NameAt(position + 1), identity));
        }

        return Plan(chain, PlanKind.Upgrade, from, to, steps);
    }

    public static RevisionPlan Downgrade(RevisionChain chain, int from, int to, RunIdentity identity)
    {
        CheckRange(chain, from, to, to <= from);
        var steps = ImmutableArray.CreateBuilder<PlanStep>();
        for (var position = from; position > to; position--)
        {
            steps.Add(RevisionStep(chain.Revisions[position - 1], RevisionDirection.Down, chain.NameAt(position), chain.NameAt(position - 1), identity));
        }

        return Plan(chain, PlanKind.Downgrade, from, to, steps);
    }

    /// <summary>Records <paramref name="to"/> without running anything: the history becomes exactly the
    /// revisions up to it (rows below it that are missing are inserted as stamped, every other row is
    /// deleted) and progress rows of a revision left partway are cleared.</summary>
    /// <param name="from">The position the history stands for now, for the plan's name.</param>
    /// <param name="recorded">The revisions the history holds now.</param>
    public static RevisionPlan Stamp(RevisionChain chain, int from, IReadOnlyCollection<string> recorded, int to, RunIdentity identity)
    {
        CheckRange(chain, from, to, true);
        var keep = chain.Revisions.Take(to).Select(revision => revision.Id).ToHashSet(StringComparer.Ordinal);
        var statements = ImmutableArray.CreateBuilder<PlannedStatement>();
        statements.Add(PlannedStatement.Tool(HistoryTable.Lock));
        statements.Add(PlannedStatement.Tool(HistoryTable.ClearAllProgress));
        foreach (var id in recorded.Where(id => !keep.Contains(id)).OrderByDescending(id => id.Length).ThenByDescending(id => id, StringComparer.Ordinal))
        {
            statements.Add(PlannedStatement.Tool(HistoryTable.Delete(id)));
        }

        foreach (var revision in chain.Revisions.Take(to).Where(revision => !recorded.Contains(revision.Id)))
        {
            statements.Add(PlannedStatement.Tool(HistoryTable.InsertStamped(revision, identity)));
        }

        var fromName = chain.NameAt(from);
        var toName = chain.NameAt(to);
        var step = new PlanStep(null, RevisionDirection.Up, fromName, toName,
            $"stamp {toName}: record it without running any revision",
            [new PlanUnit(1, true, statements.ToImmutable(), "")]);
        return new RevisionPlan(PlanKind.Stamp, from, to, fromName, toName, [HistoryTablesStep(), step]);
    }

    private static RevisionPlan Plan(RevisionChain chain, PlanKind kind, int from, int to, ImmutableArray<PlanStep>.Builder steps)
    {
        if (steps.Count > 0)
        {
            steps.Insert(0, HistoryTablesStep());
        }

        return new RevisionPlan(kind, from, to, chain.NameAt(from), chain.NameAt(to), steps.ToImmutable());
    }

    private static PlanStep HistoryTablesStep() =>
        new(null, RevisionDirection.Up, "", "", $"the history tables ({HistoryTable.Name}, {HistoryTable.ProgressName}), created when missing",
            [new PlanUnit(1, true, [.. HistoryTable.CreateStatements.Select(PlannedStatement.Tool)], "")]);

    private sealed record UnitDraft(bool InTransaction, List<PlannedStatement> Statements, string Lines);

    /// <summary>A revision's units: each transaction segment is one unit, each statement of a no-transaction
    /// segment another. The first unit checks where the database is; every unit but the last leaves a
    /// progress row; the last records (or removes) the history row, in the same transaction as the
    /// revision's last statements.</summary>
    private static PlanStep RevisionStep(Revision revision, RevisionDirection direction, string fromName, string toName, RunIdentity identity)
    {
        var file = revision.File(direction);
        var expected = direction == RevisionDirection.Up ? (fromName == RevisionChain.Base ? null : fromName) : revision.Id;
        var drafts = new List<UnitDraft>();
        var guarded = false;
        List<PlannedStatement> Opening()
        {
            var opening = new List<PlannedStatement> { PlannedStatement.Tool(HistoryTable.Lock) };
            if (!guarded)
            {
                opening.Add(PlannedStatement.Tool(HistoryTable.Guard(expected)));
                guarded = true;
            }

            return opening;
        }

        foreach (var segment in file.Script.Segments)
        {
            if (segment.InTransaction)
            {
                var statements = Opening();
                statements.AddRange(segment.Statements.Select(statement => new PlannedStatement(statement.Text, file, statement)));
                drafts.Add(new UnitDraft(true, statements, Lines(file, segment.Statements[0], segment.Statements[^1])));
                continue;
            }

            if (!guarded)
            {
                drafts.Add(new UnitDraft(true, Opening(), ""));
            }

            drafts.AddRange(segment.Statements.Select(statement =>
                new UnitDraft(false, [new PlannedStatement(statement.Text, file, statement)], Lines(file, statement, statement))));
        }

        if (drafts.Count == 0 || !drafts[^1].InTransaction)
        {
            drafts.Add(new UnitDraft(true, Opening(), ""));
        }

        var hasProgress = false;
        for (var index = 0; index < drafts.Count - 1; index++)
        {
            if (drafts[index].Lines.Length > 0)
            {
                drafts[index].Statements.Add(PlannedStatement.Tool(HistoryTable.RecordProgress(revision, direction, index + 1, drafts[index].Lines)));
                hasProgress = true;
            }
        }

        var last = drafts[^1].Statements;
        if (hasProgress)
        {
            last.Add(PlannedStatement.Tool(HistoryTable.ClearProgress(revision, direction)));
        }

        last.Add(PlannedStatement.Tool(direction == RevisionDirection.Up
            ? HistoryTable.InsertApplied(revision, identity, hasProgress)
            : HistoryTable.Delete(revision.Id)));

        var units = drafts.Select((draft, index) => new PlanUnit(index + 1, draft.InTransaction, [.. draft.Statements], draft.Lines));
        var title = $"{revision.Id} {revision.Description}: {fromName} -> {toName} ({file.FileName})";
        return new PlanStep(revision, direction, fromName, toName, title, [.. units]);
    }

    private static string Lines(RevisionFile file, ScriptStatement first, ScriptStatement last)
    {
        var end = TextPosition.Of(file.Text, last.Offset + last.Text.Length).Line;
        return first.Line == end
            ? first.Line.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first.Line}-{end}");
    }

    private static void CheckRange(RevisionChain chain, int from, int to, bool ordered)
    {
        if (from < 0 || from > chain.Count || to < 0 || to > chain.Count || !ordered)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"no such walk through a chain of {chain.Count}: {from} -> {to}");
        }
    }
}
