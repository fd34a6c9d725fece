namespace SurveySchema.Diff.Differs;

/// <summary>Sequences, by name. OWNED BY is set in a step of its own, once the owning column exists.</summary>
internal static class SequenceDiffer
{
    public static void Diff(DiffContext context)
    {
        var sequences = Matching.Match(context.Current.Sequences, context.Desired.Sequences, s => s.Name);
        foreach (var sequence in sequences.Dropped.Where(s => !GoesWithItsColumn(context, s)))
        {
            context.Add(DiffPhase.DropObjects, new DropSequence(sequence));
        }

        foreach (var sequence in sequences.Created)
        {
            context.Add(DiffPhase.CreateSequences, new CreateSequence(sequence));
            if (sequence.OwnedBy is not null)
            {
                context.Add(DiffPhase.CreateDependents, new SetSequenceOwner(sequence.Name, sequence.OwnedBy));
            }

            Labels(context, null, sequence);
        }

        foreach (var (was, wanted) in sequences.Both)
        {
            if (was.Options != wanted.Options)
            {
                context.Add(DiffPhase.AlterColumns, new AlterSequence(wanted.Name, was.Options, wanted.Options));
            }

            if (was.OwnedBy != wanted.OwnedBy)
            {
                context.Add(DiffPhase.CreateDependents, new SetSequenceOwner(wanted.Name, wanted.OwnedBy, was.OwnedBy));
            }

            if (was.Persistence != wanted.Persistence && !FollowsItsTable(context, wanted))
            {
                context.Remarks.Add(new Remark(RemarkCodes.SequencePersistenceKept, $"sequence {wanted.Name}: persistence differs; not changed"));
            }

            Labels(context, was, wanted);
        }
    }

    /// <summary>ALTER TABLE … SET LOGGED / UNLOGGED changes the persistence of the sequences the table owns too
    /// (PostgreSQL 15+), so a sequence whose owning table's persistence changes to the sequence's wanted one needs
    /// nothing of its own, and no remark.</summary>
    private static bool FollowsItsTable(DiffContext context, Sequence wanted)
    {
        if (wanted.OwnedBy is not { } owner)
        {
            return false;
        }

        var desired = context.Desired.Tables.FirstOrDefault(t => t.Name == owner.Table);
        var current = context.Current.Tables.FirstOrDefault(t => t.Name == owner.Table);
        return desired is not null && current is not null && current.Persistence != desired.Persistence
            && desired.Persistence == wanted.Persistence;
    }

    /// <summary>A sequence OWNED BY a column that is dropped (or whose table is) disappears with it:
    /// dropping it again would fail.</summary>
    private static bool GoesWithItsColumn(DiffContext context, Sequence sequence)
    {
        if (sequence.OwnedBy is not { } owner)
        {
            return false;
        }

        var table = context.Desired.Tables.FirstOrDefault(t => t.Name == owner.Table);
        var column = table?.Columns.FirstOrDefault(c => c.Name == owner.Column);
        var currentColumn = context.Current.Tables.FirstOrDefault(t => t.Name == owner.Table)?.Columns.FirstOrDefault(c => c.Name == owner.Column);
        return column is null || column.Generated != currentColumn?.Generated;
    }

    private static void Labels(DiffContext context, Sequence? current, Sequence desired)
    {
        var target = new ObjectTarget(ObjectRefKind.Sequence, desired.Name);
        if (current is null)
        {
            CommentGrantOwnerDiffer.GrantsOnCreate(context, target, desired.Grants);
        }
        else
        {
            CommentGrantOwnerDiffer.Grants(context, target, current.Grants, desired.Grants);
        }
        CommentGrantOwnerDiffer.Owner(context, target, current?.Owner, desired.Owner);
        CommentGrantOwnerDiffer.Comment(context, target, current?.Comment, desired.Comment);
    }
}
