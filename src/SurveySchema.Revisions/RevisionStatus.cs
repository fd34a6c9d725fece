using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>A target's state held against the chain: where it is, and everything that refuses a run.</summary>
/// <param name="Position">How many revisions of the chain the history records as a clean prefix.</param>
/// <param name="Changed">Applied revisions whose up file no longer has the checksum recorded when they ran.</param>
/// <param name="HistoryProblems">History rows that do not fit the chain, and revisions left partway.</param>
/// <param name="AlembicRevision">The chain's revision an Alembic <c>alembic_version</c> names, if any.</param>
public sealed record RevisionStatus(
    RevisionChain Chain,
    TargetState State,
    int Position,
    ImmutableArray<RevisionProblem> Changed,
    ImmutableArray<RevisionProblem> HistoryProblems,
    Revision? AlembicRevision)
{
    public string CurrentName => Chain.NameAt(Position);

    /// <summary>The tool has never recorded anything here (no history table), yet the database holds tables
    /// or an Alembic version: running 0001 on it would collide with what is there, so it has to be adopted
    /// with <c>stamp</c> first. Any stamp creates the history table, so <c>stamp base</c> is the deliberate
    /// way to start from base beside tables that are not the chain's.</summary>
    public bool NeedsAdoption => !State.HasHistoryTable && (State.Alembic is not null || !State.UserTables.IsEmpty);

    public ImmutableArray<RevisionProblem> Problems => Changed.AddRange(HistoryProblems);

    public static RevisionStatus Evaluate(RevisionChain chain, TargetState state)
    {
        var changed = ImmutableArray.CreateBuilder<RevisionProblem>();
        var problems = ImmutableArray.CreateBuilder<RevisionProblem>();
        var recorded = state.History.ToDictionary(row => row.Revision, StringComparer.Ordinal);

        var position = 0;
        while (position < chain.Count && recorded.ContainsKey(chain.Revisions[position].Id))
        {
            position++;
        }

        foreach (var row in state.History)
        {
            var revision = chain.Find(row.Revision);
            if (revision is null)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.History,
                    $"the database records revision {row.Revision} ({row.Description}), which {chain.Directory} does not have (its head is {chain.NameAt(chain.Count)}): update your checkout"));
            }
            else if (chain.Revisions.IndexOf(revision) >= position)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.History,
                    $"the database records revision {row.Revision} but not {chain.NameAt(position + 1)} before it: the history has a gap; repair it with `surveyschema stamp`"));
            }

            if (revision is not null && row.Checksum != revision.Checksum)
            {
                changed.Add(new RevisionProblem(RevisionProblemCodes.AppliedRevisionChanged,
                    $"revision {revision.Id} changed since it was {row.Kind}: history sha256 {row.Checksum}, file sha256 {revision.Checksum}; "
                    + "an applied revision must not change: put the change in a new revision (`surveyschema revision -m ...`)",
                    revision.Up.Path));
            }
        }

        foreach (var partial in state.Progress.GroupBy(row => (row.Revision, row.Direction)))
        {
            var units = string.Join(", ", partial.Select(row => $"{row.Unit} (lines {row.Lines})"));
            var (before, after) = partial.Key.Direction == "up"
                ? (chain.NameAt(position), partial.Key.Revision)
                : (partial.Key.Revision, chain.NameAt(Math.Max(position - 1, 0)));
            problems.Add(new RevisionProblem(RevisionProblemCodes.History,
                $"revision {partial.Key.Revision} ({partial.Key.Direction}) stopped partway: unit(s) {units} committed, the rest did not; "
                + $"the database is between {before} and {after}. Finish or undo those statements by hand, then record the result with "
                + $"`surveyschema stamp {after}` or `surveyschema stamp {before}`"));
        }

        var alembic = state.Alembic?.Versions.Length == 1 ? MapAlembic(state.Alembic.Versions[0], chain) : null;
        return new RevisionStatus(chain, state, position, changed.ToImmutable(), problems.ToImmutable(), alembic);
    }

    /// <summary>The chain's revision an Alembic version names: the same id ("0002"), the id with its slug
    /// ("0002_add_project_archiving"), or the same number.</summary>
    public static Revision? MapAlembic(string version, RevisionChain chain)
    {
        var position = chain.PositionOf(version.Trim());
        if (position is > 0)
        {
            return chain.Revisions[position.Value - 1];
        }

        var digits = version.Split('_', 2)[0];
        position = chain.PositionOf(digits);
        return position is > 0 ? chain.Revisions[position.Value - 1] : null;
    }
}
