namespace SurveySchema.Diff.Differs;

/// <summary>Aggregates, by name and identity arguments. Any change other than comment and privileges is a
/// drop and a create: PostgreSQL cannot alter an aggregate's support functions or state type.</summary>
internal static class AggregateDiffer
{
    public static void Diff(DiffContext context)
    {
        var aggregates = Matching.Match(context.Current.Aggregates, context.Desired.Aggregates, a => a.Signature);
        foreach (var aggregate in aggregates.Dropped)
        {
            context.Add(DiffPhase.DropObjects, new DropAggregate(aggregate));
        }

        foreach (var aggregate in aggregates.Created)
        {
            Create(context, aggregate);
        }

        foreach (var (was, wanted) in aggregates.Both)
        {
            if (was with { Grants = [], Comment = null } != wanted with { Grants = [], Comment = null })
            {
                context.Add(DiffPhase.DropObjects, new DropAggregate(was));
                Create(context, wanted);
                continue;
            }

            CommentGrantOwnerDiffer.Grants(context, Target(wanted), was.Grants, wanted.Grants);
            CommentGrantOwnerDiffer.Comment(context, Target(wanted), was.Comment, wanted.Comment);
        }
    }

    internal static ObjectTarget Target(Aggregate aggregate) => new(ObjectRefKind.Aggregate, aggregate.Name, aggregate.IdentityArguments);

    private static void Create(DiffContext context, Aggregate aggregate)
    {
        var target = Target(aggregate);
        context.Add(DiffPhase.CreateFunctions, new CreateAggregate(aggregate));
        CommentGrantOwnerDiffer.Grants(context, target, CommentGrantOwnerDiffer.DefaultsOnCreate(target.Kind), aggregate.Grants);
        CommentGrantOwnerDiffer.Comment(context, target, null, aggregate.Comment);
    }
}
