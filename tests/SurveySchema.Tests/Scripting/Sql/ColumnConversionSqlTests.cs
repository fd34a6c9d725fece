using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Scripting.Sql;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>ALTER COLUMN … TYPE and its USING clause, spelled from the typed conversion: the generator is the one
/// place PostGIS's function names are written.</summary>
public sealed class ColumnConversionSqlTests
{
    private static string AlterType(Column from, Column to, ColumnConversion? conversion) =>
        SqlGenerator.Statements(new AlterColumnType(Name("t"), from, to, conversion)).Single();

    private static SpatialChanges Spatial(SpatialKind from, params SpatialChange[] changes) => new(from, [.. changes], "gis");

    private static readonly Column Point = Geometry("geom", "POINT", z: false, 2277, 1);

    private static readonly Column PointZ = Geometry("geom", "POINT", z: true, 2277, 1);

    [Test]
    public void Adding_Z_is_ST_Force3D_qualified_with_the_PostGIS_schema()
    {
        Assert.That(AlterType(Point, PointZ, Spatial(SpatialKind.Geometry, new ChangeDimensions(false, false, true, false))),
            Is.EqualTo("ALTER TABLE public.t ALTER COLUMN geom TYPE public.geometry(PointZ,2277) USING gis.ST_Force3D(geom)"));
    }

    [TestCase(true, true, "ST_Force4D")]
    [TestCase(false, true, "ST_Force3DM")]
    [TestCase(false, false, "ST_Force2D")]
    public void Each_target_dimension_has_its_function(bool z, bool m, string function)
    {
        var sql = AlterType(PointZ, Point, Spatial(SpatialKind.Geometry, new ChangeDimensions(true, false, z, m)));

        Assert.That(sql, Does.EndWith($"USING gis.{function}(geom)"));
    }

    [Test]
    public void Changes_nest_innermost_first_with_their_SRID_arguments()
    {
        var sql = AlterType(Point, PointZ, Spatial(SpatialKind.Geometry, new SetSrid(4326), new Reproject(4326, 2277), new ToMulti("MULTIPOINT")));

        Assert.That(sql, Does.EndWith("USING gis.ST_Multi(gis.ST_Transform(gis.ST_SetSRID(geom, 4326), 2277))"));
    }

    [Test]
    public void Geography_goes_through_geometry_for_the_functions_and_comes_back()
    {
        var sql = AlterType(Point, PointZ, Spatial(SpatialKind.Geography, new ChangeDimensions(false, false, true, false)));

        Assert.That(sql, Does.EndWith("USING (gis.ST_Force3D((geom)::gis.geometry))::gis.geography"));
    }

    [Test]
    public void A_change_of_kind_alone_is_a_cast()
    {
        Assert.That(AlterType(Point, Point, Spatial(SpatialKind.Geography, new ToGeometry())), Does.EndWith("USING (geom)::gis.geometry"));
        Assert.That(AlterType(Point, Point, Spatial(SpatialKind.Geometry, new ToGeography())), Does.EndWith("USING (geom)::gis.geography"));
    }

    [Test]
    public void A_restricted_geometry_type_needs_no_USING()
    {
        Assert.That(AlterType(Point, Point, Spatial(SpatialKind.Geometry, new RestrictGeometryType("POINT"))),
            Is.EqualTo("ALTER TABLE public.t ALTER COLUMN geom TYPE public.geometry(Point,2277)"));
    }

    [Test]
    public void A_cast_and_a_conversion_through_text()
    {
        var flag = Column("flag", "text", 1);

        Assert.That(AlterType(flag, Column("flag", "boolean", 1), new CastTo("boolean")), Does.EndWith("TYPE boolean USING (flag)::boolean"));
        Assert.That(AlterType(flag, Column("flag", "public.feeling[]", 1), new ViaText("public.feeling[]", IsArray: true)),
            Does.EndWith("TYPE public.feeling[] USING ((flag)::text[])::public.feeling[]"));
    }
}
