using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Foundation;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>The commonest way to start a project: <c>pg_dump --schema-only</c> of a database, used as the
/// project as it is (<c>\restrict</c>, session settings, <c>ALTER TABLE ONLY … ADD CONSTRAINT</c>,
/// <c>ATTACH PARTITION</c>, <c>OWNER TO</c> and all). It must build to the model of the dumped database.</summary>
[TestFixture]
public sealed class PgDumpProjectTests
{
    [Test]
    public async Task A_dump_of_the_survey_database_builds_to_its_model()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await RevisionScripts.UpgradeToHeadAsync(connection);
        }

        // pg_dump prints a CHECK (varchar IN (…)) as "= ANY ((ARRAY[…])::text[])", which PostgreSQL stores back
        // as "= ANY (ARRAY[(…)::text, …])": its deparse is not a fixed point there, so the dump is compared with
        // what psql makes of the same file, the model every other tool would read after a restore.
        await AssertDumpBuildsToTheDatabaseAsync(database.ConnectionString, compareWithRestore: true);
    }

    [Test]
    public async Task A_dump_with_partitions_inheritance_roles_grants_and_a_policy_builds_to_its_model()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (reader, writer) = ($"ss_dump_reader_{suffix}", $"ss_dump_writer_{suffix}");
        await ExecuteAsync(TestServer.Server.AdminConnectionString, $"CREATE ROLE {reader} NOLOGIN; CREATE ROLE {writer} NOLOGIN");
        try
        {
            await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
            await ExecuteAsync(database.ConnectionString, $"""
                CREATE SCHEMA ledger AUTHORIZATION {writer};
                CREATE TABLE ledger.entries (id bigint GENERATED ALWAYS AS IDENTITY, booked date NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0,
                    PRIMARY KEY (id, booked)) PARTITION BY RANGE (booked);
                CREATE TABLE ledger.entries_2025 PARTITION OF ledger.entries FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE ledger.entries_2026 PARTITION OF ledger.entries FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE INDEX ix_entries_booked ON ledger.entries (booked);
                CREATE TABLE public.things (id integer PRIMARY KEY, label text NOT NULL, owner_name text);
                CREATE TABLE public.tools (weight numeric CHECK (weight > 0)) INHERITS (public.things);
                CREATE UNLOGGED TABLE public.scratch (id integer);
                ALTER TABLE public.things OWNER TO {writer};
                GRANT USAGE ON SCHEMA ledger TO {reader};
                GRANT SELECT ON ledger.entries TO {reader};
                GRANT SELECT (id, label), UPDATE (label) ON public.things TO {reader};
                GRANT ALL ON public.things TO {writer} WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE {writer} IN SCHEMA ledger GRANT SELECT ON TABLES TO {reader};
                ALTER TABLE public.things ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_things ON public.things FOR SELECT TO {reader} USING (owner_name = current_user);
                CREATE FUNCTION public.label_of(integer) RETURNS text LANGUAGE sql STABLE AS 'SELECT label FROM public.things WHERE id = $1';
                REVOKE ALL ON FUNCTION public.label_of(integer) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION public.label_of(integer) TO {reader};
                COMMENT ON TABLE ledger.entries IS 'partitioned by year';
                """);

            await AssertDumpBuildsToTheDatabaseAsync(database.ConnectionString);
        }
        finally
        {
            await ExecuteAsync(TestServer.Server.AdminConnectionString, $"DROP ROLE IF EXISTS {reader}; DROP ROLE IF EXISTS {writer}");
        }
    }

    private static async Task AssertDumpBuildsToTheDatabaseAsync(string connectionString, bool compareWithRestore = false)
    {
        var dump = await Convergence.DumpRoundTrip.PgDump.SchemaOnlyAsync(connectionString);
        Assert.That(dump, Does.Contain("\\restrict "), "pg_dump 15.14 and later begin with \\restrict");
        using var folder = SchemaFolder.Create(("dump.sql", dump));

        var project = SchemaProject.Load(folder.Root);
        Assert.That(project.Diagnostics.Where(d => d.IsError), Is.Empty, string.Join("\n", project.Diagnostics));
        Assert.That(project.Diagnostics.Where(d => d.Code == DiagnosticCodes.MetaCommandSkipped), Is.Empty, "\\restrict needs no word");
        var built = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default with { CreateMissingRoles = false });
        Assert.That(built.Diagnostics, Is.Empty);

        await using var restored = compareWithRestore ? await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty) : null;
        if (restored is not null)
        {
            var script = folder.PathOf("dump.sql");
            await Convergence.ConvergenceDatabase.RunPsqlAsync(restored.ConnectionString, script);
        }

        var dumped = await CatalogReader.ReadAsync(restored?.ConnectionString ?? connectionString, CatalogOptions.Default);
        Assert.That(ModelJson.Serialize(built.Model!), Is.EqualTo(ModelJson.Serialize(dumped)));
        Assert.That(Fingerprint.Of(built.Model!), Is.EqualTo(Fingerprint.Of(dumped)));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
