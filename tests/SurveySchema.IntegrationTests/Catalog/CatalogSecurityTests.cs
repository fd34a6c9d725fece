using Npgsql;
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

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
