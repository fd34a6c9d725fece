using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Foundation;
using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>The real Survey Data System, built by the revision chain (0001 + 0002), read by the catalog reader.</summary>
[TestFixture]
public sealed class SurveySchemaModelTests
{
    private static readonly string[] TenTables =
    [
        "ai_query_cache", "attribute_codes", "audit_log", "block_definitions", "drawing_hatches",
        "easements", "entity_relationships", "horizontal_alignments", "projects", "survey_points",
    ];

    private BuiltSurveyDatabase? database;
    private DatabaseModel? model;

    private DatabaseModel Model => model ?? throw new InvalidOperationException("not set up");

    [OneTimeSetUp]
    public async Task BuildAndReadAsync()
    {
        database = await BuiltSurveyDatabase.CreateAsync(SchemaSource.RevisionChain);
        model = await ReadAsync(database);
    }

    [OneTimeTearDown]
    public async Task DropAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Test]
    public void Every_survey_table_is_read_and_nothing_else()
    {
        Assert.That(Model.Tables.Select(t => t.Name.ToString()), Is.EqualTo(TenTables.Select(t => "public." + t)),
            "no spatial_ref_sys, no surveyschema history, no alembic_version");
        Assert.That(Model.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "public" }));
        Assert.That(Model.Extensions.Select(e => e.Name), Is.EqualTo(new[] { "postgis", "uuid-ossp" }));
    }

    [Test]
    public void Nothing_owned_by_postgis_or_uuid_ossp_is_in_the_model()
    {
        Assert.That(Model.Views, Is.Empty, "geometry_columns and geography_columns belong to PostGIS");
        Assert.That(Model.Types, Is.Empty, "geometry, geography, box2d, geometry_dump belong to PostGIS");
        Assert.That(Model.Functions.Select(f => f.Signature), Has.None.Contains("st_").And.None.Contains("uuid_generate"));
        Assert.That(Model.Sequences.Select(s => s.Name.Name), Has.None.StartsWith("spatial_ref_sys"));
    }

    [TestCase("projects", "boundary", "MULTIPOLYGON", false)]
    [TestCase("block_definitions", "base_point", "POINT", true)]
    [TestCase("survey_points", "geom", "POINT", true)]
    [TestCase("easements", "geom", "MULTIPOLYGON", false)]
    [TestCase("horizontal_alignments", "geom", "LINESTRING", true)]
    [TestCase("drawing_hatches", "geom", "MULTIPOLYGON", false)]
    public void Geometry_columns_carry_type_dimension_and_srid_2277(string table, string column, string geometryType, bool hasZ)
    {
        var found = Model.Table("public", table).Column(column);

        Assert.That(found.Spatial, Is.EqualTo(new SpatialType(SpatialKind.Geometry, geometryType, hasZ, false, 2277)));
        Assert.That(found.Comment, Is.Not.Null.And.Not.Empty);
        Assert.That(Model.Table("public", table).Indexes.Where(i => i.Method == "gist").SelectMany(i => i.Keys), Does.Contain(column),
            "every geometry column has a GIST index");
    }

    [Test]
    public void Only_the_six_geometry_columns_are_spatial()
    {
        var spatial = Model.Tables.SelectMany(t => t.Columns.Where(c => c.Spatial is not null).Select(c => $"{t.Name.Name}.{c.Name}"));
        Assert.That(spatial, Is.EquivalentTo(new[]
        {
            "projects.boundary", "block_definitions.base_point", "survey_points.geom",
            "easements.geom", "horizontal_alignments.geom", "drawing_hatches.geom",
        }));
    }

    [Test]
    public void Every_table_and_column_is_commented()
    {
        Assert.That(Model.Tables.Where(t => t.Comment is null).Select(t => t.Name.Name), Is.Empty);
        Assert.That(Model.Tables.SelectMany(t => t.Columns.Where(c => c.Comment is null).Select(c => $"{t.Name.Name}.{c.Name}")), Is.Empty);
    }

    [Test]
    public void Revision_0002s_archiving_columns_and_index_are_on_projects()
    {
        var projects = Model.Table("public", "projects");
        var archived = projects.Column("is_archived");

        Assert.That((archived.Type, archived.NotNull, archived.Default), Is.EqualTo(("boolean", true, "false")));
        Assert.That(projects.Column("archived_at").Type, Is.EqualTo("timestamp with time zone"));
        Assert.That(projects.Column("archived_by").Type, Is.EqualTo("uuid"));
        Assert.That(projects.Index("idx_projects_archived").Keys, Is.EqualTo(new EquatableArray<string>(["is_archived"])));
        Assert.That(projects.Column("id").Default, Is.EqualTo("public.uuid_generate_v4()"));
        Assert.That(projects.Columns.Select(c => c.Ordinal), Is.EqualTo(Enumerable.Range(1, projects.Columns.Count)));
    }

    [Test]
    public async Task Reading_twice_is_byte_identical()
    {
        var again = await ReadAsync(database!);

        Assert.That(again, Is.EqualTo(Model));
        Assert.That(ModelJson.Serialize(again), Is.EqualTo(ModelJson.Serialize(Model)));
        Assert.That(Fingerprint.Of(again), Is.EqualTo(Fingerprint.Of(Model)));
    }

    [Test]
    public async Task The_declared_schema_reads_to_the_same_model_as_the_revision_chain()
    {
        // DESIGN.md: schema/ equals 0001 followed by 0002. With the same reader on both sides, equal
        // states must give equal models (and fingerprints).
        await using var declared = await BuiltSurveyDatabase.CreateAsync(SchemaSource.Declared);
        var declaredModel = await ReadAsync(declared);

        Assert.That(ModelJson.Serialize(declaredModel), Is.EqualTo(ModelJson.Serialize(Model)));
        Assert.That(Fingerprint.Of(declaredModel), Is.EqualTo(Fingerprint.Of(Model)));
    }

    /// <summary>The fingerprint hashes its order-free copy as the JSON is written (issue 12): on the real schema it
    /// must be the digest the array-based implementation gave, which approved plans carry.</summary>
    [Test]
    public void The_fingerprint_is_the_digest_of_the_order_free_canonical_json()
    {
        var orderFree = Model with
        {
            Dependencies = [],
            Tables = [.. Model.Tables.Select(t => t with
            {
                Columns = [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with { Ordinal = 0 })],
            })],
        };
        var arrayBased = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ModelJson.SerializeCanonical(orderFree)));

        Assert.That(Fingerprint.Of(Model with { }), Is.EqualTo(arrayBased));
    }

    private static Task<DatabaseModel> ReadAsync(BuiltSurveyDatabase built) =>
        CatalogReader.ReadAsync(built.Database.ConnectionString, CatalogOptions.Default, CancellationToken.None);
}
