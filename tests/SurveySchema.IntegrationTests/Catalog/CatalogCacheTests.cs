using System.Text.RegularExpressions;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Catalog.Caching;
using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The catalog cache (<see cref="CachedCatalogReader"/>, <see cref="CatalogState"/>): a read is answered from
/// the cache exactly when the catalogs hold what they held at the cached read, and then equals a fresh read.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed partial class CatalogCacheTests
{
    private const string Schema = """
        CREATE TABLE public.sites (id integer PRIMARY KEY, name text NOT NULL, geom geometry(Point, 2277));
        CREATE TABLE public.visits (id integer PRIMARY KEY, site integer REFERENCES public.sites, at timestamptz DEFAULT now());
        CREATE FUNCTION public.site_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.sites';
        CREATE VIEW public.site_names AS SELECT id, name FROM public.sites;
        """;

    [Test]
    public async Task An_unchanged_database_is_answered_from_the_cache_with_what_a_fresh_read_gives()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();

        var first = await cache.ReadAsync(database.ConnectionString);
        var second = await cache.ReadAsync(database.ConnectionString);

        var fresh = await database.ReadAsync();
        Assert.That(first.CachedAt, Is.Null, "the first read finds nothing cached");
        Assert.That(first.Model, Is.EqualTo(fresh));
        Assert.That(second.CachedAt, Is.Not.Null, "the second read is answered from the cache");
        Assert.That(second.Model, Is.Null, "an answer from the cache has no model");
        Assert.That(second.Fingerprint, Is.EqualTo(Fingerprint.Of(fresh)).And.EqualTo(first.Fingerprint));
        Assert.That(second.Counts, Is.EqualTo(ObjectCounts.Of(fresh)));
    }

    /// <summary>Rows, VACUUM and ANALYZE write pg_statistic and overwrite pg_class's statistics in place; none of it
    /// is schema, so none of it may cost the next read its cache.</summary>
    [Test]
    public async Task Data_vacuum_and_analyze_keep_the_cached_read()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();
        await cache.ReadAsync(database.ConnectionString);

        await database.ExecuteAsync("""
            INSERT INTO public.sites SELECT g, 'site ' || g FROM generate_series(1, 2000) g;
            INSERT INTO public.visits SELECT g, 1 + g % 2000 FROM generate_series(1, 2000) g;
            DELETE FROM public.visits WHERE id % 3 = 0;
            """);
        await database.ExecuteAsync("VACUUM (ANALYZE) public.sites");
        await database.ExecuteAsync("VACUUM (ANALYZE)");

        var after = await cache.ReadAsync(database.ConnectionString);
        Assert.That(after.CachedAt, Is.Not.Null, "data and statistics are not schema");
    }

    /// <summary>Each statement changes what the reader reads; the read after it must not come from the cache, and must
    /// equal a fresh read.</summary>
    [TestCase("COMMENT ON TABLE public.sites IS 'survey sites'")]
    [TestCase("COMMENT ON COLUMN public.sites.name IS 'what the crew calls it'")]
    [TestCase("ALTER TABLE public.sites ADD COLUMN elevation double precision")]
    [TestCase("ALTER TABLE public.sites ALTER COLUMN name DROP NOT NULL")]
    [TestCase("ALTER TABLE public.visits ALTER COLUMN at SET DEFAULT '2026-01-01'")]
    [TestCase("ALTER TABLE public.sites ADD CONSTRAINT named CHECK (name <> '') NOT VALID")]
    [TestCase("CREATE INDEX CONCURRENTLY sites_name ON public.sites (name)")]
    [TestCase("GRANT SELECT ON public.sites TO PUBLIC")]
    [TestCase("CREATE OR REPLACE FUNCTION public.site_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) + 0 FROM public.sites'")]
    [TestCase("CREATE OR REPLACE VIEW public.site_names AS SELECT id, upper(name) AS name FROM public.sites")]
    [TestCase("ALTER TABLE public.sites RENAME TO places")]
    [TestCase("DROP VIEW public.site_names")]
    [TestCase("CREATE SCHEMA field")]
    [TestCase("CREATE TYPE public.crew AS ENUM ('north', 'south')")]
    [TestCase("ALTER TABLE public.visits DROP CONSTRAINT visits_site_fkey")]
    [TestCase("CREATE TRIGGER sites_touch BEFORE UPDATE ON public.sites FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()")]
    public async Task A_schema_change_is_read_afresh(string change)
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();
        var before = await cache.ReadAsync(database.ConnectionString);

        await database.ExecuteAsync(change);

        var after = await cache.ReadAsync(database.ConnectionString);
        var fresh = await database.ReadAsync();
        Assert.That(after.CachedAt, Is.Null, "the catalogs changed: the cached read must not answer");
        Assert.That(after.Model, Is.EqualTo(fresh));
        Assert.That(after.Fingerprint, Is.EqualTo(Fingerprint.Of(fresh)).And.Not.EqualTo(before.Fingerprint));
        Assert.That((await cache.ReadAsync(database.ConnectionString)).CachedAt, Is.Not.Null,
            "the new read is cached in turn");
    }

    [Test]
    public async Task A_rolled_back_change_keeps_the_cached_read()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();
        await cache.ReadAsync(database.ConnectionString);

        await database.ExecuteAsync("BEGIN; ALTER TABLE public.sites ADD COLUMN doomed integer; ROLLBACK;");

        Assert.That((await cache.ReadAsync(database.ConnectionString)).CachedAt, Is.Not.Null);
    }

    /// <summary>A database cloned from another starts with the same catalog rows, xmin and all: only the identity tells
    /// their entries apart, and a change in the clone must not be answered by the original's entry.</summary>
    [Test]
    public async Task A_clone_has_the_same_catalog_version_but_an_entry_of_its_own()
    {
        await using var original = await CatalogDatabase.CreateAsync(Schema);
        var cloneName = "surveyschema_clone_" + Guid.NewGuid().ToString("N")[..12];

        // CREATE DATABASE … TEMPLATE needs the original to have no sessions: the DDL's pooled one goes.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(original.ConnectionString));
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            var originalName = new NpgsqlConnectionStringBuilder(original.ConnectionString).Database!;
            await using var create = new NpgsqlCommand($"CREATE DATABASE {cloneName} TEMPLATE {SqlIdentifier.Quote(originalName)}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var cloneConnection = new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = cloneName }.ConnectionString;
        try
        {
            using var cache = new TemporaryCache();
            var originalState = await StateAsync(original.ConnectionString);
            var cloneState = await StateAsync(cloneConnection);
            Assert.That(cloneState.Version, Is.EqualTo(originalState.Version), "a clone copies the catalog rows as they are");
            Assert.That(cloneState.Identity, Is.Not.EqualTo(originalState.Identity));

            await cache.ReadAsync(original.ConnectionString);
            var clone = await cache.ReadAsync(cloneConnection);
            Assert.That(clone.CachedAt, Is.Null, "the clone is another database");
        }
        finally
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(cloneConnection));
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {cloneName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Test]
    public async Task A_damaged_entry_is_a_miss_and_is_written_again()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();
        var first = await cache.ReadAsync(database.ConnectionString);
        foreach (var entry in Directory.GetFiles(cache.Directory, "*.entry.json"))
        {
            await File.WriteAllTextAsync(entry, "{ not json");
        }

        var second = await cache.ReadAsync(database.ConnectionString);
        var third = await cache.ReadAsync(database.ConnectionString);
        Assert.That(second.CachedAt, Is.Null);
        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
        Assert.That(third.CachedAt, Is.Not.Null);
    }

    [Test]
    public async Task A_cache_that_cannot_be_written_leaves_the_read_as_it_is()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var folder = new TemporaryCache();
        var file = Path.Combine(folder.Directory, "a-file");
        await File.WriteAllTextAsync(file, "");
        var cache = new CatalogReadCache(Path.Combine(file, "catalog"));

        var read = await CachedCatalogReader.ReadAsync(
            database.ConnectionString, CatalogOptions.Default, cache, readEntries: true);
        Assert.That(read.CachedAt, Is.Null);
        Assert.That(read.Model, Is.EqualTo(await database.ReadAsync()));
    }

    [Test]
    public async Task No_cache_reads_afresh_and_refreshes_the_entry()
    {
        await using var database = await CatalogDatabase.CreateAsync(Schema);
        using var cache = new TemporaryCache();
        await cache.ReadAsync(database.ConnectionString);

        var startedAt = DateTimeOffset.UtcNow;
        var forced = await CachedCatalogReader.ReadAsync(
            database.ConnectionString, CatalogOptions.Default, cache.Cache, readEntries: false);
        var after = await cache.ReadAsync(database.ConnectionString);

        Assert.That(forced.CachedAt, Is.Null);
        Assert.That(after.CachedAt, Is.Not.Null);
        Assert.That(after.CachedAt!.Value, Is.GreaterThanOrEqualTo(startedAt), "the entry is the forced read's");
    }

    /// <summary>The catalogs a version leaves out are ones no query reads: every catalog of the database's own a query
    /// names is covered, and the only cluster-wide ones the queries read are the roles' (pg_roles is a view of pg_authid),
    /// which the version's roles part covers.</summary>
    [Test]
    public async Task The_version_covers_every_catalog_the_queries_read()
    {
        await using var database = await CatalogDatabase.CreateAsync("");
        var local = await CatalogTablesAsync(database.ConnectionString, "NOT relisshared");
        var shared = await CatalogTablesAsync(database.ConnectionString, "relisshared");
        var queried = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "SurveySchema.Catalog", "Queries"), "*.sql")
            .SelectMany(path => CatalogName().Matches(File.ReadAllText(path)).Select(match => match.Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(queried, Does.Contain("pg_attribute").And.Contain("pg_roles"), "the pattern finds the queries' catalogs");
        Assert.That(queried.Where(local.Contains).Except(CatalogState.Covered(local)), Is.Empty,
            "catalogs the queries read but the version leaves out");
        Assert.That(queried.Where(shared.Contains), Is.SubsetOf(new[] { "pg_authid", "pg_auth_members" }),
            "cluster-wide catalogs the queries read beyond the roles' need a part of the version of their own");
        Assert.That(CatalogState.Covered(local), Has.None.EqualTo("pg_statistic"));
    }

    /// <summary>Roles are cluster-wide: one created or altered for another database must not cost this one its cache,
    /// but renaming a role this database grants to changes what its model spells.</summary>
    [Test]
    public async Task Other_roles_keep_the_cached_read_and_a_role_the_database_spells_does_not()
    {
        var grantee = "surveyschema_grantee_" + Guid.NewGuid().ToString("N")[..10];
        var stranger = "surveyschema_stranger_" + Guid.NewGuid().ToString("N")[..10];
        await using var database = await CatalogDatabase.CreateAsync(Schema + $"CREATE ROLE {grantee}; GRANT SELECT ON public.sites TO {grantee};");
        try
        {
            using var cache = new TemporaryCache();
            await cache.ReadAsync(database.ConnectionString);

            await database.ExecuteAsync($"CREATE ROLE {stranger}; ALTER ROLE {stranger} CONNECTION LIMIT 3;");
            Assert.That((await cache.ReadAsync(database.ConnectionString)).CachedAt, Is.Not.Null,
                "a role nothing here names");

            await database.ExecuteAsync($"ALTER ROLE {grantee} RENAME TO {grantee}_renamed");
            var renamed = await cache.ReadAsync(database.ConnectionString);
            Assert.That(renamed.CachedAt, Is.Null, "the grant now names another role");
            Assert.That(renamed.Model, Is.EqualTo(await database.ReadAsync()));
        }
        finally
        {
            await database.ExecuteAsync($"""
                REVOKE ALL ON public.sites FROM {grantee}_renamed;
                DROP ROLE IF EXISTS {grantee}_renamed; DROP ROLE IF EXISTS {grantee}; DROP ROLE IF EXISTS {stranger};
                """);
        }
    }

    [Test]
    public async Task A_named_role_is_read_afresh_when_it_changes()
    {
        var role = "surveyschema_named_" + Guid.NewGuid().ToString("N")[..10];
        await using var database = await CatalogDatabase.CreateAsync(Schema + $"CREATE ROLE {role};");
        try
        {
            using var cache = new TemporaryCache();
            var options = CatalogOptions.Default with { Roles = [role] };
            await CachedCatalogReader.ReadAsync(database.ConnectionString, options, cache.Cache, readEntries: true);

            await database.ExecuteAsync($"ALTER ROLE {role} CONNECTION LIMIT 7");
            var read = await CachedCatalogReader.ReadAsync(database.ConnectionString, options, cache.Cache, readEntries: true);
            Assert.That(read.CachedAt, Is.Null);
            Assert.That(read.Model!.Roles.Single().ConnectionLimit, Is.EqualTo(7));
        }
        finally
        {
            await database.ExecuteAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task<CatalogState> StateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var state = await CatalogState.ReadAsync(connection, transaction, [], CancellationToken.None);
        Assert.That(state, Is.Not.Null, "the test server's superuser can name its cluster");
        return state!;
    }

    private static async Task<HashSet<string>> CatalogTablesAsync(string connectionString, string condition)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT relname::text FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r' AND {condition}", connection);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    [GeneratedRegex(@"\bpg_[a-z_]+\b")]
    private static partial Regex CatalogName();

    /// <summary>A cache in a folder of its own, removed afterwards.</summary>
    private sealed class TemporaryCache : IDisposable
    {
        public TemporaryCache()
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("surveyschema-catalog-cache-").FullName;
            Cache = new CatalogReadCache(Directory);
        }

        public string Directory { get; }

        public CatalogReadCache Cache { get; }

        public Task<CatalogRead> ReadAsync(string connectionString) =>
            CachedCatalogReader.ReadAsync(connectionString, CatalogOptions.Default, Cache, readEntries: true);

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
