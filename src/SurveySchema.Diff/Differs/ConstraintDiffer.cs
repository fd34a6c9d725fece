namespace SurveySchema.Diff.Differs;

/// <summary>Table constraints, by name. A changed definition is a drop and an add: PostgreSQL has no
/// ALTER CONSTRAINT for the definition.</summary>
internal static class ConstraintDiffer
{
    private const string NotValidSuffix = " NOT VALID";

    public static void Diff(DiffContext context, Table current, Table desired)
    {
        var constraints = Matching.Match(
            current.Constraints.Where(c => !c.IsInherited),
            desired.Constraints.Where(c => !c.IsInherited),
            c => c.Name);
        foreach (var constraint in constraints.Dropped)
        {
            context.Add(DiffPhase.DropConstraints, new DropConstraint(desired.Name, constraint));
        }

        foreach (var constraint in constraints.Created)
        {
            Add(context, desired.Name, constraint);
        }

        foreach (var (was, wanted) in constraints.Both)
        {
            // A validated constraint the desired state holds NOT VALID: PostgreSQL cannot un-validate one, so it
            // is dropped and added back NOT VALID (no scan).
            if (Definition(was) != Definition(wanted) || was.Deferrable != wanted.Deferrable
                || was.InitiallyDeferred != wanted.InitiallyDeferred || (was.Validated && !wanted.Validated))
            {
                context.Add(DiffPhase.DropConstraints, new DropConstraint(desired.Name, was));
                Add(context, desired.Name, wanted);
                continue;
            }

            if (!was.Validated && wanted.Validated)
            {
                context.Add(DiffPhase.CreateConstraints, new ValidateConstraint(desired.Name, wanted.Name));
            }

            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Constraint, desired.Name, wanted.Name), was.Comment, wanted.Comment);
        }
    }

    /// <summary><c>pg_get_constraintdef</c> without the NOT VALID marker, which is a state, not a definition.</summary>
    public static string Definition(Constraint constraint) =>
        constraint.Definition.EndsWith(NotValidSuffix, StringComparison.Ordinal)
            ? constraint.Definition[..^NotValidSuffix.Length]
            : constraint.Definition;

    private static void Add(DiffContext context, QualifiedName table, Constraint constraint)
    {
        // A constraint the desired state holds NOT VALID is added NOT VALID, and stays so.
        context.Add(DiffPhase.CreateConstraints, new AddConstraint(table, constraint) { NotValid = !constraint.Validated });
        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Constraint, table, constraint.Name), null, constraint.Comment);
    }
}
