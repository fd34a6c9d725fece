using Npgsql;
using SurveySchema.IntegrationTests.Convergence.CaseFolders;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The catalog queries spell some things more cheaply than PostgreSQL's pg_get_*def functions would,
/// where the text is the same by PostgreSQL's own code: a column default deparsed without its table
/// (columns.sql), a plain index column as quote_ident of its name (indexes.sql). These tests read every
/// default and every index column of every acceptance case's databases (a.sql and b.sql) both ways and
/// require the same text, so a PostgreSQL whose functions spell differently fails here rather than in a diff.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CatalogSpellingTests
{
    // The reader's own settings (CatalogSession): the spelling of names and constants depends on them.
    private const string ReaderSettings = """
        SET search_path = pg_catalog;
        SET DateStyle = 'ISO, YMD';
        SET IntervalStyle = 'postgres';
        SET TimeZone = 'UTC';
        SET extra_float_digits = 1;
        SET bytea_output = 'hex';
        SET quote_all_identifiers = off;
        """;

    // Objects of PostgreSQL itself are left out; extension objects (PostGIS) stay, as more samples.
    private const string UserSchemas = """
        n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
        """;

    // A default cannot refer to a column, so pg_get_expr needs no table to deparse it (columns.sql). A
    // generated column's expression does, and pg_get_expr(…, 0) rejects it: the CASE keeps the planner from
    // calling it before the test of attgenerated, as columns.sql's CASE does.
    private const string DefaultsSpelledDifferently = $"""
        select format('default of %s.%s.%s: %s <> %s', n.nspname, c.relname, a.attname,
                pg_get_expr(ad.adbin, ad.adrelid), coalesce(tableless.spelling, 'null'))
        from pg_attrdef ad
        join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
        join pg_class c on c.oid = ad.adrelid
        join pg_namespace n on n.oid = c.relnamespace
        cross join lateral (
            select case when a.attgenerated = '' then pg_get_expr(ad.adbin, 0) end as spelling) tableless
        where {UserSchemas}
            and a.attgenerated = ''
            and pg_get_expr(ad.adbin, ad.adrelid) is distinct from tableless.spelling
        """;

    // A plain index column (indkey <> 0), key or INCLUDE, is quote_ident(its name) (indexes.sql).
    private const string IndexColumnsSpelledDifferently = $"""
        select format('column %s of index %s.%s: %s <> %s', k, n.nspname, ic.relname,
                pg_get_indexdef(i.indexrelid, k, false), quote_ident(a.attname))
        from pg_index i
        join pg_class ic on ic.oid = i.indexrelid
        join pg_namespace n on n.oid = ic.relnamespace
        cross join generate_series(1, i.indnatts) k
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1]
        where {UserSchemas}
            and i.indkey[k - 1] <> 0
            and pg_get_indexdef(i.indexrelid, k, false) is distinct from quote_ident(a.attname)
        """;

    private static IEnumerable<TestCaseData> Cases() =>
        CaseFolder.DiscoverAll(CaseFolder.CasesRoot).Select(c => new TestCaseData(c).SetName("CatalogSpelling: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Case_databases_spell_defaults_and_index_columns_the_same_both_ways(CaseFolder testCase)
    {
        await ClusterSetup.RunAsync(testCase.Settings.Setup);
        await AssertSpelledTheSameAsync(testCase.Settings.Template, testCase.OldSql, "a");
        if (testCase.Settings.DirectApply)
        {
            await AssertSpelledTheSameAsync(testCase.Settings.Template, testCase.DesiredSql, "b");
        }
    }

    [Test]
    public Task Quoted_names_expressions_and_decorated_keys_are_spelled_the_same_both_ways() =>
        AssertSpelledTheSameAsync(DatabaseTemplate.PostGis, """
            CREATE SCHEMA "Odd Schema";
            CREATE SEQUENCE "Odd Schema"."Counter";
            CREATE TYPE public.mood AS ENUM ('calm', 'upset');
            CREATE TABLE "Odd Schema"."Mixed Case" (
                "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                "select" text COLLATE "C" DEFAULT 'it''s',
                "user" integer DEFAULT nextval('"Odd Schema"."Counter"'),
                plain text DEFAULT (now() AT TIME ZONE 'utc')::text,
                stamp timestamptz DEFAULT CURRENT_TIMESTAMP,
                ratio numeric(10, 2) DEFAULT 1.5 * 2,
                tags text[] DEFAULT ARRAY['a', 'b'],
                feeling public.mood DEFAULT 'calm',
                span interval DEFAULT '1 day 02:00:00',
                raw bytea DEFAULT '\xdeadbeef',
                place public.geometry(Point, 4326) DEFAULT public.ST_SetSRID(public.ST_MakePoint(1, 2), 4326),
                doubled integer GENERATED ALWAYS AS ("user" * 2) STORED,
                "Spaced Name" varchar(20) DEFAULT 'x'::varchar,
                uuid_value uuid DEFAULT gen_random_uuid()
            );
            CREATE INDEX "Odd Index" ON "Odd Schema"."Mixed Case" ("select" COLLATE "POSIX" DESC NULLS LAST, "user") INCLUDE ("Spaced Name", plain);
            CREATE INDEX mixed_pattern ON "Odd Schema"."Mixed Case" ("select" text_pattern_ops, lower(plain), ("user" + 1));
            CREATE INDEX mixed_place ON "Odd Schema"."Mixed Case" USING gist (place) WHERE ratio > 0;
            CREATE INDEX mixed_tags ON "Odd Schema"."Mixed Case" USING gin (tags);
            CREATE UNIQUE INDEX mixed_twice ON "Odd Schema"."Mixed Case" (plain, "user", plain DESC);
            ALTER TABLE "Odd Schema"."Mixed Case" ADD CONSTRAINT "Unique Pair" UNIQUE ("user", "Spaced Name") INCLUDE (stamp);
            ALTER TABLE "Odd Schema"."Mixed Case" RENAME COLUMN plain TO "Renamed Plain";
            """, "tricky");

    private static async Task AssertSpelledTheSameAsync(DatabaseTemplate template, string sql, string what)
    {
        await using var database = await TestServer.CreateDatabaseAsync(template);
        await CaseFolderTests.RunSqlFileAsync(database.ConnectionString, sql, what);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var settings = new NpgsqlCommand(ReaderSettings, connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        var differences = new List<string>();
        foreach (var query in new[] { DefaultsSpelledDifferently, IndexColumnsSpelledDifferently })
        {
            await using var command = new NpgsqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                differences.Add(reader.GetString(0));
            }
        }

        Assert.That(differences, Is.Empty, $"{what}: spelled differently");
    }
}
