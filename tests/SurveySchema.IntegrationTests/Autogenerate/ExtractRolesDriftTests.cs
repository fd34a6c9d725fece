using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Autogenerate;

/// <summary>Issue 9's done-when: a database with roles, table and column grants, a policy to a role, type
/// grants and default privileges, extracted, drifts clean against itself; a grant added to the project then
/// diffs, applies and converges.</summary>
[TestFixture]
public sealed class ExtractRolesDriftTests
{
    [Test]
    public async Task An_extracted_database_with_grants_policies_and_default_privileges_drifts_clean_and_a_new_grant_converges()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (reader, clerk, owner) = ("extract_reader_" + suffix, "extract_clerk_" + suffix, "extract_owner_" + suffix);
        await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString,
            $"CREATE ROLE {reader} NOLOGIN; CREATE ROLE {clerk} NOLOGIN; CREATE ROLE {owner} NOLOGIN;");
        var folder = ProjectCopy.TemporaryFolder();
        try
        {
            await using (var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty))
            {
                await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, $"""
                    CREATE SCHEMA app;
                    GRANT USAGE ON SCHEMA app TO {reader};
                    CREATE TYPE app.status AS ENUM ('open', 'closed');
                    REVOKE USAGE ON TYPE app.status FROM PUBLIC;
                    GRANT USAGE ON TYPE app.status TO {clerk};
                    CREATE TABLE app.claims (id serial PRIMARY KEY, owner text, status app.status, amount numeric);
                    GRANT SELECT ON app.claims TO {reader};
                    GRANT SELECT (id, status), UPDATE (status) ON app.claims TO {clerk};
                    GRANT USAGE ON SEQUENCE app.claims_id_seq TO {clerk};
                    ALTER TABLE app.claims ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY claims_clerk ON app.claims FOR UPDATE TO {clerk} USING (owner = current_user);
                    CREATE FUNCTION app.total() RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
                    REVOKE EXECUTE ON FUNCTION app.total() FROM PUBLIC;
                    GRANT EXECUTE ON FUNCTION app.total() TO {reader};
                    ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO {reader};
                    ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT USAGE ON SEQUENCES TO {clerk};
                    ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                    """);

                var extracted = Path.Combine(folder, "extracted");
                var extract = await CliDatabase.RunAsync("extract", "--out", extracted, "--connection", database.ConnectionString);
                Assert.That(extract.ExitCode, Is.EqualTo(0), extract.ToString());
                Assert.That(await File.ReadAllTextAsync(Path.Combine(extracted, "default_privileges.sql")),
                    Does.Contain($"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"));

                var drift = await DriftAsync(extracted, database.ConnectionString);
                Assert.That(drift.ExitCode, Is.EqualTo(0), drift.ToString());

                // A grant added in the project: diff, apply, drift clean again.
                await File.AppendAllTextAsync(Path.Combine(extracted, "tables", "app.claims.sql"), $"\nGRANT INSERT ON app.claims TO {clerk};\n");
                var script = Path.Combine(folder, "migration.sql");
                var diff = await CliDatabase.RunAsync(
                    "diff", "--project", extracted, "--out", script, "--connection", database.ConnectionString,
                    "--dev-connection", TestServer.Server.AdminConnectionString);
                Assert.That(diff.ExitCode, Is.EqualTo(0), diff.ToString());
                Assert.That(await File.ReadAllTextAsync(script), Does.Contain($"GRANT INSERT ON TABLE app.claims TO {clerk};"));
                await ConvergenceDatabase.RunPsqlAsync(database.ConnectionString, script);
                var after = await DriftAsync(extracted, database.ConnectionString);
                Assert.That(after.ExitCode, Is.EqualTo(0), after.ToString());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString,
                $"DROP OWNED BY {reader}, {clerk}, {owner}; DROP ROLE {reader}; DROP ROLE {clerk}; DROP ROLE {owner};");
        }
    }

    private static Task<CliResult> DriftAsync(string project, string connectionString) =>
        CliDatabase.RunAsync(
            "drift", "--project", project, "--connection", connectionString, "--no-cache",
            "--dev-connection", TestServer.Server.AdminConnectionString);
}
