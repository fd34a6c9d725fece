namespace SurveySchema.Diff.Differs;

/// <summary>Owners, comments and privileges (not SECURITY LABEL): the same comparison for every object kind.</summary>
internal static class CommentGrantOwnerDiffer
{
    /// <summary>A changed owner; a created object belongs to the deploying role until OWNER TO names another.</summary>
    public static void Owner(DiffContext context, ObjectTarget target, string? current, string? desired)
    {
        if (!string.Equals(current, desired, StringComparison.Ordinal))
        {
            context.Add(DiffPhase.Grants, new AlterOwner(target, desired, current));
        }
    }

    public static void Comment(DiffContext context, ObjectTarget target, string? current, string? desired)
    {
        if (!string.Equals(current, desired, StringComparison.Ordinal))
        {
            context.Add(DiffPhase.Comments, new SetComment(target, desired, current));
        }
    }

    /// <summary>Revokes what is granted and not desired, grants what is desired and missing. A change of
    /// WITH GRANT OPTION alone is a revoke and a grant.</summary>
    public static void Grants(DiffContext context, ObjectTarget target, IEnumerable<Grant> current, IEnumerable<Grant> desired)
    {
        var (revoked, granted, _) = Matching.Match(current, desired, g => g);
        foreach (var grant in revoked)
        {
            context.Add(DiffPhase.Grants, new RevokePrivilege(target, grant));
        }

        foreach (var grant in granted)
        {
            context.Add(DiffPhase.Grants, new GrantPrivilege(target, grant));
        }
    }

    /// <summary>What PostgreSQL grants by itself when the object is created (apart from the owner, who is
    /// not in the model): EXECUTE to PUBLIC on functions, procedures and aggregates, USAGE to PUBLIC on types and
    /// domains, nothing on the other kinds.</summary>
    public static IEnumerable<Grant> DefaultsOnCreate(ObjectRefKind kind) => kind switch
    {
        ObjectRefKind.Function or ObjectRefKind.Procedure or ObjectRefKind.Aggregate => [new Grant(Grant.Public, "EXECUTE")],
        ObjectRefKind.Type or ObjectRefKind.Domain => [new Grant(Grant.Public, "USAGE")],
        _ => [],
    };

    /// <summary>The grants of an object the plan creates. Its initial privileges come from the default
    /// privileges of whichever role runs the script, which the plan cannot know: every privilege some default
    /// privilege entry (before or after the plan) could give and the object should not have is revoked (a
    /// REVOKE of a privilege not held changes nothing), and every desired privilege is granted unless the
    /// built-in default gives it and no entry for all schemas could take it away.</summary>
    public static void GrantsOnCreate(DiffContext context, ObjectTarget target, IEnumerable<Grant> desired)
    {
        var wanted = desired.ToList();
        if (DefaultPrivilegeDiffer.ObjectsOf(target.Kind) is not { } objects)
        {
            Grants(context, target, [], wanted);
            return;
        }

        var schema = target.Kind == ObjectRefKind.Schema ? null : target.Name.Schema;
        var entries = context.Current.DefaultPrivileges.Concat(context.Desired.DefaultPrivileges)
            .Where(d => d.Objects == objects && (d.Schema is null || d.Schema == schema))
            .ToList();
        var builtIn = entries.Any(d => d.Schema is null) ? [] : DefaultsOnCreate(target.Kind).ToList();
        var possible = DefaultsOnCreate(target.Kind).Concat(entries.SelectMany(d => d.Grants)).Distinct();
        foreach (var grant in possible.Where(g => !wanted.Contains(g)))
        {
            context.Add(DiffPhase.Grants, new RevokePrivilege(target, grant));
        }

        foreach (var grant in wanted.Where(g => !builtIn.Contains(g)))
        {
            context.Add(DiffPhase.Grants, new GrantPrivilege(target, grant));
        }
    }
}
