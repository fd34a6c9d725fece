using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Default privileges and roles: the cluster-level security facts, from their rows.</summary>
internal static class SecurityBuilder
{
    public static EquatableArray<DefaultPrivilege> DefaultPrivileges(IEnumerable<DefaultPrivilegeRow> rows) =>
        rows.GroupBy(r => (r.Role, r.Schema, r.Objects))
            .Select(entry =>
            {
                var objects = CatalogCodes.DefaultPrivilegeObjects(entry.Key.Objects, $"default privileges of {entry.Key.Role}");
                var grants = entry.Where(r => r.Grantee is not null)
                    .Select(r => new Grant(r.Grantee!, r.Privilege!, r.Grantable))
                    .ToEquatableArray();
                return new DefaultPrivilege(entry.Key.Role, entry.Key.Schema, objects) { Grants = grants };
            })
            .Where(entry => !IsBuiltIn(entry))
            .ToEquatableArray();

    /// <summary>An entry that changes nothing PostgreSQL would not do by itself: for all schemas, the
    /// built-in default (it differed only in the owner's own privileges); for one schema, nothing.</summary>
    private static bool IsBuiltIn(DefaultPrivilege entry) =>
        entry.Schema is null
            ? entry.Grants.OrderBy(g => g.Grantee, StringComparer.Ordinal).ThenBy(g => g.Privilege, StringComparer.Ordinal)
                .SequenceEqual(DefaultPrivilege.BuiltIn(entry.Objects))
            : entry.Grants.IsEmpty;

    public static EquatableArray<Role> Roles(IEnumerable<RoleRow> rows) =>
        rows.Select(row => new Role(row.Name)
        {
            Login = row.Login,
            Superuser = row.Superuser,
            CreateDatabase = row.CreateDatabase,
            CreateRole = row.CreateRole,
            Inherit = row.Inherit,
            Replication = row.Replication,
            BypassRowLevelSecurity = row.BypassRowLevelSecurity,
            ConnectionLimit = row.ConnectionLimit,
            ValidUntil = row.ValidUntil,
            MemberOf = row.MemberOf.Select((role, i) => new RoleMembership(role, row.MemberOfAdmin[i])).ToEquatableArray(),
        }).ToEquatableArray();
}
