using SurveySchema.Diff;
using SurveySchema.Diff.Differs;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>The typed change a PostGIS column's values go through, decided once from the two modifiers.</summary>
public sealed class SpatialConversionTests
{
    private static SpatialType Geometry(string type, int srid, bool z = false, bool m = false) => new(SpatialKind.Geometry, type, z, m, srid);

    private static SpatialType Geography(string type, bool z = false) => new(SpatialKind.Geography, type, z, false, 4326);

    private static SpatialChange[]? Changes(SpatialType from, SpatialType to) =>
        SpatialConversion.For(from, to, "public")?.Changes.ToArray();

    [Test]
    public void Point_to_PointZ_adds_Z_and_nothing_else()
    {
        Assert.That(Changes(Geometry("POINT", 2277), Geometry("POINT", 2277, z: true)),
            Is.EqualTo(new SpatialChange[] { new ChangeDimensions(FromZ: false, FromM: false, ToZ: true, ToM: false) }));
    }

    [Test]
    public void Dropping_Z_is_a_dimension_change_that_drops_coordinates()
    {
        var change = (ChangeDimensions)Changes(Geometry("POINT", 2277, z: true, m: true), Geometry("POINT", 2277, m: true))!.Single();

        Assert.That((change.ToZ, change.ToM, change.DropsCoordinates), Is.EqualTo((false, true, true)));
    }

    [Test]
    public void A_new_SRID_reprojects_from_a_real_one_and_is_set_on_values_without_one()
    {
        Assert.That(Changes(Geometry("POINT", 4326), Geometry("POINT", 2277)), Is.EqualTo(new SpatialChange[] { new Reproject(4326, 2277) }));
        Assert.That(Changes(Geometry("POINT", 0), Geometry("POINT", 2277)), Is.EqualTo(new SpatialChange[] { new SetSrid(2277) }));
    }

    [Test]
    public void Single_to_multi_is_ToMulti_and_another_type_only_restricts()
    {
        Assert.That(Changes(Geometry("POINT", 2277), Geometry("MULTIPOINT", 2277)), Is.EqualTo(new SpatialChange[] { new ToMulti("MULTIPOINT") }));
        Assert.That(Changes(Geometry("GEOMETRY", 2277), Geometry("POLYGON", 2277)), Is.EqualTo(new SpatialChange[] { new RestrictGeometryType("POLYGON") }));
    }

    [Test]
    public void Changes_come_in_the_order_they_apply_to_each_value()
    {
        Assert.That(Changes(Geometry("POLYGON", 4326), Geometry("MULTIPOLYGON", 2277, z: true)), Is.EqualTo(new SpatialChange[]
        {
            new Reproject(4326, 2277),
            new ToMulti("MULTIPOLYGON"),
            new ChangeDimensions(false, false, true, false),
        }));
    }

    [Test]
    public void A_change_of_kind_is_its_own_change_and_geography_to_geography_stays_geography()
    {
        Assert.That(Changes(Geography("POINT"), Geometry("POINT", 4326)), Is.EqualTo(new SpatialChange[] { new ToGeometry() }));
        Assert.That(Changes(Geometry("POINT", 4326), Geography("POINT")), Is.EqualTo(new SpatialChange[] { new ToGeography() }));
        Assert.That(SpatialConversion.For(Geography("POINT"), Geography("POINT", z: true), "public"),
            Is.EqualTo(new SpatialChanges(SpatialKind.Geography, [new ChangeDimensions(false, false, true, false)], "public")));
    }

    [Test]
    public void Equal_modifiers_or_a_looser_one_need_no_conversion()
    {
        Assert.That(Changes(Geometry("POINT", 2277), Geometry("POINT", 2277)), Is.Null);
        Assert.That(Changes(Geometry("POINT", 2277), Geometry("GEOMETRY", 0)), Is.Null);
    }

    [Test]
    public void The_column_differ_carries_the_decided_change_on_AlterColumnType()
    {
        var id = Column("id", "integer", 1, notNull: true);
        var current = Db(Table("survey_points", id, TestModels.Geometry("geom", "POINT", z: false, 2277, 2)));
        var desired = Db(Table("survey_points", id, TestModels.Geometry("geom", "POINT", z: true, 2277, 2)));

        var change = SchemaDiffer.Diff(current, desired, DiffOptions.Default).OfType<AlterColumnType>().Single();

        Assert.That(change.Using, Is.EqualTo(new SpatialChanges(SpatialKind.Geometry, [new ChangeDimensions(false, false, true, false)], null)));
    }
}
