using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Enums (labels in order), domains (base, default, not null, checks), composites (attributes).</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogTypeTests
{
    [Test]
    public async Task Enum_labels_keep_their_order_including_labels_added_later()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TYPE public.status AS ENUM ('proposed', 'active', 'closed');
            ALTER TYPE public.status ADD VALUE 'on_hold' BEFORE 'closed';
            ALTER TYPE public.status ADD VALUE 'archived';
            COMMENT ON TYPE public.status IS 'project lifecycle';
            """);

        var type = (await database.ReadAsync()).Type("public", "status");
        Assert.That(type.Kind, Is.EqualTo(TypeKind.Enum));
        Assert.That(type.EnumLabels, Is.EqualTo(new EquatableArray<string>(["proposed", "active", "on_hold", "closed", "archived"])));
        Assert.That((type.Domain, type.Attributes.Count, type.Comment), Is.EqualTo(((Domain?)null, 0, "project lifecycle")));
    }

    [Test]
    public async Task Domains_are_read_with_base_type_default_not_null_collation_and_checks()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE DOMAIN public.accuracy AS numeric(8,3) DEFAULT 0 NOT NULL
                CONSTRAINT accuracy_non_negative CHECK (VALUE >= 0)
                CONSTRAINT accuracy_bounded CHECK (VALUE < 1000);
            CREATE DOMAIN public.code AS text COLLATE "C";
            ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK (length(VALUE) < 10) NOT VALID;
            COMMENT ON CONSTRAINT accuracy_bounded ON DOMAIN public.accuracy IS 'a kilometre at most';
            """);

        var model = await database.ReadAsync();

        var accuracy = model.Type("public", "accuracy");
        Assert.That(accuracy.Kind, Is.EqualTo(TypeKind.Domain));
        Assert.That(accuracy.Domain, Is.EqualTo(new Domain("numeric(8,3)")
        {
            Default = "0",
            NotNull = true,
            Checks =
            [
                new DomainCheck("accuracy_bounded", "CHECK ((VALUE < (1000)::numeric))") { Comment = "a kilometre at most" },
                new DomainCheck("accuracy_non_negative", "CHECK ((VALUE >= (0)::numeric))"),
            ],
        }));

        var code = model.Type("public", "code");
        Assert.That(code.Domain?.Collation, Is.EqualTo("\"C\""));
        Assert.That(code.Domain?.Checks.Single().Validated, Is.False);
    }

    [Test]
    public async Task Composite_types_are_read_with_attributes_in_order()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TYPE public.station_range AS (start_station numeric, end_station numeric, label text COLLATE "C");
            COMMENT ON COLUMN public.station_range.end_station IS 'must exceed start';
            CREATE TABLE public.uses_row (r public.station_range);
            """);

        var model = await database.ReadAsync();

        var type = model.Type("public", "station_range");
        Assert.That(type.Kind, Is.EqualTo(TypeKind.Composite));
        Assert.That(type.Attributes.Select(a => (a.Ordinal, a.Name, a.Type, a.Collation)), Is.EqualTo(new[]
        {
            (1, "start_station", "numeric", (string?)null),
            (2, "end_station", "numeric", null),
            (3, "label", "text", "\"C\""),
        }));
        Assert.That(type.Attributes[1].Comment, Is.EqualTo("must exceed start"));
        Assert.That(model.Types.Select(t => t.Name.Name), Is.EqualTo(new[] { "station_range" }),
            "a table's implicit row type is not a type of its own; PostGIS's composite types are extension members");
        Assert.That(model.Table("public", "uses_row").Column("r").Type, Is.EqualTo("public.station_range"));
    }
}
