namespace SurveySchema.Diff.Differs;

/// <summary>ALTER DEFAULT PRIVILEGES entries, by (role, schema, object kind).</summary>
/// <remarks>A missing entry for all schemas means PostgreSQL's built-in default (EXECUTE or USAGE to PUBLIC
/// on functions and types), a missing entry for one schema means nothing added: the grants compared are what
/// each side would give new objects. Running FOR ROLE needs membership in that role (or superuser).</remarks>
internal static class DefaultPrivilegeDiffer
{
    public static void Diff(DiffContext context)
    {
        var current = context.Current.DefaultPrivileges.ToDictionary(Key);
        var desired = context.Desired.DefaultPrivileges.ToDictionary(Key);
        foreach (var target in current.Keys.Concat(desired.Keys.Where(k => !current.ContainsKey(k))))
        {
            var was = Effective(target, current);
            var wanted = Effective(target, desired);
            foreach (var grant in was.Where(g => !wanted.Contains(g)))
            {
                context.Add(DiffPhase.Grants, new RevokeDefaultPrivilege(target, grant));
            }

            foreach (var grant in wanted.Where(g => !was.Contains(g)))
            {
                context.Add(DiffPhase.Grants, new GrantDefaultPrivilege(target, grant));
            }
        }
    }

    /// <summary>The kind of default privilege that applies to objects of <paramref name="kind"/>; null for
    /// kinds default privileges do not cover (columns, indexes, …).</summary>
    public static DefaultPrivilegeObjects? ObjectsOf(ObjectRefKind kind) => kind switch
    {
        ObjectRefKind.Table or ObjectRefKind.View or ObjectRefKind.MaterializedView => DefaultPrivilegeObjects.Tables,
        ObjectRefKind.Sequence => DefaultPrivilegeObjects.Sequences,
        ObjectRefKind.Function or ObjectRefKind.Procedure => DefaultPrivilegeObjects.Functions,
        ObjectRefKind.Type or ObjectRefKind.Domain => DefaultPrivilegeObjects.Types,
        ObjectRefKind.Schema => DefaultPrivilegeObjects.Schemas,
        _ => null,
    };

    private static DefaultPrivilegeTarget Key(DefaultPrivilege entry) => new(entry.Role, entry.Schema, entry.Objects);

    private static List<Grant> Effective(DefaultPrivilegeTarget target, Dictionary<DefaultPrivilegeTarget, DefaultPrivilege> entries) =>
        entries.TryGetValue(target, out var entry)
            ? [.. entry.Grants]
            : target.Schema is null ? [.. DefaultPrivilege.BuiltIn(target.Objects)] : [];
}
