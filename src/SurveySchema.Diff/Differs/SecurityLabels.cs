namespace SurveySchema.Diff.Differs;

/// <summary>Comments and privileges: the same comparison for every object kind.</summary>
internal static class SecurityLabels
{
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
    public static IEnumerable<Grant> DefaultsOnCreate(ObjectKind kind) => kind switch
    {
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate => [new Grant(Grant.Public, "EXECUTE")],
        ObjectKind.Type or ObjectKind.Domain => [new Grant(Grant.Public, "USAGE")],
        _ => [],
    };
}
