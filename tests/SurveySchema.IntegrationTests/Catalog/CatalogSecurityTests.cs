using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Server;
using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Privileges (parsed ACL items without the owner's self-grant), row level security and policies.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogSecurityTests
{
    [Test]
    public async Task Grants_on_schemas_tables_columns_sequences_and_functions_are_read_without_owner_noise()
    {
        // Roles are cluster-wide: unique names, dropped after the database that used them.
        var reader = "catalog_reader_" + Guid.NewGuid().ToString("N")[..8];
        var writer = "Catalog Writer " + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAdminAsync($"CREATE ROLE {reader}; CREATE ROLE \"{writer}\";");
        try
        {
            await using var database = await CatalogDatabase.CreateAsync($"""
                CREATE SCHEMA app;
                GRANT USAGE ON SCHEMA app TO {reader};
                CREATE TABLE app.notes (id serial PRIMARY KEY, body text, secret text);
                CREATE TABLE app.untouched (id integer);
                GRANT SELECT ON app.notes TO {reader};
                GRANT INSERT, UPDATE ON app.notes TO "{writer}" WITH GRANT OPTION;
                GRANT UPDATE (body) ON app.notes TO {reader};
                GRANT USAGE ON SEQUENCE app.notes_id_seq TO "{writer}";
                CREATE FUNCTION app.open() RETURNS integer LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION app.closed() RETURNS integer LANGUAGE sql AS 'SELECT 1';
                REVOKE EXECUTE ON FUNCTION app.closed() FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION app.closed() TO {reader};
                """);

            var model = await database.ReadAsync();

            Assert.That(model.Schemas.Single(s => s.Name == "app").Grants,
                Is.EqualTo(new EquatableArray<Grant>([new Grant(reader, "USAGE")])));
            Assert.That(model.Schemas.Single(s => s.Name == "public").Grants,
                Is.EqualTo(new EquatableArray<Grant>([new Grant("PUBLIC", "USAGE")])));

            var notes = model.Table("app", "notes");
            Assert.That(notes.Grants, Is.EqualTo(new EquatableArray<Grant>(
            [
                new Grant(writer, "INSERT", Grantable: true),
                new Grant(writer, "UPDATE", Grantable: true),
                new Grant(reader, "SELECT"),
            ])), "sorted by grantee then privilege (ordinal: upper case first); the owner's own grants are left out");
            Assert.That(notes.Column("body").Grants, Is.EqualTo(new EquatableArray<Grant>([new Grant(reader, "UPDATE")])));
            Assert.That(notes.Column("secret").Grants, Is.Empty);
            Assert.That(model.Table("app", "untouched").Grants, Is.Empty, "a default ACL grants nothing to anyone but the owner");

            Assert.That(model.Sequence("app", "notes_id_seq").Grants,
                Is.EqualTo(new EquatableArray<Grant>([new Grant(writer, "USAGE")])));

            Assert.That(model.Function("app", "open").Grants,
                Is.EqualTo(new EquatableArray<Grant>([new Grant("PUBLIC", "EXECUTE")])), "the built-in default: PUBLIC may execute");
            Assert.That(model.Function("app", "closed").Grants,
                Is.EqualTo(new EquatableArray<Grant>([new Grant(reader, "EXECUTE")])));
        }
        finally
        {
            await ExecuteAdminAsync($"DROP ROLE IF EXISTS {reader}; DROP ROLE IF EXISTS \"{writer}\";");
        }
    }

    [Test]
    public async Task Row_level_security_flags_and_policies_are_read()
    {
        var role = "catalog_policy_" + Guid.NewGuid().ToString("N")[..8];
        var other = "Catalog Policy " + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAdminAsync($"CREATE ROLE {role}; CREATE ROLE \"{other}\";");
        try
        {
            await using var database = await CatalogDatabase.CreateAsync($"""
                CREATE TABLE public.records (id integer, owner name, visible boolean);
                ALTER TABLE public.records ENABLE ROW LEVEL SECURITY;
                ALTER TABLE public.records FORCE ROW LEVEL SECURITY;
                CREATE POLICY records_read ON public.records FOR SELECT USING (visible);
                CREATE POLICY records_own ON public.records AS RESTRICTIVE FOR UPDATE TO {role}, "{other}"
                    USING (owner = current_user) WITH CHECK (owner = current_user);
                CREATE POLICY records_insert ON public.records FOR INSERT TO {role} WITH CHECK (id > 0);
                COMMENT ON POLICY records_read ON public.records IS 'everyone sees visible rows';
                CREATE TABLE public.open_records (id integer);
                """);

            var model = await database.ReadAsync();

            var records = model.Table("public", "records");
            Assert.That((records.RowLevelSecurity, records.ForceRowLevelSecurity), Is.EqualTo((true, true)));
            Assert.That(records.Policies.Select(p => p.Name), Is.EqualTo(new[] { "records_insert", "records_own", "records_read" }));

            var read = records.Policies.Single(p => p.Name == "records_read");
            Assert.That(read, Is.EqualTo(new Policy("records_read")
            {
                Command = PolicyCommand.Select,
                Roles = ["PUBLIC"],
                Using = "visible",
                Comment = "everyone sees visible rows",
            }));

            var own = records.Policies.Single(p => p.Name == "records_own");
            Assert.That((own.Command, own.Permissive), Is.EqualTo((PolicyCommand.Update, false)));
            Assert.That(own.Roles, Is.EqualTo(new EquatableArray<string>([other, role])), "sorted ordinally");
            Assert.That((own.Using, own.WithCheck), Is.EqualTo(("(owner = CURRENT_USER)", "(owner = CURRENT_USER)")));

            var insert = records.Policies.Single(p => p.Name == "records_insert");
            Assert.That((insert.Command, insert.Using, insert.WithCheck), Is.EqualTo((PolicyCommand.Insert, (string?)null, "(id > 0)")));

            var open = model.Table("public", "open_records");
            Assert.That((open.RowLevelSecurity, open.ForceRowLevelSecurity, open.Policies.Count), Is.EqualTo((false, false, 0)));
        }
        finally
        {
            await ExecuteAdminAsync($"DROP ROLE IF EXISTS {role}; DROP ROLE IF EXISTS \"{other}\";");
        }
    }

    [Test]
    public async Task Type_and_domain_usage_is_read_with_the_built_in_public_usage()
    {
        var user = "catalog_type_user_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAdminAsync($"CREATE ROLE {user};");
        try
        {
            await using var database = await CatalogDatabase.CreateAsync($"""
                CREATE TYPE public.mood AS ENUM ('sad', 'happy');
                CREATE TYPE public.plain AS (a integer);
                CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
                REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
                GRANT USAGE ON TYPE public.mood TO {user};
                GRANT USAGE ON DOMAIN public.positive TO {user} WITH GRANT OPTION;
                """, DatabaseTemplate.Empty);

            var model = await database.ReadAsync();

            Assert.That(model.Type("public", "mood").Grants, Is.EqualTo(new EquatableArray<Grant>([new Grant(user, "USAGE")])));
            Assert.That(model.Type("public", "plain").Grants, Is.EqualTo(new EquatableArray<Grant>([new Grant("PUBLIC", "USAGE")])),
                "the built-in default: PUBLIC may use a type");
            Assert.That(model.Type("public", "positive").Grants, Is.EqualTo(new EquatableArray<Grant>(
                [new Grant("PUBLIC", "USAGE"), new Grant(user, "USAGE", Grantable: true)])));
        }
        finally
        {
            await ExecuteAdminAsync($"DROP ROLE IF EXISTS {user};");
        }
    }

    [Test]
    public async Task Default_privileges_are_read_per_role_schema_and_kind_and_built_in_entries_are_left_out()
    {
        var owner = "catalog_dp_owner_" + Guid.NewGuid().ToString("N")[..8];
        var reader = "catalog_dp_reader_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAdminAsync($"CREATE ROLE {owner}; CREATE ROLE {reader};");
        try
        {
            await using var database = await CatalogDatabase.CreateAsync($"""
                CREATE SCHEMA app;
                CREATE SCHEMA ignored;
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO {reader};
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT USAGE ON SEQUENCES TO {reader} WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT USAGE ON SCHEMAS TO {reader};
                -- Back to the built-in default: PostgreSQL keeps no entry, nor does the model.
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT SELECT ON TABLES TO {reader};
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE SELECT ON TABLES FROM {reader};
                -- Only the owner's own privileges change: the model leaves the owner out, so nothing is left.
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE ALL ON TYPES FROM {owner};
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA ignored GRANT SELECT ON TABLES TO {reader};
                """, DatabaseTemplate.Empty);

            var model = await database.ReadAsync(CatalogOptions.Default with { ExcludeSchemas = ["ignored"] });

            Assert.That(model.DefaultPrivileges, Is.EqualTo(new EquatableArray<DefaultPrivilege>(
            [
                new DefaultPrivilege(owner, null, DefaultPrivilegeObjects.Sequences) { Grants = [new Grant(reader, "USAGE", Grantable: true)] },
                new DefaultPrivilege(owner, null, DefaultPrivilegeObjects.Functions) { Grants = [] },
                new DefaultPrivilege(owner, null, DefaultPrivilegeObjects.Schemas) { Grants = [new Grant(reader, "USAGE")] },
                new DefaultPrivilege(owner, "app", DefaultPrivilegeObjects.Tables) { Grants = [new Grant(reader, "INSERT"), new Grant(reader, "SELECT")] },
            ])), "every schema first, then by schema; an entry that takes PUBLIC EXECUTE away holds no grants; schemas the read leaves out are left out");
        }
        finally
        {
            await ExecuteAdminAsync($"DROP OWNED BY {owner}, {reader}; DROP ROLE IF EXISTS {owner}; DROP ROLE IF EXISTS {reader};");
        }
    }

    [Test]
    public async Task Only_the_roles_asked_for_are_read_with_attributes_and_memberships()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (group, member, other) = ("catalog_group_" + suffix, "catalog_member_" + suffix, "catalog_other_" + suffix);
        await ExecuteAdminAsync($"""
            CREATE ROLE {group} NOLOGIN;
            CREATE ROLE {member} LOGIN PASSWORD 'never-read' CREATEDB NOINHERIT BYPASSRLS CONNECTION LIMIT 3 VALID UNTIL '2031-02-03 04:05:06+00';
            CREATE ROLE {other};
            GRANT {group} TO {member} WITH ADMIN OPTION;
            GRANT {other} TO {member};
            """);
        try
        {
            await using var database = await CatalogDatabase.CreateAsync("CREATE TABLE public.t (id integer);", DatabaseTemplate.Empty);

            Assert.That((await database.ReadAsync()).Roles, Is.Empty, "no roles unless asked: they belong to the cluster");
            var model = await database.ReadAsync(CatalogOptions.Default with { Roles = [member, group, "catalog_missing_" + suffix] });

            Assert.That(model.Roles, Is.EqualTo(new EquatableArray<Role>(
            [
                new Role(group),
                new Role(member)
                {
                    Login = true,
                    CreateDatabase = true,
                    Inherit = false,
                    BypassRowLevelSecurity = true,
                    ConnectionLimit = 3,
                    ValidUntil = "2031-02-03 04:05:06+00",
                    MemberOf = [new RoleMembership(group, AdminOption: true), new RoleMembership(other)],
                },
            ])), "a role that does not exist is left out; a role not asked for appears only as a membership");
            Assert.That(ModelJson.Serialize(model), Does.Not.Contain("never-read").And.Not.Contain("password"));
            Assert.That((await RoleCatalog.ReadAsync(database.ConnectionString, [group, member])), Is.EqualTo(model.Roles), "the roles read on their own");
        }
        finally
        {
            await ExecuteAdminAsync($"DROP ROLE IF EXISTS {member}; DROP ROLE IF EXISTS {group}; DROP ROLE IF EXISTS {other};");
        }
    }

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
