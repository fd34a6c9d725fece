using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff;

public sealed class SchemaDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Equal_models_give_no_operations()
    {
        var model = Db(Table("projects", Id, Column("name", "text", 2)));

        Assert.That(SchemaDiffer.Diff(model, model, DiffOptions.Default), Is.Empty);
    }

    [Test]
    public void Point_to_PointZ_is_AlterColumnType_using_ST_Force3D()
    {
        var current = Db(Table("survey_points", Id, Geometry("geom", "POINT", z: false, 2277, 2)));
        var desired = Db(Table("survey_points", Id, Geometry("geom", "POINT", z: true, 2277, 2)));

        var change = SchemaDiffer.Diff(current, desired, DiffOptions.Default).Single() as AlterColumnType;

        Assert.That(change, Is.Not.Null);
        Assert.That(change!.To.Type, Is.EqualTo("public.geometry(PointZ,2277)"));
        Assert.That(change.Using!.FunctionNames, Is.EqualTo(new[] { "ST_Force3D" }));
    }

    [TestCase("POINT", false, 4326, "POINT", false, 2277, new[] { "ST_Transform" })]
    [TestCase("POINT", false, 0, "POINT", false, 2277, new[] { "ST_SetSRID" })]
    [TestCase("POINT", false, 2277, "MULTIPOINT", false, 2277, new[] { "ST_Multi" })]
    [TestCase("POINT", true, 2277, "POINT", false, 2277, new[] { "ST_Force2D" })]
    [TestCase("POLYGON", false, 4326, "MULTIPOLYGON", true, 2277, new[] { "ST_Transform", "ST_Multi", "ST_Force3D" })]
    public void Spatial_changes_get_the_matching_conversion(
        string fromType, bool fromZ, int fromSrid, string toType, bool toZ, int toSrid, string[] functions)
    {
        var current = Db(Table("t", Id, Geometry("geom", fromType, fromZ, fromSrid, 2)));
        var desired = Db(Table("t", Id, Geometry("geom", toType, toZ, toSrid, 2)));

        var change = SchemaDiffer.Diff(current, desired, DiffOptions.Default).OfType<AlterColumnType>().Single();

        Assert.That(change.Using!.FunctionNames, Is.EqualTo(functions));
    }

    [Test]
    public void Geography_goes_through_geometry()
    {
        Column Geography(bool z) => new("geog", z ? "public.geography(PointZ,4326)" : "public.geography(Point,4326)")
        {
            Ordinal = 2,
            Spatial = new SpatialType(SpatialKind.Geography, "POINT", z, false, 4326),
        };

        var change = SchemaDiffer.Diff(Db(Table("g", Id, Geography(false))), Db(Table("g", Id, Geography(true))), DiffOptions.Default)
            .OfType<AlterColumnType>().Single();

        Assert.That(change.Using!.Describe("geog"), Is.EqualTo("(ST_Force3D((geog)::geometry))::geography"));
    }

    [Test]
    public void An_unchanged_gist_index_is_left_to_PostgreSQL_when_its_column_changes_type()
    {
        var index = Index("t", "t_geom", "geom", "gist");
        var current = Db(Table("t", Id, Geometry("geom", "POINT", false, 2277, 2)) with { Indexes = [index] });
        var desired = Db(Table("t", Id, Geometry("geom", "POINT", true, 2277, 2)) with { Indexes = [index] });

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(AlterColumnType) }));
    }
}
