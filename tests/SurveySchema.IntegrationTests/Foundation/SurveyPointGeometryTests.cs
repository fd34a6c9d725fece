using NetTopologySuite.Geometries;
using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>A 3D point in SRID 2277 survives the trip through Npgsql's NetTopologySuite mapping into
/// survey_points.geom and back.</summary>
public sealed class SurveyPointGeometryTests
{
    [Test]
    public async Task PointWithZAndSrid2277ReadsBackEqual()
    {
        await using var built = await BuiltSurveyDatabase.CreateAsync(SchemaSource.RevisionChain);
        await using var connection = await built.DataSource.OpenConnectionAsync();
        // Texas Central grid coordinates in US survey feet; elevation in feet.
        var written = new Point(3_102_456.1234, 10_065_321.5678, 712.345) { SRID = 2277 };

        await using (var insert = new NpgsqlCommand("""
            INSERT INTO projects (id, project_number, name) VALUES ('00000000-0000-0000-0000-000000000001', 'P-1', 'Ranch');
            INSERT INTO survey_points (project_id, point_number, northing, easting, elevation, geom)
            VALUES ('00000000-0000-0000-0000-000000000001', '100', @northing, @easting, @elevation, @geom);
            """, connection))
        {
            insert.Parameters.AddWithValue("northing", (decimal)written.Y);
            insert.Parameters.AddWithValue("easting", (decimal)written.X);
            insert.Parameters.AddWithValue("elevation", (decimal)written.Z);
            insert.Parameters.AddWithValue("geom", written);
            await insert.ExecuteNonQueryAsync();
        }

        await using var select = new NpgsqlCommand("SELECT geom FROM survey_points WHERE point_number = '100'", connection);
        var read = (Point?)await select.ExecuteScalarAsync();

        Assert.That(read, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(read!.X, Is.EqualTo(written.X));
            Assert.That(read.Y, Is.EqualTo(written.Y));
            Assert.That(read.Z, Is.EqualTo(written.Z));
            Assert.That(read.SRID, Is.EqualTo(2277));
            Assert.That(read.EqualsExact(written), Is.True);
        });
    }
}
