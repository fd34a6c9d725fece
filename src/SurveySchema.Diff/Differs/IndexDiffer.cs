namespace SurveySchema.Diff.Differs;

/// <summary>Indexes of a table or materialized view, by name. Indexes behind a constraint come and go with
/// the constraint; indexes a partition inherits come with the partitioned table's index.</summary>
/// <remarks>An index whose column changes type is not recreated here: ALTER COLUMN … TYPE rebuilds it.</remarks>
internal static class IndexDiffer
{
    public static void Diff(DiffContext context, QualifiedName table, EquatableArray<TableIndex> current, EquatableArray<TableIndex> desired)
    {
        var indexes = Matching.Match(current.Where(IsOwn), desired.Where(IsOwn), i => i.Name);
        foreach (var index in indexes.Dropped)
        {
            context.Add(DiffPhase.DropIndexes, new DropIndex(table, index));
        }

        foreach (var index in indexes.Created)
        {
            context.Add(DiffPhase.CreateIndexes, new CreateIndex(table, index));
        }

        foreach (var (was, wanted) in indexes.Both)
        {
            if (was.Definition != wanted.Definition || !was.IsValid)
            {
                context.Add(DiffPhase.DropIndexes, new DropIndex(table, was));
                context.Add(DiffPhase.CreateIndexes, new CreateIndex(table, wanted));
            }
        }

        var currentComments = current.ToDictionary(i => i.Name, i => i.Comment);
        foreach (var index in desired)
        {
            var target = new ObjectTarget(ObjectRefKind.Index, table with { Name = index.Name });
            var recreated = indexes.Both.Any(p => p.Desired.Name == index.Name && p.Current.Definition != index.Definition);
            var was = recreated ? null : currentComments.GetValueOrDefault(index.Name);
            CommentGrantOwnerDiffer.Comment(context, target, was, index.Comment);
        }
    }

    private static bool IsOwn(TableIndex index) => index.Constraint is null && index.PartitionOf is null;
}
