using Npgsql;
using SurveySchema.IntegrationTests.Convergence.CaseFolders;
using SurveySchema.IntegrationTests.Foundation;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.DumpRoundTrip;

/// <summary>Issue 9's done-when: <c>pg_dump --schema-only</c> of a database, used as a project as it is, builds, and
/// <c>drift</c> against the dumped database exits 0 (<see cref="DumpProject"/>): for the survey database, for a
/// database with partitions, inheritance, roles and grants, and for every case folder's <c>b</c>.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DumpRoundTripTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        CaseFolder.DiscoverAll(CaseFolder.CasesRoot).Select(c => new TestCaseData(c).SetName("DumpRoundTrip: " + c.Name));

    [Test]
    public async Task The_survey_database_drifts_clean_against_its_dump()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await RevisionScripts.UpgradeToHeadAsync(connection);
        }

        await DumpProject.AssertCliFindsNoDriftAsync(database.ConnectionString);
    }

    /// <summary>A project started from a dump and then changed: the plan holds the change and nothing of the
    /// checks PostgreSQL spells differently, deploy's checks (plan up to date, rehearsal, arrival) agree, and drift
    /// is clean after it.</summary>
    [Test]
    public async Task A_change_to_a_project_started_from_a_dump_plans_deploys_and_drifts_clean()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await RevisionScripts.UpgradeToHeadAsync(connection);
        }

        var folder = await DumpProject.WriteAsync(database.ConnectionString);
        var output = Directory.CreateTempSubdirectory("surveyschema-dump-diff-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "crews.sql"), "CREATE TABLE public.crews (id integer PRIMARY KEY, name text NOT NULL);\n");
            var json = Path.Combine(output, "migration.json");
            var diff = await Cli.CliDatabase.RunAsync(
                "diff", "--project", folder, "--connection", database.ConnectionString, "--out", Path.Combine(output, "migration.sql"), "--json", json,
                "--dev-connection", TestServer.Server.AdminConnectionString);
            Assert.That(diff.ExitCode, Is.Zero, diff.ToString());
            Assert.That(diff.Output, Does.Contain($"note: {SurveySchema.Diff.RemarkCodes.SpellingOnly}: "), "the spelling-only differences are named, not hidden:\n" + diff);
            var plan = Scripting.JsonPlanWriter.Read(await File.ReadAllTextAsync(json));
            Assert.That(plan.Segments.SelectMany(s => s.Steps).Select(s => s.Subject).Distinct(), Is.EqualTo(new[] { "table public.crews" }), diff.ToString());

            var deploy = await Cli.CliDatabase.DeployAsync("--plan", json, "--connection", database.ConnectionString);
            Assert.That(deploy.ExitCode, Is.Zero, deploy.ToString());
            Assert.That(deploy.Output, Does.Contain("rehearsed first"), deploy.ToString());

            var drift = await Cli.CliDatabase.RunAsync(
                "drift", "--project", folder, "--connection", database.ConnectionString, "--dev-connection", TestServer.Server.AdminConnectionString);
            Assert.That(drift.ExitCode, Is.Zero, drift.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task A_database_with_partitions_inheritance_roles_and_grants_drifts_clean_against_its_dump()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (reader, writer) = ($"ss_rt_reader_{suffix}", $"ss_rt_writer_{suffix}");
        await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString, $"CREATE ROLE {reader} NOLOGIN; CREATE ROLE {writer} NOLOGIN");
        try
        {
            await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
            await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, $"""
                CREATE SCHEMA ledger AUTHORIZATION {writer};
                CREATE TYPE ledger.entry_kind AS ENUM ('debit', 'credit');
                CREATE TABLE ledger.entries (id bigint GENERATED ALWAYS AS IDENTITY, booked date NOT NULL, kind ledger.entry_kind NOT NULL,
                    region text NOT NULL DEFAULT 'north', amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
                    PRIMARY KEY (id, booked, region)) PARTITION BY RANGE (booked);
                CREATE TABLE ledger.entries_2025 PARTITION OF ledger.entries FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
                    PARTITION BY LIST (region);
                CREATE TABLE ledger.entries_2025_north PARTITION OF ledger.entries_2025 FOR VALUES IN ('north');
                CREATE TABLE ledger.entries_2025_other PARTITION OF ledger.entries_2025 DEFAULT;
                CREATE TABLE ledger.entries_2026 PARTITION OF ledger.entries FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE TABLE ledger.entries_old PARTITION OF ledger.entries DEFAULT;
                CREATE INDEX ix_entries_booked ON ledger.entries (booked) WHERE amount > 0;
                CREATE TABLE ledger.buckets (id integer NOT NULL, label varchar(20) CHECK (label IN ('a', 'b'))) PARTITION BY HASH (id);
                CREATE TABLE ledger.buckets_0 PARTITION OF ledger.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
                CREATE TABLE ledger.buckets_1 PARTITION OF ledger.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);
                CREATE SEQUENCE ledger.voucher_numbers;
                CREATE TABLE public.things (id integer PRIMARY KEY, label text NOT NULL, owner_name text,
                    status varchar(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'old')));
                CREATE TABLE public.tools (weight numeric CHECK (weight > 0)) INHERITS (public.things);
                CREATE UNLOGGED TABLE public.scratch (id integer);
                CREATE VIEW public.heavy_tools AS SELECT id, label FROM public.tools WHERE weight > 10 AND status IN ('new', 'old');
                ALTER TABLE public.things OWNER TO {writer};
                GRANT USAGE ON SCHEMA ledger TO {reader};
                GRANT SELECT ON ledger.entries TO {reader};
                GRANT USAGE, SELECT ON SEQUENCE ledger.voucher_numbers TO {reader};
                GRANT USAGE ON TYPE ledger.entry_kind TO {reader};
                GRANT SELECT (id, label), UPDATE (label) ON public.things TO {reader};
                GRANT ALL ON public.things TO {writer} WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE {writer} IN SCHEMA ledger GRANT SELECT ON TABLES TO {reader};
                ALTER DEFAULT PRIVILEGES FOR ROLE {writer} GRANT EXECUTE ON FUNCTIONS TO {reader};
                ALTER TABLE public.things ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_things ON public.things FOR SELECT TO {reader} USING (owner_name = current_user AND status IN ('new', 'old'));
                CREATE FUNCTION public.label_of(integer) RETURNS text LANGUAGE sql STABLE AS 'SELECT label FROM public.things WHERE id = $1';
                REVOKE ALL ON FUNCTION public.label_of(integer) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION public.label_of(integer) TO {reader};
                COMMENT ON TABLE ledger.entries IS 'partitioned by year, then region';
                """);

            await DumpProject.AssertCliFindsNoDriftAsync(database.ConnectionString);
        }
        finally
        {
            await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString, $"""
                DROP OWNED BY {reader}, {writer};
                DROP ROLE IF EXISTS {reader}; DROP ROLE IF EXISTS {writer}
                """);
        }
    }

    /// <summary>Each case's b, made the way a user's database is made (psql runs b.sql; a b written in an order psql
    /// cannot run is deployed from its built model instead), dumped, and its dump used as the project.</summary>
    [TestCaseSource(nameof(Cases))]
    public async Task Case_b_drifts_clean_against_its_dump(CaseFolder testCase)
    {
        await ClusterSetup.RunAsync(testCase.Settings.Setup);
        await using var b = await TestServer.CreateDatabaseAsync(testCase.Settings.Template);
        if (testCase.Settings.DirectApply)
        {
            await CaseFolderTests.RunSqlFileAsync(b.ConnectionString, testCase.DesiredSql, "b");
        }
        else
        {
            var built = await DesiredState.BuildAsync(testCase);
            // With the roles b declares as they are on the cluster now: one an earlier run left is not created twice.
            var empty = await ConvergenceDatabase.ReadAsync(b.ConnectionString, built.Roles.Select(r => r.Name));
            await ConvergenceDatabase.ApplyPlanAsync(b.ConnectionString, MigrationPlanner.Plan(empty, built, PlanOptions.Default with { OnlineSafe = false }), "b");
        }

        await DumpProject.AssertNoDriftAsync(b.ConnectionString);
    }
}
