using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>PostGIS's type modifier number, read into what it constrains.</summary>
public sealed class SpatialTypeTests
{
    [TestCase(SpatialKind.Geometry, "POINT", true, false, 2277)]
    [TestCase(SpatialKind.Geometry, "MULTIPOLYGON", false, true, 4326)]
    [TestCase(SpatialKind.Geography, "TIN", true, true, 900913)]
    [TestCase(SpatialKind.Geometry, "GEOMETRY", false, false, 0)]
    public void A_modifier_reads_back_as_the_type_it_encodes(SpatialKind kind, string type, bool z, bool m, int srid)
    {
        var spatial = new SpatialType(kind, type, z, m, srid);

        Assert.That(SpatialType.FromModifier(kind, spatial.ToModifier()), Is.EqualTo(spatial));
    }

    [Test]
    public void No_modifier_is_any_geometry_without_SRID()
    {
        Assert.That(SpatialType.FromModifier(SpatialKind.Geometry, -1), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "GEOMETRY", false, false, 0)));
    }

    [Test]
    public void Only_PostGIS_s_own_non_array_geometry_is_spatial()
    {
        var facts = new ColumnType(new QualifiedName("public", "geometry"), new SpatialType(SpatialKind.Geometry, "POINT", false, false, 2277).ToModifier()) { Extension = "postgis" };

        Assert.That(facts.Spatial, Is.Not.Null);
        Assert.That((facts with { IsArray = true }).Spatial, Is.Null);
        Assert.That((facts with { Extension = null }).Spatial, Is.Null);
    }
}
