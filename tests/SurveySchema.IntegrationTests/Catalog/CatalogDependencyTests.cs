using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Dependency edges as PostgreSQL records them (pg_depend, pg_rewrite), mapped to the model's objects.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogDependencyTests
{
    private static QualifiedName Public(string name) => new("public", name);

    private static ObjectRef Ref(ObjectRefKind kind, string name, string? member = null) => new(kind, Public(name), member);

    [Test]
    public async Task Edges_between_the_models_objects_are_read_from_pg_depend()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TYPE public.mood AS ENUM ('a', 'b');
            CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
            CREATE COLLATION public.german (provider = icu, locale = 'de');
            CREATE TABLE public.t (id integer PRIMARY KEY, u integer UNIQUE, m public.mood, moods public.mood[], p public.positive,
                label text COLLATE public.german);
            CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
            CREATE FUNCTION public.g(x integer) RETURNS integer LANGUAGE sql STABLE
                RETURN public.f(x) + (SELECT count(*) FROM public.t)::integer;
            CREATE TABLE public.r (id integer REFERENCES public.t (u), x integer DEFAULT public.f(1), CONSTRAINT r_x_check CHECK (public.f(x) > 0));
            CREATE INDEX r_f ON public.r (public.f(x));
            CREATE SEQUENCE public.s OWNED BY public.r.x;
            CREATE VIEW public.v1 AS SELECT id, u FROM public.t;
            CREATE VIEW public.v2 AS SELECT u FROM public.v1;
            CREATE MATERIALIZED VIEW public.mv AS SELECT u FROM public.v2;
            CREATE FUNCTION public.step(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
            CREATE AGGREGATE public.total(integer) (SFUNC = public.step, STYPE = integer);
            CREATE FUNCTION public.cheer(m public.mood) RETURNS public.mood LANGUAGE sql AS 'SELECT m';
            CREATE DOMAIN public.t_row AS public.t;
            CREATE TYPE public.pair AS (a public.mood, b integer);
            CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
            CREATE TRIGGER r_touch BEFORE INSERT ON public.r FOR EACH ROW EXECUTE FUNCTION public.touch();
            CREATE POLICY r_visible ON public.r USING (x > public.f(0));
            """);

        var model = await database.ReadAsync();
        var edges = model.Dependencies;

        Assert.That(edges, Is.Ordered, "sorted");
        Assert.That(edges, Is.SupersetOf(new[]
        {
            new Dependency(Ref(ObjectRefKind.Column, "t", "m"), Ref(ObjectRefKind.Type, "mood")),
            new Dependency(Ref(ObjectRefKind.Column, "t", "moods"), Ref(ObjectRefKind.Type, "mood")),
            new Dependency(Ref(ObjectRefKind.Column, "t", "p"), Ref(ObjectRefKind.Type, "positive")),
            new Dependency(Ref(ObjectRefKind.Column, "t", "label"), Ref(ObjectRefKind.Collation, "german")),
            new Dependency(Ref(ObjectRefKind.Function, "g", "x integer"), Ref(ObjectRefKind.Function, "f", "x integer")),
            new Dependency(Ref(ObjectRefKind.Function, "g", "x integer"), Ref(ObjectRefKind.Table, "t")),
            new Dependency(Ref(ObjectRefKind.Constraint, "r", "r_id_fkey"), Ref(ObjectRefKind.Index, "t", "t_u_key")),
            new Dependency(Ref(ObjectRefKind.Column, "r", "x"), Ref(ObjectRefKind.Function, "f", "x integer")),
            new Dependency(Ref(ObjectRefKind.Constraint, "r", "r_x_check"), Ref(ObjectRefKind.Function, "f", "x integer")),
            new Dependency(Ref(ObjectRefKind.Index, "r", "r_f"), Ref(ObjectRefKind.Function, "f", "x integer")),
            new Dependency(Ref(ObjectRefKind.Sequence, "s"), Ref(ObjectRefKind.Column, "r", "x")),
            new Dependency(Ref(ObjectRefKind.View, "v1"), Ref(ObjectRefKind.Column, "t", "u")),
            new Dependency(Ref(ObjectRefKind.View, "v2"), Ref(ObjectRefKind.Column, "v1", "u")),
            new Dependency(Ref(ObjectRefKind.MaterializedView, "mv"), Ref(ObjectRefKind.Column, "v2", "u")),
            new Dependency(Ref(ObjectRefKind.Aggregate, "total", "integer"), Ref(ObjectRefKind.Function, "step", "integer, integer")),
            new Dependency(Ref(ObjectRefKind.Function, "cheer", "m public.mood"), Ref(ObjectRefKind.Type, "mood")),
            new Dependency(Ref(ObjectRefKind.Type, "t_row"), Ref(ObjectRefKind.Table, "t")),
            new Dependency(Ref(ObjectRefKind.Type, "pair"), Ref(ObjectRefKind.Type, "mood")),
            new Dependency(Ref(ObjectRefKind.Trigger, "r", "r_touch"), Ref(ObjectRefKind.Function, "touch", "")),
            new Dependency(Ref(ObjectRefKind.Policy, "r", "r_visible"), Ref(ObjectRefKind.Function, "f", "x integer")),
        }));
        Assert.That(edges.Where(e => e.Dependent == e.Referenced), Is.Empty, "an object's edges to its own parts are left out");
        Assert.That(edges.Where(e => e.Referenced.Name.Schema != "public" || e.Dependent.Name.Schema != "public"), Is.Empty,
            "system objects (int4 +, the pg_catalog types) and PostGIS's members are not part of the model");
    }

    [Test]
    public async Task A_string_body_records_no_edge_and_edges_alone_do_not_change_the_fingerprint()
    {
        const string Table = "CREATE TABLE public.t (id integer PRIMARY KEY);";
        await using var asString = await CatalogDatabase.CreateAsync(Table + """
            CREATE FUNCTION public.n() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM public.t';
            """);
        var stringModel = await asString.ReadAsync();

        Assert.That(stringModel.Dependencies.Where(e => e.Dependent.Kind == ObjectRefKind.Function), Is.Empty,
            "PostgreSQL does not look inside a string body, hence check_function_bodies = off in scripts");
        var withEdge = stringModel with
        {
            Dependencies = [new Dependency(Ref(ObjectRefKind.Function, "n", ""), Ref(ObjectRefKind.Table, "t"))],
        };
        Assert.That(Fingerprint.Of(withEdge), Is.EqualTo(Fingerprint.Of(stringModel)));
    }
}
