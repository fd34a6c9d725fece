using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>The SQL of roles and default privileges; never a password.</summary>
public sealed class RoleSqlTests
{
    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new CreateRole(new Role("reader")), "CREATE ROLE reader NOLOGIN"),
        Case(new AlterRole(new Role("app") { Login = true, ConnectionLimit = 10 }, new Role("app")), "ALTER ROLE app WITH LOGIN CONNECTION LIMIT 10"),
        Case(new GrantRoleMembership("app", new RoleMembership("staff", AdminOption: true)), "GRANT staff TO app WITH ADMIN OPTION"),
        Case(new RevokeRoleMembership("app", new RoleMembership("old")), "REVOKE old FROM app"),
        Case(new GrantDefaultPrivilege(new DefaultPrivilegeTarget("owner", "app", DefaultPrivilegeObjects.Tables), new Grant("reader", "SELECT", Grantable: true)),
            "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA app GRANT SELECT ON TABLES TO reader WITH GRANT OPTION"),
        Case(new RevokeDefaultPrivilege(new DefaultPrivilegeTarget("owner", null, DefaultPrivilegeObjects.Types), new Grant(Grant.Public, "USAGE")),
            "ALTER DEFAULT PRIVILEGES FOR ROLE owner REVOKE USAGE ON TYPES FROM PUBLIC"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);

    private static List<string> Statements(DatabaseModel current, DatabaseModel desired) =>
        [.. MigrationPlanner.Plan(current, desired, PlanOptions.Default).Steps.SelectMany(SqlScriptWriter.StatementsOf)];

    [Test]
    public void A_created_role_is_NOLOGIN_unless_declared_and_spells_only_what_differs_from_the_defaults()
    {
        var desired = Db() with
        {
            Roles =
            [
                new Role("reader"),
                new Role("App User") { Login = true, CreateDatabase = true, Inherit = false, ConnectionLimit = 4, ValidUntil = "2031-01-01 00:00:00+00" },
            ],
        };

        Assert.That(Statements(Db(), desired), Is.EquivalentTo(new[]
        {
            "CREATE ROLE reader NOLOGIN;",
            "CREATE ROLE \"App User\" LOGIN CREATEDB NOINHERIT CONNECTION LIMIT 4 VALID UNTIL '2031-01-01 00:00:00+00';",
        }));
    }

    [Test]
    public void An_altered_role_names_only_the_changes_and_memberships_are_GRANT_and_REVOKE()
    {
        var current = Db() with { Roles = [new Role("app") { Login = true, ValidUntil = "2030-01-01 00:00:00+00", MemberOf = [new RoleMembership("old")] }] };
        var desired = Db() with { Roles = [new Role("app") { Login = false, MemberOf = [new RoleMembership("staff", AdminOption: true)] }] };

        Assert.That(Statements(current, desired), Is.EqualTo(new[]
        {
            "ALTER ROLE app WITH NOLOGIN VALID UNTIL 'infinity';",
            "REVOKE old FROM app;",
            "GRANT staff TO app WITH ADMIN OPTION;",
        }));
    }

    [Test]
    public void Default_privileges_are_ALTER_DEFAULT_PRIVILEGES_FOR_ROLE_in_one_schema_or_all()
    {
        var desired = Db() with
        {
            DefaultPrivileges =
            [
                new DefaultPrivilege("owner", "app", DefaultPrivilegeObjects.Tables) { Grants = [new Grant("reader", "SELECT", Grantable: true)] },
                new DefaultPrivilege("owner", null, DefaultPrivilegeObjects.Types) { Grants = [] },
            ],
        };

        Assert.That(Statements(Db(), desired), Is.EquivalentTo(new[]
        {
            "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA app GRANT SELECT ON TABLES TO reader WITH GRANT OPTION;",
            "ALTER DEFAULT PRIVILEGES FOR ROLE owner REVOKE USAGE ON TYPES FROM PUBLIC;",
        }));
    }
}
