using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>PostGIS columns carry their type, dimensions and SRID; PostGIS's own objects stay out.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogPostGisTests
{
    [Test]
    public async Task Geometry_and_geography_type_modifiers_are_read()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.shapes (
                id          integer PRIMARY KEY,
                point       geometry(Point, 2277),
                point_z     geometry(PointZ, 2277),
                point_zm    geometry(PointZM, 4326),
                point_m     geometry(PointM, 4326),
                parcels     geometry(MultiPolygon, 2277),
                alignment   geometry(LineStringZ, 2277),
                anything    geometry,
                no_srid     geometry(Polygon),
                place       geography(Point, 4326),
                area        geography(MultiPolygonZ),
                globe       geography,
                many        geometry(Point, 2277)[]
            );
            CREATE INDEX shapes_point_z ON public.shapes USING gist (point_z);
            """);

        var shapes = (await database.ReadAsync()).Table("public", "shapes");

        Assert.That(Spatial(shapes, "point"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "POINT", false, false, 2277)));
        Assert.That(Spatial(shapes, "point_z"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "POINT", true, false, 2277)));
        Assert.That(Spatial(shapes, "point_zm"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "POINT", true, true, 4326)));
        Assert.That(Spatial(shapes, "point_m"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "POINT", false, true, 4326)));
        Assert.That(Spatial(shapes, "parcels"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "MULTIPOLYGON", false, false, 2277)));
        Assert.That(Spatial(shapes, "alignment"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "LINESTRING", true, false, 2277)));
        Assert.That(Spatial(shapes, "anything"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "GEOMETRY", false, false, 0)));
        Assert.That(Spatial(shapes, "no_srid"), Is.EqualTo(new SpatialType(SpatialKind.Geometry, "POLYGON", false, false, 0)));
        Assert.That(Spatial(shapes, "place"), Is.EqualTo(new SpatialType(SpatialKind.Geography, "POINT", false, false, 4326)));
        Assert.That(Spatial(shapes, "area"), Is.EqualTo(new SpatialType(SpatialKind.Geography, "MULTIPOLYGON", true, false, 4326)),
            "PostGIS stores 4326 for a geography declared without SRID");
        Assert.That(Spatial(shapes, "globe"), Is.EqualTo(new SpatialType(SpatialKind.Geography, "GEOMETRY", false, false, 0)));
        Assert.That(Spatial(shapes, "many"), Is.Null, "an array of geometries is not a spatial column");
        Assert.That(Spatial(shapes, "id"), Is.Null);

        Assert.That(shapes.Column("point_z").Type, Is.EqualTo("public.geometry(PointZ,2277)"));
        Assert.That(shapes.Column("anything").Type, Is.EqualTo("public.geometry"));
        Assert.That(shapes.Column("place").Type, Is.EqualTo("public.geography(Point,4326)"));
        Assert.That(shapes.Index("shapes_point_z").Method, Is.EqualTo("gist"));
    }

    [Test]
    public async Task Objects_owned_by_extensions_are_not_in_the_model()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.sites (id uuid PRIMARY KEY DEFAULT public.uuid_generate_v4(), geom geometry(Point, 2277));
            CREATE FUNCTION public.site_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.sites';
            """);

        var model = await database.ReadAsync();

        Assert.That(model.Extensions.Select(e => (e.Name, e.Schema)), Is.EqualTo(new[] { ("postgis", "public"), ("uuid-ossp", "public") }));
        Assert.That(model.Extensions.Select(e => e.Version), Has.All.Not.Empty);
        Assert.That(model.Tables.Select(t => t.Name.ToString()), Is.EqualTo(new[] { "public.sites" }), "no spatial_ref_sys");
        Assert.That(model.Views, Is.Empty, "no geometry_columns or geography_columns");
        Assert.That(model.Functions.Select(f => f.Signature), Is.EqualTo(new[] { "public.site_count()" }),
            "no PostGIS or uuid-ossp function");
        Assert.That(model.Types, Is.Empty, "no geometry, geography, box2d or geometry_dump");
        Assert.That(model.Sequences, Is.Empty);
        Assert.That(model.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "public" }));
    }

    private static SpatialType? Spatial(Table table, string column) => table.Column(column).Spatial;
}
