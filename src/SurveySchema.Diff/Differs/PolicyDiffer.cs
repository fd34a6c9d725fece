namespace SurveySchema.Diff.Differs;

/// <summary>Row level security policies of a table, by name; any change but the comment is a drop and a create.</summary>
internal static class PolicyDiffer
{
    public static void Diff(DiffContext context, QualifiedName table, EquatableArray<Policy> current, EquatableArray<Policy> desired)
    {
        var policies = Matching.Match(current, desired, p => p.Name);
        foreach (var policy in policies.Dropped)
        {
            context.Add(DiffPhase.DropDependents, new DropPolicy(table, policy));
        }

        foreach (var policy in policies.Created)
        {
            Create(context, table, policy);
        }

        foreach (var (was, wanted) in policies.Both)
        {
            if (was with { Comment = null } != wanted with { Comment = null })
            {
                context.Add(DiffPhase.DropDependents, new DropPolicy(table, was));
                Create(context, table, wanted);
                continue;
            }

            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Policy, table, wanted.Name), was.Comment, wanted.Comment);
        }
    }

    private static void Create(DiffContext context, QualifiedName table, Policy policy)
    {
        context.Add(DiffPhase.CreateDependents, new CreatePolicy(table, policy));
        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Policy, table, policy.Name), null, policy.Comment);
    }
}
