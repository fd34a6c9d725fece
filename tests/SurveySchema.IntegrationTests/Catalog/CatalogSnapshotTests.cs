using System.Diagnostics;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The reader as a whole: deterministic output, fixed round trips, what it always leaves out,
/// and the schema filters.</summary>
[TestFixture]
public sealed class CatalogSnapshotTests
{
    private const string SmallSchema = """
        CREATE TYPE public.kind AS ENUM ('a', 'b');
        CREATE TABLE public.projects (id uuid PRIMARY KEY DEFAULT public.uuid_generate_v4(), kind public.kind,
            boundary geometry(MultiPolygon, 2277), created_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX projects_boundary ON public.projects USING gist (boundary);
        CREATE TABLE public.points (id serial PRIMARY KEY, project uuid REFERENCES public.projects ON DELETE CASCADE,
            geom geometry(PointZ, 2277) NOT NULL);
        CREATE VIEW public.point_counts AS SELECT project, count(*) AS n FROM public.points GROUP BY project;
        CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER projects_touch BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.touch();
        COMMENT ON TABLE public.projects IS 'jobs';
        """;

    /// <summary>The rows' repeated texts are one instance each (Rows/RowStrings), whichever of the read's connections
    /// read them: columns and indexes come on connections of their own, constraints on the read's first.</summary>
    [Test]
    public async Task Texts_that_repeat_across_rows_are_one_instance_in_the_model()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.first (id uuid PRIMARY KEY, code text NOT NULL);
            CREATE TABLE public.second (id uuid PRIMARY KEY, code text NOT NULL, first_id uuid REFERENCES public.first);
            CREATE INDEX second_code ON public.second (code);
            CREATE INDEX first_code ON public.first (code);
            """);

        var model = await database.ReadAsync();

        var first = model.Table("public", "first");
        var second = model.Table("public", "second");
        Assert.That(second.Column("id").TypeFacts!.Name.Schema, Is.SameAs(first.Column("id").TypeFacts!.Name.Schema), "pg_catalog");
        Assert.That(second.Column("id").Type, Is.SameAs(first.Column("id").Type), "uuid");
        Assert.That(second.Column("code").Name, Is.SameAs(first.Column("code").Name), "a column name");
        Assert.That(second.Index("second_code").Keys[0], Is.SameAs(first.Index("first_code").Keys[0]), "a key, as the index query spells it");
        Assert.That(second.Index("second_code").Method, Is.SameAs(first.Index("first_code").Method), "btree");
        Assert.That(second.Constraint("second_pkey").Definition, Is.SameAs(first.Constraint("first_pkey").Definition), "PRIMARY KEY (id)");
    }

    [Test]
    public async Task Reading_the_same_database_twice_gives_byte_identical_json()
    {
        await using var database = await CatalogDatabase.CreateAsync(SmallSchema);

        var first = await database.ReadAsync();
        var second = await database.ReadAsync();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(ModelJson.SerializeCanonical(second), Is.EqualTo(ModelJson.SerializeCanonical(first)));
        Assert.That(ModelJson.Serialize(second), Is.EqualTo(ModelJson.Serialize(first)));
        Assert.That(Fingerprint.Of(second), Is.EqualTo(Fingerprint.Of(first)));
        Assert.That(ModelJson.Deserialize(ModelJson.Serialize(first)), Is.EqualTo(first), "the file reads back to the same model");
    }

    [Test]
    public async Task Two_databases_built_from_the_same_ddl_have_the_same_fingerprint()
    {
        await using var one = await CatalogDatabase.CreateAsync(SmallSchema);
        await using var two = await CatalogDatabase.CreateAsync(SmallSchema);

        // OIDs, database names and creation order differ; the model must not.
        Assert.That(Fingerprint.Of(await two.ReadAsync()), Is.EqualTo(Fingerprint.Of(await one.ReadAsync())));

        await two.ExecuteAsync("COMMENT ON TABLE public.projects IS 'survey jobs';");
        Assert.That(Fingerprint.Of(await two.ReadAsync()), Is.Not.EqualTo(Fingerprint.Of(await one.ReadAsync())));
    }

    [Test]
    public async Task The_number_of_round_trips_does_not_depend_on_the_number_of_tables()
    {
        await using var small = await CatalogDatabase.CreateAsync(SmallSchema);
        await using var large = await CatalogDatabase.CreateAsync(SmallSchema + ManyTables(150));

        var (smallModel, smallCommands) = await ReadCountingCommandsAsync(small, () => small.ReadAsync());
        var (largeModel, largeCommands) = await ReadCountingCommandsAsync(large, () => large.ReadAsync());
        var (_, smallOnOne) = await ReadCountingCommandsAsync(small, () => ReadOverOneConnectionAsync(small));
        var (_, largeOnOne) = await ReadCountingCommandsAsync(large, () => ReadOverOneConnectionAsync(large));

        Assert.That(largeModel.Tables.Count, Is.EqualTo(smallModel.Tables.Count + 150));
        Assert.That(smallCommands, Is.EqualTo(CatalogReader.Commands), "from a connection string, over all its connections");
        Assert.That(largeCommands, Is.EqualTo(CatalogReader.Commands), "from a connection string, over all its connections");
        Assert.That(smallOnOne, Is.EqualTo(CatalogReader.CommandsOnOneConnection), "over the caller's connection");
        Assert.That(largeOnOne, Is.EqualTo(CatalogReader.CommandsOnOneConnection), "over the caller's connection");
    }

    [Test]
    public async Task Reading_over_shared_snapshot_connections_gives_the_json_one_connection_gives()
    {
        await using var database = await CatalogDatabase.CreateAsync(SmallSchema + ManyTables(150));

        var concurrent = await database.ReadAsync();
        var sequential = await ReadOverOneConnectionAsync(database);

        Assert.That(concurrent.Tables, Has.Count.EqualTo(152));
        Assert.That(ModelJson.Serialize(concurrent), Is.EqualTo(ModelJson.Serialize(sequential)));
    }

    [Test]
    public async Task A_pool_too_small_for_three_connections_is_read_over_one()
    {
        await using var database = await CatalogDatabase.CreateAsync(SmallSchema);
        var oneConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1, Timeout = 5 }.ConnectionString;

        // Three connections from a pool of one would wait for each other until the pool's timeout.
        var (model, commands) = await ReadCountingCommandsAsync(
            database, () => CatalogReader.ReadAsync(oneConnection, CatalogOptions.Default, CancellationToken.None));

        Assert.That(commands, Is.EqualTo(CatalogReader.CommandsOnOneConnection));
        Assert.That(ModelJson.Serialize(model), Is.EqualTo(ModelJson.Serialize(await database.ReadAsync())));
    }

    [Test]
    public async Task Ddl_committed_while_the_read_runs_is_wholly_out_of_the_model()
    {
        await using var database = await CatalogDatabase.CreateAsync(SmallSchema);
        const string Ddl = """
            SET lock_timeout = '20s';
            ALTER TABLE public.points ADD COLUMN late integer CONSTRAINT points_late_positive CHECK (late > 0);
            CREATE INDEX points_late ON public.points (late);
            CREATE TABLE public.later (id integer PRIMARY KEY);
            """;

        // Commits the DDL on another connection right after schemas.sql, the first query, has returned its
        // rows (Npgsql reports the command's end synchronously, before the reader goes on): after the
        // snapshot was exported, before any of the other connections' queries. (Not after relations.sql:
        // that one keeps a lock on the tables it deparses, which the ALTER would wait for.)
        var committed = 0;
        var databaseName = database.Database.Name;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("db.namespace"), databaseName)
                    && Equals(activity.GetTagItem("db.query.text"), CatalogQuery.Schemas.Sql)
                    && Interlocked.Exchange(ref committed, 1) == 0)
                {
                    using var connection = new NpgsqlConnection(database.ConnectionString);
                    connection.Open();
                    using var command = new NpgsqlCommand(Ddl, connection);
                    command.ExecuteNonQuery();
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var during = await database.ReadAsync();
        listener.Dispose();
        var after = await database.ReadAsync();

        Assert.That(committed, Is.EqualTo(1), "the DDL ran during the read");
        var points = during.Table("public", "points");
        Assert.That(points.Columns.Select(c => c.Name), Does.Not.Contain("late"));
        Assert.That(points.Constraints.Select(c => c.Name), Does.Not.Contain("points_late_positive"));
        Assert.That(points.Indexes.Select(i => i.Name), Does.Not.Contain("points_late"));
        Assert.That(during.Tables.Select(t => t.Name.Name), Does.Not.Contain("later"));

        var pointsAfter = after.Table("public", "points");
        Assert.That(pointsAfter.Column("late").Type, Is.EqualTo("integer"));
        Assert.That(pointsAfter.Constraint("points_late_positive"), Is.Not.Null);
        Assert.That(pointsAfter.Index("points_late"), Is.Not.Null);
        Assert.That(after.Table("public", "later"), Is.Not.Null);
    }

    [Test]
    public async Task The_tools_own_schema_and_alembics_version_table_are_left_out()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE SCHEMA surveyschema;
            CREATE TABLE surveyschema.revision_history (revision text PRIMARY KEY);
            CREATE TABLE public.alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
            CREATE SCHEMA audit;
            CREATE TABLE audit.alembic_version (v text);
            CREATE TABLE public.kept (id integer);
            """);

        var model = await database.ReadAsync();

        Assert.That(model.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "audit", "public" }));
        Assert.That(model.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "audit.alembic_version", "public.kept" }),
            "only public.alembic_version is Alembic's");
    }

    [Test]
    public async Task Schema_filters_include_and_exclude_by_exact_name()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE SCHEMA staging;
            CREATE SCHEMA "Reports";
            CREATE TABLE staging.raw (id integer);
            CREATE TABLE "Reports".daily (id integer);
            CREATE TABLE public.kept (id integer);
            CREATE SEQUENCE staging.counter;
            """);

        var excluded = await database.ReadAsync(new CatalogOptions { ExcludeSchemas = ["staging"] });
        Assert.That(excluded.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "Reports", "public" }));
        Assert.That(excluded.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "Reports.daily", "public.kept" }));
        Assert.That(excluded.Sequences, Is.Empty);

        var included = await database.ReadAsync(new CatalogOptions { IncludeSchemas = ["staging", "Reports"] });
        Assert.That(included.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "Reports.daily", "staging.raw" }));
        Assert.That(included.Extensions, Is.Empty, "the extensions live in public, which is not included");

        var caseMatters = await database.ReadAsync(new CatalogOptions { IncludeSchemas = ["reports"] });
        Assert.That(caseMatters.Tables, Is.Empty);
    }

    [Test]
    public async Task A_connection_passed_in_keeps_its_own_settings_and_can_be_reused()
    {
        await using var database = await CatalogDatabase.CreateAsync(SmallSchema);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("SET search_path = public; SET TimeZone = 'America/Chicago'", connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        var model = await CatalogReader.ReadAsync(connection, CatalogOptions.Default, CancellationToken.None);

        Assert.That(model.Table("public", "projects").Column("id").Default, Is.EqualTo("public.uuid_generate_v4()"),
            "spelling does not depend on the caller's search_path");
        await using var show = new NpgsqlCommand("SELECT current_setting('search_path') || ' ' || current_setting('TimeZone')", connection);
        Assert.That(await show.ExecuteScalarAsync(), Is.EqualTo("public America/Chicago"));
    }

    [Test]
    public async Task The_read_pins_its_settings_whatever_the_connection_asks_for()
    {
        await using var database = await CatalogDatabase.CreateAsync("");
        // A server or role configured otherwise reaches the reader as the connection's settings; jit with
        // jit_above_cost 0 stands for a stock server's JIT, which compiled dependencies.sql for two seconds.
        var other = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Options = "-c jit=on -c jit_above_cost=0 -c work_mem=64kB -c search_path=public -c DateStyle=SQL,DMY "
                + "-c TimeZone=Asia/Tokyo -c extra_float_digits=-3 -c bytea_output=escape -c quote_all_identifiers=on",
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(other);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await new CatalogSession(connection, transaction, CancellationToken.None).PinSettingsAsync();

        await using var show = new NpgsqlCommand(
            """
            SELECT string_agg(name || '=' || setting, ' ' ORDER BY name)
                || ' schemas=' || array_to_string(current_schemas(true), ',')
            FROM pg_settings
            WHERE name IN ('jit', 'work_mem', 'DateStyle', 'TimeZone', 'extra_float_digits',
                'bytea_output', 'quote_all_identifiers', 'transaction_read_only')
            """, connection, transaction);
        Assert.That(await show.ExecuteScalarAsync(), Is.EqualTo(
            "DateStyle=ISO, YMD TimeZone=UTC bytea_output=hex extra_float_digits=1 jit=off quote_all_identifiers=off "
            + "transaction_read_only=on work_mem=65536 schemas=pg_catalog"));
    }

    [Test]
    public void An_unreachable_server_is_reported_without_the_password()
    {
        var exception = Assert.ThrowsAsync<CatalogReadException>(() => CatalogReader.ReadAsync(
            "Host=127.0.0.1;Port=1;Username=nobody;Password=TopSecret42;Database=none;Timeout=2",
            CatalogOptions.Default,
            CancellationToken.None));
        Assert.That(exception!.Message, Does.StartWith("connecting to the database failed").And.Not.Contain("TopSecret42"));
    }

    private static string ManyTables(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"""

        CREATE TABLE public.extra_{i} (id integer PRIMARY KEY, geom geometry(Point, 2277), note text CHECK (note <> ''));
        CREATE INDEX extra_{i}_geom ON public.extra_{i} USING gist (geom);
        COMMENT ON COLUMN public.extra_{i}.note IS 'note {i}';
        """));

    /// <summary>Counts the commands Npgsql executes for this database, through its tracing
    /// ActivitySource (one activity per command, each one round trip to the server).</summary>
    private static async Task<DatabaseModel> ReadOverOneConnectionAsync(CatalogDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await CatalogReader.ReadAsync(connection, CatalogOptions.Default, CancellationToken.None);
    }

    private static async Task<(DatabaseModel Model, int Commands)> ReadCountingCommandsAsync(
        CatalogDatabase database, Func<Task<DatabaseModel>> read)
    {
        var commands = 0;
        var databaseName = database.Database.Name;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Kind == ActivityKind.Client
                    && activity.GetTagItem("db.query.text") is not null
                    && Equals(activity.GetTagItem("db.namespace"), databaseName))
                {
                    Interlocked.Increment(ref commands);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var model = await read();
        return (model, commands);
    }
}
