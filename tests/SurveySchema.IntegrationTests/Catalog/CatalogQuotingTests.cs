using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Names that need quoting in SQL are stored as PostgreSQL stores them (case and spaces kept,
/// no quotes); PostgreSQL-produced definitions quote them where SQL needs it.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogQuotingTests
{
    [Test]
    public async Task Identifiers_needing_quotes_are_read_in_every_position()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE SCHEMA "Field Data";
            CREATE TABLE "Field Data"."order" (
                "user"        integer NOT NULL,
                "Mixed Case"  text,
                "select"      numeric CONSTRAINT "Positive Select" CHECK ("select" > 0),
                CONSTRAINT "order PK" PRIMARY KEY ("user")
            );
            CREATE INDEX "Order By Case" ON "Field Data"."order" ("Mixed Case", lower("Mixed Case"));
            CREATE TABLE public."user" (id integer PRIMARY KEY, "order" integer REFERENCES "Field Data"."order" ("user"));
            CREATE VIEW "Field Data"."Big Orders" AS SELECT "user", "Mixed Case" FROM "Field Data"."order";
            COMMENT ON SCHEMA "Field Data" IS 'survey crew uploads';
            """);

        var model = await database.ReadAsync();

        Assert.That(model.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "Field Data", "public" }));
        Assert.That(model.Schemas[0].Comment, Is.EqualTo("survey crew uploads"));

        var order = model.Table("Field Data", "order");
        Assert.That(order.Columns.Select(c => c.Name), Is.EqualTo(new[] { "user", "Mixed Case", "select" }));

        var primaryKey = order.Constraint("order PK");
        Assert.That(primaryKey.Columns, Is.EqualTo(new EquatableArray<string>(["user"])));
        Assert.That(primaryKey.Definition, Is.EqualTo("PRIMARY KEY (\"user\")"));
        Assert.That(order.Constraint("Positive Select").Definition, Is.EqualTo("CHECK ((\"select\" > (0)::numeric))"));

        var index = order.Index("Order By Case");
        Assert.That(index.Keys, Is.EqualTo(new EquatableArray<string>(["\"Mixed Case\"", "lower(\"Mixed Case\")"])),
            "index keys are SQL text: quoted where needed");
        Assert.That(index.Definition, Is.EqualTo(
            "CREATE INDEX \"Order By Case\" ON \"Field Data\".\"order\" USING btree (\"Mixed Case\", lower(\"Mixed Case\"))"));

        var user = model.Table("public", "user");
        var foreignKey = user.Constraints.Single(c => c.Kind == ConstraintKind.ForeignKey);
        Assert.That(foreignKey.Name, Is.EqualTo("user_order_fkey"));
        Assert.That(foreignKey.ForeignKey?.ReferencedTable, Is.EqualTo(new QualifiedName("Field Data", "order")));
        Assert.That(foreignKey.Definition, Is.EqualTo("FOREIGN KEY (\"order\") REFERENCES \"Field Data\".\"order\"(\"user\")"));

        var view = model.View("Field Data", "Big Orders");
        Assert.That(view.Columns.Select(c => c.Name), Is.EqualTo(new[] { "user", "Mixed Case" }));
        Assert.That(view.Definition, Does.Contain("FROM \"Field Data\".\"order\""));
    }
}
