namespace SurveySchema.Tests.Parsing;

/// <summary>Collations and aggregates come before what uses them, whatever the files' order.</summary>
[TestFixture]
public sealed class ObjectOrderingTests
{
    [Test]
    public void A_collation_comes_before_the_columns_indexes_domains_and_comments_that_use_it()
    {
        using var folder = SchemaFolder.Create(
            ("a.sql", "CREATE TABLE parcels (owner text COLLATE case_insensitive, code text);\nCREATE INDEX parcels_code ON parcels (code COLLATE public.bytewise);"),
            ("b.sql", "CREATE DOMAIN code AS text COLLATE public.bytewise;\nCREATE VIEW v AS SELECT owner COLLATE public.bytewise AS o FROM parcels;"),
            ("c.sql", "COMMENT ON COLLATION case_insensitive IS 'no case';"),
            ("z.sql", "CREATE COLLATION public.bytewise (provider = libc, locale = 'C');\nCREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"));

        var order = Order(folder);

        Assert.That(order.IndexOf("collation public.case_insensitive"), Is.LessThan(order.IndexOf("table public.parcels")));
        Assert.That(order.IndexOf("collation public.bytewise"), Is.LessThan(order.IndexOf("index public.parcels_code")));
        Assert.That(order.IndexOf("collation public.bytewise"), Is.LessThan(order.IndexOf("type public.code")));
        Assert.That(order.IndexOf("collation public.bytewise"), Is.LessThan(order.IndexOf("view public.v")));
    }

    [Test]
    public void An_aggregate_comes_after_its_support_functions_and_state_type()
    {
        using var folder = SchemaFolder.Create(
            ("a.sql", "CREATE AGGREGATE mean(numeric) (SFUNC = step, STYPE = public.pair, FINALFUNC = public.finish, COMBINEFUNC = merge, INITCOND = '(0,0)');"),
            ("b.sql", "CREATE FUNCTION step(p pair, v numeric) RETURNS pair LANGUAGE sql AS $$ SELECT p $$;\nCREATE FUNCTION finish(p pair) RETURNS numeric LANGUAGE sql AS $$ SELECT 0::numeric $$;\nCREATE FUNCTION merge(a pair, b pair) RETURNS pair LANGUAGE sql AS $$ SELECT a $$;"),
            ("c.sql", "CREATE TYPE pair AS (total numeric, n bigint);"),
            ("d.sql", "CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);"));

        var order = Order(folder);

        var mean = order.IndexOf("function public.mean(numeric)");
        Assert.That(order.IndexOf("type public.pair"), Is.LessThan(mean));
        Assert.That(order.IndexOf("function public.step(pair, numeric)"), Is.LessThan(mean));
        Assert.That(order.IndexOf("function public.finish(pair)"), Is.LessThan(mean));
        Assert.That(order.IndexOf("function public.merge(pair, pair)"), Is.LessThan(mean));
        Assert.That(order, Does.Contain("function public.total(int4)"), "a built-in support function is no error");
    }

    private static List<string> Order(SchemaFolder folder)
    {
        var project = folder.Load();
        Assert.That(project.Diagnostics, Is.Empty);
        return [.. project.Statements.SelectMany(s => s.Creates).Select(c => c.ToString())];
    }
}
