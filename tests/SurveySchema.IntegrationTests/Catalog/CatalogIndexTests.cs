using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Indexes: method, keys and expressions, INCLUDE, predicate, uniqueness, backing constraint.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogIndexTests
{
    [Test]
    public async Task Indexes_are_read_with_keys_include_predicate_and_definition()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.docs (
                id integer PRIMARY KEY,
                title text,
                body tsvector,
                owner integer,
                archived boolean NOT NULL DEFAULT false
            );
            CREATE UNIQUE INDEX docs_title_lower ON public.docs (lower(title) DESC, owner) INCLUDE (id) WHERE NOT archived;
            CREATE INDEX docs_body ON public.docs USING gin (body);
            CREATE INDEX docs_owner_hash ON public.docs USING hash (owner);
            COMMENT ON INDEX public.docs_body IS 'full text';
            """);

        var table = (await database.ReadAsync()).Table("public", "docs");
        Assert.That(table.Indexes.Select(i => i.Name), Is.EqualTo(new[] { "docs_body", "docs_owner_hash", "docs_pkey", "docs_title_lower" }));

        var lower = table.Index("docs_title_lower");
        Assert.That(lower.Method, Is.EqualTo("btree"));
        Assert.That(lower.Keys, Is.EqualTo(new EquatableArray<string>(["lower(title)", "owner"])));
        Assert.That(lower.Include, Is.EqualTo(new EquatableArray<string>(["id"])));
        Assert.That(lower.Predicate, Is.EqualTo("(NOT archived)"));
        Assert.That((lower.Unique, lower.Constraint, lower.IsValid), Is.EqualTo((true, (string?)null, true)));
        Assert.That(lower.Definition, Is.EqualTo(
            "CREATE UNIQUE INDEX docs_title_lower ON public.docs USING btree (lower(title) DESC, owner) INCLUDE (id) WHERE (NOT archived)"));

        var body = table.Index("docs_body");
        Assert.That((body.Method, body.Unique, body.Comment), Is.EqualTo(("gin", false, "full text")));
        Assert.That(table.Index("docs_owner_hash").Method, Is.EqualTo("hash"));

        var primaryKey = table.Index("docs_pkey");
        Assert.That((primaryKey.Unique, primaryKey.Constraint), Is.EqualTo((true, "docs_pkey")));
        Assert.That(primaryKey.Keys, Is.EqualTo(new EquatableArray<string>(["id"])));
    }
}
