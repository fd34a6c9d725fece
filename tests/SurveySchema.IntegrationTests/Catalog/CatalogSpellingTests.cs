using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Convergence.CaseFolders;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The catalog queries spell some things more cheaply than PostgreSQL's pg_get_*def functions would,
/// where the text is the same by PostgreSQL's own code: a column default deparsed without its table
/// (columns.sql), a plain index column as quote_ident of its name and a plain index's whole CREATE INDEX
/// (indexes.sql). These tests read every default, every index column and every index definition of every
/// acceptance case's databases (a.sql and b.sql) both ways and require the same text, so a PostgreSQL whose
/// functions spell differently fails here rather than in a diff.</summary>
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

    // indexes.sql itself, over every relation of the user's schemas, against pg_get_indexdef of the index it
    // names (an index lives in its table's schema): it spells a plain index's definition without the function.
    private static readonly string IndexDefinitionsSpelledDifferently = $"""
        with read as (
        {CatalogQuery.Indexes.Sql}
        ),
        named as (
            select r."Name", r."Definition", tn.nspname, ic.oid as index_oid
            from read r
            join pg_class t on t.oid = r."RelationOid"
            join pg_namespace tn on tn.oid = t.relnamespace
            join pg_class ic on ic.relname = r."Name" and ic.relnamespace = t.relnamespace)
        select format('definition of index %s.%s: %s <> %s', nspname, "Name", pg_get_indexdef(index_oid), "Definition")
        from named
        where "Definition" is distinct from pg_get_indexdef(index_oid)
        """;

    private const string UserRelations = $"""
        select coalesce(array_agg(c.oid), array[]::oid[])
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where {UserSchemas} and c.relkind in ('r', 'p', 'm')
        """;

    private static IEnumerable<TestCaseData> Cases() =>
        CaseFolder.DiscoverAll(CaseFolder.CasesRoot).Select(c => new TestCaseData(c).SetName("CatalogSpelling: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Case_databases_spell_defaults_and_index_columns_the_same_both_ways(CaseFolder testCase)
    {
        await ClusterSetup.RunAsync(testCase.Settings.Setup);
        foreach (var (sql, label) in testCase.DirectlyApplicableSql())
        {
            await AssertSpelledTheSameAsync(testCase.Settings.Template, sql, label);
        }
    }

    [Test]
    public Task Quoted_names_expressions_decorated_keys_and_plain_indexes_are_spelled_the_same_both_ways() =>
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
            CREATE DOMAIN public.short_code AS varchar(10);
            CREATE TABLE public."Plain Cases" (
                id integer PRIMARY KEY,
                code varchar(20) NOT NULL,
                short public.short_code,
                letters char(3),
                tags text[],
                body text COLLATE "C",
                CONSTRAINT "Plain Cases code" UNIQUE NULLS NOT DISTINCT (code)
            );
            CREATE INDEX plain_varchar ON public."Plain Cases" (code);
            CREATE INDEX plain_varchar_hash ON public."Plain Cases" USING hash (code);
            CREATE INDEX plain_varchar_brin ON public."Plain Cases" USING brin (code);
            CREATE INDEX plain_varchar_pattern ON public."Plain Cases" (code varchar_pattern_ops);
            CREATE INDEX plain_domain ON public."Plain Cases" (short);
            CREATE INDEX plain_char ON public."Plain Cases" (letters, id);
            CREATE INDEX plain_array ON public."Plain Cases" USING gin (tags);
            CREATE INDEX plain_column_collation ON public."Plain Cases" (body COLLATE "C");
            CREATE INDEX plain_other_collation ON public."Plain Cases" (body COLLATE "POSIX");
            CREATE INDEX plain_descending ON public."Plain Cases" (id DESC, code);
            CREATE INDEX plain_fill ON public."Plain Cases" (id) WITH (fillfactor = 70);
            CREATE UNIQUE INDEX "Plain Unique" ON public."Plain Cases" (code, id);
            CREATE TABLE public.measured (taken date NOT NULL, reading integer) PARTITION BY RANGE (taken);
            CREATE TABLE public.measured_2026 PARTITION OF public.measured FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE INDEX measured_taken ON public.measured (taken);
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

        uint[] relations;
        await using (var command = new NpgsqlCommand(UserRelations, connection))
        {
            relations = (uint[])(await command.ExecuteScalarAsync())!;
        }

        var differences = new List<string>();
        foreach (var query in new[] { DefaultsSpelledDifferently, IndexColumnsSpelledDifferently, IndexDefinitionsSpelledDifferently })
        {
            await using var command = new NpgsqlCommand(query, connection);
            command.Parameters.Add(new NpgsqlParameter("relations", relations) { DataTypeName = "oid[]" });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                differences.Add(reader.GetString(0));
            }
        }

        Assert.That(differences, Is.Empty, $"{what}: spelled differently");
    }
}
