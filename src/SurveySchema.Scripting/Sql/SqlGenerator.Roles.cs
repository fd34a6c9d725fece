using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>CREATE ROLE, ALTER ROLE, role membership and ALTER DEFAULT PRIVILEGES. No statement here ever sets
/// a password: the model holds none.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> RoleStatements(Operation operation) => operation switch
    {
        CreateRole o => [$"CREATE ROLE {Q(o.Role.Name)}{RoleAttributes(o.Role, null)}"],
        AlterRole o => [$"ALTER ROLE {Q(o.Role.Name)} WITH{RoleAttributes(o.Role, o.Previous)}"],
        GrantRoleMembership o => [$"GRANT {Q(o.Membership.Role)} TO {Q(o.Member)}{(o.Membership.AdminOption ? " WITH ADMIN OPTION" : "")}"],
        RevokeRoleMembership o => [$"REVOKE {Q(o.Membership.Role)} FROM {Q(o.Member)}"],
        GrantDefaultPrivilege o => [$"{DefaultPrivilegesFor(o.Target)} GRANT {o.Grant.Privilege} ON {o.Target.Objects.ToString().ToUpperInvariant()} TO {SqlIdentifier.Role(o.Grant.Grantee)}"
            + (o.Grant.Grantable ? " WITH GRANT OPTION" : "")],
        RevokeDefaultPrivilege o => [$"{DefaultPrivilegesFor(o.Target)} REVOKE {o.Grant.Privilege} ON {o.Target.Objects.ToString().ToUpperInvariant()} FROM {SqlIdentifier.Role(o.Grant.Grantee)}"],
        _ => throw new NotSupportedException($"no SQL for {operation.GetType().Name}"),
    };

    private static string DefaultPrivilegesFor(DefaultPrivilegeTarget target) =>
        $"ALTER DEFAULT PRIVILEGES FOR ROLE {Q(target.Role)}" + (target.Schema is null ? "" : $" IN SCHEMA {Q(target.Schema)}");

    /// <summary>The attributes of <paramref name="role"/>: for CREATE (no <paramref name="previous"/>) those
    /// that differ from CREATE ROLE's defaults, NOLOGIN always spelled out; for ALTER those that changed.</summary>
    private static string RoleAttributes(Role role, Role? previous)
    {
        var defaults = previous ?? new Role(role.Name);
        var words = new List<string>();
        void Flag(bool value, bool was, string word)
        {
            if (value != was)
            {
                words.Add(value ? word : "NO" + word);
            }
        }

        if (previous is null)
        {
            words.Add(role.Login ? "LOGIN" : "NOLOGIN");
        }
        else
        {
            Flag(role.Login, previous.Login, "LOGIN");
        }

        Flag(role.Superuser, defaults.Superuser, "SUPERUSER");
        Flag(role.CreateDatabase, defaults.CreateDatabase, "CREATEDB");
        Flag(role.CreateRole, defaults.CreateRole, "CREATEROLE");
        Flag(role.Inherit, defaults.Inherit, "INHERIT");
        Flag(role.Replication, defaults.Replication, "REPLICATION");
        Flag(role.BypassRowLevelSecurity, defaults.BypassRowLevelSecurity, "BYPASSRLS");
        if (role.ConnectionLimit != defaults.ConnectionLimit)
        {
            words.Add($"CONNECTION LIMIT {role.ConnectionLimit}");
        }

        if (role.ValidUntil != defaults.ValidUntil)
        {
            words.Add($"VALID UNTIL {SqlLiteral.Quote(role.ValidUntil ?? "infinity")}");
        }

        return string.Concat(words.Select(w => " " + w));
    }
}
