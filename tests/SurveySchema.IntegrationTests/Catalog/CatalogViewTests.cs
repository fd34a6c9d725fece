using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Views and materialized views: definition, columns, options, indexes, triggers.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogViewTests
{
    [Test]
    public async Task Views_and_materialized_views_are_read_with_definition_columns_and_indexes()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric(10,2), placed date);
            CREATE VIEW public.big_orders WITH (security_barrier = true) AS
                SELECT id, total FROM public.orders WHERE total > 100;
            ALTER VIEW public.big_orders ALTER COLUMN total SET DEFAULT 0;
            COMMENT ON VIEW public.big_orders IS 'orders over 100';
            COMMENT ON COLUMN public.big_orders.total IS 'order total';
            CREATE MATERIALIZED VIEW public.order_days AS
                SELECT placed, count(*) AS orders FROM public.orders GROUP BY placed;
            CREATE UNIQUE INDEX order_days_placed ON public.order_days (placed);
            COMMENT ON MATERIALIZED VIEW public.order_days IS 'orders per day';
            CREATE FUNCTION public.ignore_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
            CREATE TRIGGER big_orders_insert INSTEAD OF INSERT ON public.big_orders
                FOR EACH ROW EXECUTE FUNCTION public.ignore_insert();
            """);

        var model = await database.ReadAsync();

        var view = model.View("public", "big_orders");
        Assert.That(view.Kind, Is.EqualTo(ViewKind.View));
        Assert.That(view.Definition, Is.EqualTo(" SELECT orders.id,\n    orders.total\n   FROM public.orders\n  WHERE (orders.total > (100)::numeric);"));
        Assert.That(view.Options, Is.EqualTo(new EquatableArray<string>(["security_barrier=true"])));
        Assert.That(view.Columns.Select(c => (c.Ordinal, c.Name, c.Type)), Is.EqualTo(new[] { (1, "id", "integer"), (2, "total", "numeric(10,2)") }));
        Assert.That(view.Columns[1].Default, Is.EqualTo("0"));
        Assert.That(view.Columns[1].Comment, Is.EqualTo("order total"));
        Assert.That(view.Comment, Is.EqualTo("orders over 100"));
        Assert.That(view.Triggers.Select(t => t.Definition), Is.EqualTo(new[]
        {
            "CREATE TRIGGER big_orders_insert INSTEAD OF INSERT ON public.big_orders FOR EACH ROW EXECUTE FUNCTION public.ignore_insert()",
        }));
        Assert.That(view.Indexes, Is.Empty);

        var materialized = model.View("public", "order_days");
        Assert.That(materialized.Kind, Is.EqualTo(ViewKind.Materialized));
        Assert.That(materialized.Definition, Does.Contain("count(*) AS orders").And.Contain("GROUP BY orders.placed"));
        Assert.That(materialized.Columns.Select(c => (c.Name, c.Type)), Is.EqualTo(new[] { ("placed", "date"), ("orders", "bigint") }));
        Assert.That(materialized.Indexes.Select(i => (i.Name, i.Unique)), Is.EqualTo(new[] { ("order_days_placed", true) }));
        Assert.That(materialized.Comment, Is.EqualTo("orders per day"));
        Assert.That(model.Tables.Select(t => t.Name.Name), Is.EqualTo(new[] { "orders" }), "views are not tables");
    }
}
