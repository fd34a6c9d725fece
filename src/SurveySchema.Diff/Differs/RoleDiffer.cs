namespace SurveySchema.Diff.Differs;

/// <summary>The roles the project declares, by name: created when missing, their attributes and memberships
/// brought to the declaration.</summary>
/// <remarks>
/// Both models hold only the declared roles (the live side is read with the desired side's names), so a role
/// only in the current model is one the project stopped declaring: it stays, with a remark. Plans never drop a
/// role: it is cluster-wide, may own objects in other databases, and other databases' grants may name it.
/// Passwords are not in the model, so none is ever set or compared.
/// </remarks>
internal static class RoleDiffer
{
    public static void Diff(DiffContext context)
    {
        var roles = Matching.Match(context.Current.Roles, context.Desired.Roles, r => r.Name);
        foreach (var role in roles.Dropped)
        {
            context.Remarks.Add(new Remark(RemarkCodes.RoleKept, $"role {role.Name} is no longer declared: left as it is (plans never drop roles)"));
        }

        foreach (var role in roles.Created)
        {
            context.Remarks.Add(new Remark(RemarkCodes.RoleCreatedClusterWide, $"role {role.Name} is created on the server: roles are cluster-wide, every database of the server sees it"));
            context.Add(DiffPhase.CreateRoles, new CreateRole(role with { MemberOf = [] }));
            Memberships(context, role.Name, [], role.MemberOf);
        }

        foreach (var (current, desired) in roles.Both)
        {
            if (current with { MemberOf = [] } != desired with { MemberOf = [] })
            {
                context.Add(DiffPhase.CreateRoles, new AlterRole(desired with { MemberOf = [] }, current with { MemberOf = [] }));
            }

            Memberships(context, desired.Name, current.MemberOf, desired.MemberOf);
        }
    }

    /// <summary>A change of ADMIN OPTION alone is a revoke and a grant.</summary>
    private static void Memberships(DiffContext context, string member, IEnumerable<RoleMembership> current, IEnumerable<RoleMembership> desired)
    {
        var (revoked, granted, _) = Matching.Match(current, desired, m => m);
        foreach (var membership in revoked)
        {
            context.Add(DiffPhase.CreateRoles, new RevokeRoleMembership(member, membership));
        }

        foreach (var membership in granted)
        {
            context.Add(DiffPhase.CreateRoles, new GrantRoleMembership(member, membership));
        }
    }
}
