namespace SurveySchema.Diff.Differs;

/// <summary>Collations, by name. A collation cannot be altered, so a change is a drop and a create; the
/// drop fails while a column, index or domain uses the collation, which a remark says.</summary>
internal static class CollationDiffer
{
    public static void Diff(DiffContext context)
    {
        var collations = Matching.Match(context.Current.Collations, context.Desired.Collations, c => c.Name);
        foreach (var collation in collations.Dropped)
        {
            context.Add(DiffPhase.DropObjects, new DropCollation(collation));
        }

        foreach (var collation in collations.Created)
        {
            Create(context, collation);
        }

        foreach (var (was, wanted) in collations.Both)
        {
            if (was with { Comment = null } == wanted with { Comment = null })
            {
                CommentGrantOwnerDiffer.Comment(context, Target(wanted), was.Comment, wanted.Comment);
                continue;
            }

            var users = ColumnsUsing(context.Current, was.Name).ToList();
            if (users.Count > 0)
            {
                context.Remarks.Add(new Remark(RemarkCodes.CollationRecreated, $"collation {wanted.Name} changes: dropped and created again; this fails while {string.Join(", ", users)} use it"));
            }

            context.Add(DiffPhase.DropObjects, new DropCollation(was));
            Create(context, wanted);
        }
    }

    private static ObjectTarget Target(Collation collation) => new(ObjectRefKind.Collation, collation.Name);

    private static void Create(DiffContext context, Collation collation)
    {
        context.Add(DiffPhase.CreateTypes, new CreateCollation(collation));
        CommentGrantOwnerDiffer.Comment(context, Target(collation), null, collation.Comment);
    }

    /// <summary>Columns that use the collation <paramref name="name"/>, as the catalog's dependency edges record them.</summary>
    private static IEnumerable<string> ColumnsUsing(DatabaseModel model, QualifiedName name) =>
        DependencyGraph.Of(model).UsedBy(new ObjectRef(ObjectRefKind.Collation, name))
            .Where(r => r.Kind == ObjectRefKind.Column)
            .Select(r => $"{r.Name}.{r.Member}");
}
