using System.Text;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Convergence.CaseFolders;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The reader reads pg_depend as catalog identities and names both sides on the client, through the OIDs
/// the other queries return (dependencies.sql, DependencyBuilder). Before, one query named both sides in SQL
/// (dependencies_by_name.sql, kept here). These tests read every acceptance case's databases (a.sql, and b.sql
/// where it is applied directly) and a schema of tricky dependencies both ways and require the same edges,
/// except those with a side the model does not have, which the old query named anyway.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CatalogDependencyEquivalenceTests
{
    private static readonly string DependenciesByName = ReadResource("Catalog/dependencies_by_name.sql");

    // What the old query named but the model does not hold, so neither does the reader now: constraint
    // triggers' constraints and the hidden clones a foreign key gets for each partition of the table it
    // references (constraints.sql leaves both out), identity columns' sequences (sequences.sql), foreign tables
    // and their columns (relations.sql).
    private const string OutsideTheModel = """
        select 'constraint', n.nspname::text, c.relname::text, k.conname::text
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype not in ('p', 'f', 'u', 'c', 'x')
            or (k.conparentid <> 0 and k.conrelid = (select p.conrelid from pg_constraint p where p.oid = k.conparentid))
        union all
        select 'sequence', n.nspname, c.relname, null
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'S'
            and exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'i')
        union all
        select 'table', n.nspname, c.relname, null
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'f'
        union all
        select 'column', n.nspname, c.relname, a.attname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0
        where c.relkind = 'f'
        """;

    private static IEnumerable<TestCaseData> Cases() =>
        CaseFolder.DiscoverAll(CaseFolder.CasesRoot).Select(c => new TestCaseData(c).SetName("CatalogDependencies: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Case_databases_have_the_edges_the_query_by_name_found(CaseFolder testCase)
    {
        await ClusterSetup.RunAsync(testCase.Settings.Setup);
        foreach (var (sql, label) in testCase.DirectlyApplicableSql())
        {
            await AssertSameEdgesAsync(testCase.Settings.Template, sql, label);
        }
    }

    [Test]
    public Task Parts_arrays_row_types_routines_and_partitions_have_the_edges_the_query_by_name_found() =>
        AssertSameEdgesAsync(DatabaseTemplate.PostGis, """
            CREATE SCHEMA "Odd Schema";
            CREATE FUNCTION public.zero() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 0;
            CREATE TYPE public.mood AS ENUM ('calm', 'upset');
            CREATE DOMAIN public.positive AS integer CONSTRAINT positive_check CHECK (VALUE > public.zero());
            CREATE TYPE public.pair AS (left_mood public.mood, right_mood public.mood[], amount public.positive);
            CREATE TYPE public.span AS RANGE (subtype = integer);
            CREATE COLLATION public.german (provider = icu, locale = 'de-DE');
            CREATE TABLE "Odd Schema"."Mixed Case" (
                "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                feeling public.mood DEFAULT 'calm',
                feelings public.mood[],
                pairs public.pair[],
                amount public.positive DEFAULT public.zero(),
                label text COLLATE public.german,
                counted integer GENERATED ALWAYS AS (amount * 2) STORED,
                CHECK (amount > public.zero())
            );
            CREATE TABLE public.parent (id serial PRIMARY KEY, note text);
            CREATE TABLE public.child (
                id integer PRIMARY KEY, parent_id integer REFERENCES public.parent, whole "Odd Schema"."Mixed Case",
                wholes public.parent[]);
            CREATE INDEX child_parent ON public.child (parent_id) WHERE parent_id > 0;
            CREATE INDEX child_expression ON public.child ((parent_id + public.zero()));
            CREATE VIEW public.child_notes AS SELECT c.id, p.note FROM public.child c JOIN public.parent p ON p.id = c.parent_id;
            CREATE VIEW public.child_notes_again AS SELECT id, note FROM public.child_notes;
            ALTER VIEW public.child_notes ALTER COLUMN note SET DEFAULT 'none';
            CREATE MATERIALIZED VIEW public.note_counts AS SELECT note, count(*) AS n FROM public.child_notes GROUP BY note;
            CREATE INDEX note_counts_note ON public.note_counts (note);
            CREATE FUNCTION public.parent_count() RETURNS bigint LANGUAGE sql STABLE
                BEGIN ATOMIC SELECT count(*) FROM public.parent; END;
            CREATE PROCEDURE public.touch(p_id integer) LANGUAGE sql BEGIN ATOMIC UPDATE public.parent SET note = note WHERE id = p_id; END;
            CREATE FUNCTION public.add_mood(state public.mood, next public.mood) RETURNS public.mood LANGUAGE sql IMMUTABLE
                RETURN greatest(state, next);
            CREATE AGGREGATE public.max_mood(public.mood) (sfunc = public.add_mood, stype = public.mood);
            CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER parent_stamp BEFORE UPDATE ON public.parent FOR EACH ROW WHEN (NEW.note IS NOT NULL)
                EXECUTE FUNCTION public.stamp();
            CREATE CONSTRAINT TRIGGER parent_checked AFTER INSERT ON public.parent DEFERRABLE
                FOR EACH ROW EXECUTE FUNCTION public.stamp();
            ALTER TABLE public.parent ENABLE ROW LEVEL SECURITY;
            CREATE POLICY parent_visible ON public.parent USING (id > public.zero());
            CREATE TABLE public.measured (taken date NOT NULL, reading integer, PRIMARY KEY (taken)) PARTITION BY RANGE (taken);
            CREATE TABLE public.measured_2026 PARTITION OF public.measured FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
                PARTITION BY RANGE (taken);
            CREATE TABLE public.measured_2026_h1 PARTITION OF public.measured_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
            CREATE TABLE public.reading_notes (taken date REFERENCES public.measured, note text);
            CREATE SEQUENCE public.counter OWNED BY public.parent.note;
            CREATE FOREIGN DATA WRAPPER dummy;
            CREATE SERVER nowhere FOREIGN DATA WRAPPER dummy;
            CREATE FOREIGN TABLE public.remote (id integer, feeling public.mood) SERVER nowhere;
            CREATE VIEW public.remote_feelings AS SELECT feeling FROM public.remote;
            """, "tricky");

    private static async Task AssertSameEdgesAsync(DatabaseTemplate template, string sql, string what)
    {
        await using var database = await TestServer.CreateDatabaseAsync(template);
        await CaseFolderTests.RunSqlFileAsync(database.ConnectionString, sql, what);

        var model = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, CancellationToken.None);
        var read = model.Dependencies.Select(d => Edge(Side(d.Dependent), Side(d.Referenced))).ToHashSet(StringComparer.Ordinal);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var settings = new NpgsqlCommand("SET search_path = pg_catalog", connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        uint[] namespaces;
        await using (var command = new NpgsqlCommand("select coalesce(array_agg(oid), array[]::oid[]) from pg_namespace where nspname = any(@names)", connection))
        {
            command.Parameters.AddWithValue("names", model.Schemas.Select(s => s.Name).ToArray());
            namespaces = (uint[])(await command.ExecuteScalarAsync())!;
        }

        var outside = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(OutsideTheModel, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                outside.Add(Side(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var byName = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(DependenciesByName, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("namespaces", namespaces) { DataTypeName = "oid[]" });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var dependent = Side(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
                var referenced = Side(reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
                if (!outside.Contains(dependent) && !outside.Contains(referenced))
                {
                    byName.Add(Edge(dependent, referenced));
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(read.Except(byName).Order(StringComparer.Ordinal), Is.Empty, $"{what}: edges the reader found and the query by name did not");
            Assert.That(byName.Except(read).Order(StringComparer.Ordinal), Is.Empty, $"{what}: edges the query by name found and the reader did not");
        });
    }

    private static string Edge(string dependent, string referenced) => $"{dependent} -> {referenced}";

    private static string Side(ObjectRef reference) => Side(Kebab(reference.Kind), reference.Name.Schema, reference.Name.Name, reference.Member);

    private static string Side(string kind, string schema, string name, string? member) =>
        member is null ? $"{kind} {schema}.{name}" : $"{kind} {schema}.{name} [{member}]";

    /// <summary>MaterializedView as the old query spelled it: materialized-view.</summary>
    private static string Kebab(ObjectRefKind kind)
    {
        var text = new StringBuilder();
        foreach (var character in kind.ToString())
        {
            if (char.IsUpper(character) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(character));
        }

        return text.ToString();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(CatalogDependencyEquivalenceTests).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the test assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
