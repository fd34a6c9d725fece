namespace SurveySchema.Diff.Differs;

/// <summary>Triggers of a table or view, by name; a changed definition is a drop and a create.</summary>
internal static class TriggerDiffer
{
    public static void Diff(DiffContext context, QualifiedName relation, EquatableArray<Trigger> current, EquatableArray<Trigger> desired)
    {
        var triggers = Matching.Match(current.Where(t => !t.IsInherited), desired.Where(t => !t.IsInherited), t => t.Name);
        foreach (var trigger in triggers.Dropped)
        {
            context.Add(DiffPhase.DropDependents, new DropTrigger(relation, trigger));
        }

        foreach (var trigger in triggers.Created)
        {
            Create(context, relation, trigger);
        }

        foreach (var (was, wanted) in triggers.Both)
        {
            if (was.Definition != wanted.Definition)
            {
                context.Add(DiffPhase.DropDependents, new DropTrigger(relation, was));
                Create(context, relation, wanted);
                continue;
            }

            if (was.Enabled != wanted.Enabled)
            {
                context.Add(DiffPhase.CreateDependents, new SetTriggerEnabled(relation, wanted.Name, wanted.Enabled));
            }

            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Trigger, relation, wanted.Name), was.Comment, wanted.Comment);
        }
    }

    private static void Create(DiffContext context, QualifiedName relation, Trigger trigger)
    {
        context.Add(DiffPhase.CreateDependents, new CreateTrigger(relation, trigger));
        if (trigger.Enabled != TriggerEnabled.Origin)
        {
            context.Add(DiffPhase.CreateDependents, new SetTriggerEnabled(relation, trigger.Name, trigger.Enabled));
        }

        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Trigger, relation, trigger.Name), null, trigger.Comment);
    }
}
