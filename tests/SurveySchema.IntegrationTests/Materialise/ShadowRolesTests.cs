using Npgsql;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>Roles in the shadow: referenced roles are created NOLOGIN on a cluster the tools own, declared
/// roles get their attributes (never a password), and on a shared server a role neither declared nor
/// present is an error naming it.</summary>
[TestFixture]
public sealed class ShadowRolesTests
{
    private readonly List<string> _roles = [];

    [TearDown]
    public async Task DropRolesAsync()
    {
        // The tool never drops roles; the test cleans up the ones it invented.
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        foreach (var role in _roles)
        {
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{role}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }

        _roles.Clear();
    }

    [Test]
    public async Task A_role_granted_to_but_not_declared_is_created_nologin_and_the_build_succeeds()
    {
        var reader = Role("reader");
        var owner = Role("owner");
        using var folder = SchemaFolder.Create(("tables/sites.sql",
            "CREATE TABLE public.sites (id integer PRIMARY KEY, name text);\n" +
            $"ALTER TABLE public.sites OWNER TO {owner};\n" +
            $"GRANT SELECT ON public.sites TO {reader};\n" +
            $"GRANT UPDATE (name) ON public.sites TO {reader} WITH GRANT OPTION;\n" +
            "ALTER TABLE public.sites ENABLE ROW LEVEL SECURITY;\n" +
            $"CREATE POLICY readers ON public.sites FOR SELECT TO {reader}, CURRENT_USER, PUBLIC USING (true);\n" +
            $"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT ON TABLES TO {reader}, pg_read_all_data;\n"));
        var project = SchemaProject.Load(folder.Root);

        Assert.That(project.ReferencedRoles.Select(r => r.Name), Is.EqualTo(new[] { owner, reader }.Order(StringComparer.Ordinal)));
        Assert.That(project.DeclaredRoles, Is.Empty);

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(await AttributesAsync(reader), Is.EqualTo((false, false, -1)));
        Assert.That(result.Model!.Tables.Single().Name.ToString(), Is.EqualTo("public.sites"));

        var again = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default);
        Assert.That(again.Diagnostics, Is.Empty, "the second build finds the roles existing");
    }

    [Test]
    public async Task A_declared_role_gets_its_attributes_and_memberships_but_never_its_password()
    {
        const string password = "Secret-Pass-9";
        var app = Role("app");
        var group = Role("group");
        using var folder = SchemaFolder.Create(
            ("roles.sql", $"CREATE ROLE {group};\nCREATE ROLE {app} LOGIN PASSWORD '{password}' CONNECTION LIMIT 3 IN ROLE {group};\nALTER ROLE {app} WITH CREATEDB;\n"),
            ("tables/t.sql", $"CREATE TABLE public.t (id integer);\nGRANT SELECT ON public.t TO {app};\nCREATE VIEW public.broken AS SELECT nope FROM public.t;\n"));
        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.DeclaredRoles.Select(r => r.Name), Is.EqualTo(new[] { app, group }.Order(StringComparer.Ordinal)));
        Assert.That(project.DeclaredRoles.Single(r => r.Name == app).Attributes, Is.EqualTo(new[] { "CREATEDB", "LOGIN", "CONNECTION LIMIT 3" }));

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default with { CreateMissingRoles = false });

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.ShadowApplyFailed }), "only the broken view fails");
        Assert.That(result.Diagnostics.Select(d => d.ToCanonicalString()), Has.None.Contains(password));
        Assert.That(await AttributesAsync(app), Is.EqualTo((true, true, 3)));
        Assert.That(await ScalarAsync($"SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = '{app}'"), Is.True, "the password is never applied");
        Assert.That(await ScalarAsync($"SELECT pg_has_role('{app}', '{group}', 'MEMBER')"), Is.True);
    }

    [Test]
    public async Task On_a_shared_server_a_referenced_role_neither_declared_nor_present_is_an_error_naming_it()
    {
        var ghost = Role("ghost");
        using var folder = SchemaFolder.Create(("tables/t.sql", $"CREATE TABLE public.t (id integer);\n\nGRANT SELECT ON public.t TO\n    {ghost};\n"));
        var project = SchemaProject.Load(folder.Root);

        var result = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default with { CreateMissingRoles = false });

        var error = result.Diagnostics.Single();
        Assert.That((error.Code, error.File, error.Line, error.Column), Is.EqualTo((DiagnosticCodes.RoleMissing, folder.PathOf("tables/t.sql"), 4, 5)));
        Assert.That(error.Message, Does.Contain($"role \"{ghost}\" does not exist").And.Contain($"CREATE ROLE {SqlIdentifier.Quote(ghost)}").And.Contain("create it on the server"));
        Assert.That(await ScalarAsync($"SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ghost}')"), Is.True);
    }

    private string Role(string purpose)
    {
        var name = $"ss_{purpose}_{Guid.NewGuid().ToString("N")[..8]}";
        _roles.Add(name);
        return name;
    }

    private static async Task<(bool Login, bool CreateDb, int ConnectionLimit)> AttributesAsync(string role)
    {
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT rolcanlogin, rolcreatedb, rolconnlimit FROM pg_roles WHERE rolname = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = role });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, $"role {role} does not exist");
        return (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetInt32(2));
    }

    private static async Task<bool> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
