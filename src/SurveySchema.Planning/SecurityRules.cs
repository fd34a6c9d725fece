using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of roles and default privileges, and the roles grants and policies name: a step that
/// grants to a role, or that runs FOR ROLE, comes after the step that creates the role.</summary>
internal static class SecurityRules
{
    /// <summary>True when <paramref name="operation"/> is one of this file's and its footprint was filled.</summary>
    public static bool TryApply(Operation operation, Footprint f)
    {
        switch (operation)
        {
            case CreateRole o:
                f.Creates.Add(Footprint.Role(o.Role.Name));
                return true;
            case AlterRole o:
                f.Needs.Add(Footprint.Role(o.Role.Name));
                return true;
            case GrantRoleMembership o:
                f.Needs.Add(Footprint.Role(o.Member));
                f.Needs.Add(Footprint.Role(o.Membership.Role));
                return true;
            case RevokeRoleMembership o:
                f.Needs.Add(Footprint.Role(o.Member));
                return true;
            case GrantDefaultPrivilege o:
                Target(o.Target, f);
                f.Needs.Add(Footprint.Role(o.Grant.Grantee));
                return true;
            case RevokeDefaultPrivilege o:
                Target(o.Target, f);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The roles a grant or a policy names, on top of its object rule.</summary>
    public static void NamedRoles(Operation operation, Footprint f)
    {
        switch (operation)
        {
            case GrantPrivilege o:
                f.Needs.Add(Footprint.Role(o.Grant.Grantee));
                break;
            case CreatePolicy o:
                f.Needs.UnionWith(o.Policy.Roles.Select(Footprint.Role));
                break;
        }
    }

    private static void Target(DefaultPrivilegeTarget target, Footprint f)
    {
        f.Needs.Add(Footprint.Role(target.Role));
        if (target.Schema is not null)
        {
            f.Needs.Add(Footprint.Schema(target.Schema));
        }
    }
}
