using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.TestTypes;

namespace SurveySchema.Tests.Planning;

/// <summary>Hazards of a column's type change and of an added column, read from the typed facts (the catalog's
/// <see cref="ColumnType"/>, the differ's <see cref="ColumnConversion"/>), never from type or function names.</summary>
public sealed class ColumnChangeHazardsTests
{
    private static Column Typed(string text, ColumnType facts) => Column("c", text, 1) with { TypeFacts = facts };

    private static HazardKind[] Kinds(Column from, Column to, ColumnConversion? conversion = null, bool existing = true) =>
        [.. ColumnChangeHazards.TypeChange(new AlterColumnType(Name("t"), from, to, conversion), existing, "").Select(h => h.Kind)];

    private static HazardKind[] Spatial(params SpatialChange[] changes)
    {
        var point = Geometry("c", "POINT", z: false, 2277, 1);
        return Kinds(point, point, new SpatialChanges(SpatialKind.Geometry, [.. changes], null));
    }

    [Test]
    public void Adding_Z_rewrites_and_loses_nothing()
    {
        Assert.That(Spatial(new ChangeDimensions(false, false, true, false)), Is.EqualTo(new[] { HazardKind.TableRewrite }));
    }

    [Test]
    public void Dropping_Z_or_M_loses_the_coordinates()
    {
        Assert.That(Spatial(new ChangeDimensions(true, false, false, false)), Is.EqualTo(new[] { HazardKind.TableRewrite, HazardKind.DataLoss }));
        Assert.That(Spatial(new ChangeDimensions(true, false, false, true)), Is.EqualTo(new[] { HazardKind.TableRewrite, HazardKind.DataLoss }));
    }

    [Test]
    public void Reprojecting_and_restricting_the_geometry_type_are_data_loss_setting_an_SRID_and_multi_are_not()
    {
        Assert.That(Spatial(new Reproject(4326, 2277)), Does.Contain(HazardKind.DataLoss));
        Assert.That(Spatial(new RestrictGeometryType("POINT")), Does.Contain(HazardKind.DataLoss));
        Assert.That(Spatial(new SetSrid(2277), new ToMulti("MULTIPOINT")), Is.EqualTo(new[] { HazardKind.TableRewrite }));
    }

    [Test]
    public void A_conversion_through_text_may_fail_on_a_value()
    {
        var mood = Column("c", "public.mood", 1);

        Assert.That(Kinds(mood, mood, new ViaText("public.feeling", IsArray: false)), Does.Contain(HazardKind.DataLoss));
    }

    [TestCase(10, 20)]
    [TestCase(10, 10)]
    public void A_longer_or_equal_varchar_keeps_the_stored_values(int from, int to)
    {
        Assert.That(Kinds(Typed($"character varying({from})", Varchar(from)), Typed($"character varying({to})", Varchar(to))), Is.Empty);
    }

    [Test]
    public void Varchar_to_text_or_unlimited_varchar_keeps_the_stored_values()
    {
        Assert.That(Kinds(Typed("character varying(10)", Varchar(10)), Typed("text", BuiltIn("text"))), Is.Empty);
        Assert.That(Kinds(Typed("text", BuiltIn("text")), Typed("character varying", BuiltIn("varchar"))), Is.Empty);
    }

    [Test]
    public void A_shorter_varchar_rewrites_and_may_fail_on_longer_values()
    {
        Assert.That(Kinds(Typed("character varying(20)", Varchar(20)), Typed("character varying(10)", Varchar(10))),
            Is.EqualTo(new[] { HazardKind.TableRewrite, HazardKind.DataLoss }));
        Assert.That(Kinds(Typed("text", BuiltIn("text")), Typed("character varying(10)", Varchar(10))),
            Is.EqualTo(new[] { HazardKind.TableRewrite, HazardKind.DataLoss }));
    }

    [Test]
    public void Numeric_keeps_its_values_for_more_precision_at_the_same_scale_only()
    {
        Assert.That(Kinds(Typed("numeric(10,2)", Numeric(10, 2)), Typed("numeric(12,2)", Numeric(12, 2))), Is.Empty);
        Assert.That(Kinds(Typed("numeric(10,2)", Numeric(10, 2)), Typed("numeric", BuiltIn("numeric"))), Is.Empty);
        Assert.That(Kinds(Typed("numeric(10,2)", Numeric(10, 2)), Typed("numeric(12,3)", Numeric(12, 3))), Is.EqualTo(new[] { HazardKind.TableRewrite }));
    }

    [Test]
    public void An_explicit_cast_keeps_the_stored_values_where_the_types_do()
    {
        Assert.That(Kinds(Typed("numeric(10,2)", Numeric(10, 2)), Typed("numeric(12,2)", Numeric(12, 2)), new CastTo("numeric(12,2)")), Is.Empty);
    }

    [Test]
    public void A_smaller_integer_may_fail_on_values_out_of_range_a_larger_one_only_rewrites()
    {
        Assert.That(Kinds(Typed("bigint", BuiltIn("int8")), Typed("integer", BuiltIn("int4"))), Is.EqualTo(new[] { HazardKind.TableRewrite, HazardKind.DataLoss }));
        Assert.That(Kinds(Typed("integer", BuiltIn("int4")), Typed("bigint", BuiltIn("int8"))), Is.EqualTo(new[] { HazardKind.TableRewrite }));
    }

    [Test]
    public void A_table_the_plan_creates_is_not_rewritten()
    {
        Assert.That(Kinds(Typed("integer", BuiltIn("int4")), Typed("bigint", BuiltIn("int8")), existing: false), Is.Empty);
    }

    [Test]
    public void An_added_column_rewrites_for_a_volatile_default_as_the_catalog_reports_it_not_as_its_text_reads()
    {
        var column = Column("c", "uuid", 1) with { Default = "public.new_id()" };

        Assert.That(ColumnChangeHazards.AddRewrites(column with { DefaultIsVolatile = true }), Is.True);
        Assert.That(ColumnChangeHazards.AddRewrites(column with { Default = "nextval('s'::regclass)" }), Is.False);
        Assert.That(ColumnChangeHazards.AddRewrites(column with { Generated = "1" }), Is.True);
    }
}
