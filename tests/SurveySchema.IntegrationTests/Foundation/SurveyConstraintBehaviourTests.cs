using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>The constraints do what their names promise: bad rows are refused, deletes cascade or are
/// restricted as designed. Every case runs in a transaction that is rolled back.</summary>
public sealed class SurveyConstraintBehaviourTests
{
    // A project and a code every case may reference.
    private const string Seed = """
        INSERT INTO projects (id, project_number, name) VALUES ('00000000-0000-0000-0000-000000000001', 'P-1', 'Ranch');
        INSERT INTO attribute_codes (code, description) VALUES ('IRF', 'Iron rod found');
        """;

    private const string Project = "'00000000-0000-0000-0000-000000000001'";

    private BuiltSurveyDatabase? database;

    [OneTimeSetUp]
    public async Task BuildAsync() => database = await BuiltSurveyDatabase.CreateAsync(SchemaSource.Declared);

    [OneTimeTearDown]
    public async Task DropAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [TestCase("INSERT INTO projects (project_number, name, status) VALUES ('P-2', 'x', 'dormant')", "ck_projects_status")]
    [TestCase("INSERT INTO projects (project_number, name) VALUES ('P-1', 'again')", "uq_projects_project_number")]
    [TestCase("INSERT INTO survey_points (project_id, point_number, northing, easting, geom, horizontal_accuracy) "
        + "VALUES (" + Project + ", '1', 0, 0, 'SRID=2277;POINT Z (0 0 0)', -0.01)", "ck_survey_points_horizontal_accuracy")]
    [TestCase("INSERT INTO survey_points (project_id, point_number, northing, easting, geom) "
        + "VALUES (" + Project + ", '1', 0, 0, 'SRID=2277;POINT Z (0 0 0)'), (" + Project + ", '1', 1, 1, 'SRID=2277;POINT Z (1 1 0)')",
        "uq_survey_points_project_point_number")]
    [TestCase("INSERT INTO survey_points (project_id, point_number, northing, easting, geom, point_code) "
        + "VALUES (" + Project + ", '1', 0, 0, 'SRID=2277;POINT Z (0 0 0)', 'NOPE')", "fk_survey_points_point_code")]
    [TestCase("INSERT INTO horizontal_alignments (project_id, name, alignment_type, start_station, end_station, geom) "
        + "VALUES (" + Project + ", 'CL', 'road', 1000, 1000, 'SRID=2277;LINESTRING Z (0 0 0, 1 1 1)')", "ck_horizontal_alignments_stations")]
    [TestCase("INSERT INTO horizontal_alignments (project_id, name, alignment_type, start_station, end_station, geom) "
        + "VALUES (" + Project + ", 'CL', 'canal', 0, 10, 'SRID=2277;LINESTRING Z (0 0 0, 1 1 1)')", "ck_horizontal_alignments_type")]
    [TestCase("INSERT INTO entity_relationships (source_entity_type, source_entity_id, target_entity_type, target_entity_id, relationship_type) "
        + "VALUES ('easement', " + Project + ", 'easement', " + Project + ", 'adjoins')", "ck_entity_relationships_source_not_target")]
    [TestCase("INSERT INTO drawing_hatches (project_id, layer, pattern, angle, geom) "
        + "VALUES (" + Project + ", 'HATCH', 'ANSI31', 360, 'SRID=2277;MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))')", "ck_drawing_hatches_angle")]
    [TestCase("INSERT INTO audit_log (table_name, record_id, action) VALUES ('projects', 'x', 'TRUNCATE')", "ck_audit_log_action")]
    [TestCase("INSERT INTO ai_query_cache (query_hash, query_text, result) VALUES ('ABC', 'q', '{}')", "ck_ai_query_cache_query_hash")]
    public async Task BadRowIsRefusedByItsConstraint(string statement, string constraint)
    {
        var refusal = await RefusalAsync(Seed + statement);

        Assert.That(refusal?.ConstraintName, Is.EqualTo(constraint), refusal?.MessageText);
    }

    [Test]
    public async Task GeometryInAnotherSridIsRefused()
    {
        var refusal = await RefusalAsync(Seed + "INSERT INTO survey_points (project_id, point_number, northing, easting, geom) "
            + "VALUES (" + Project + ", '1', 0, 0, 'SRID=4326;POINT Z (0 0 0)')");

        Assert.That(refusal?.MessageText, Does.Contain("SRID"));
    }

    [Test]
    public async Task DeletingAProjectDeletesWhatBelongsToIt()
    {
        var remaining = await RunAsync<long>(Seed + """
            INSERT INTO survey_points (project_id, point_number, northing, easting, geom)
                VALUES ('00000000-0000-0000-0000-000000000001', '1', 0, 0, 'SRID=2277;POINT Z (0 0 0)');
            INSERT INTO easements (project_id, easement_type) VALUES ('00000000-0000-0000-0000-000000000001', 'utility');
            INSERT INTO horizontal_alignments (project_id, name, alignment_type, start_station, end_station, geom)
                VALUES ('00000000-0000-0000-0000-000000000001', 'CL', 'road', 0, 10, 'SRID=2277;LINESTRING Z (0 0 0, 1 1 1)');
            INSERT INTO drawing_hatches (project_id, layer, pattern, geom)
                VALUES ('00000000-0000-0000-0000-000000000001', 'H', 'SOLID', 'SRID=2277;MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))');
            DELETE FROM projects;
            SELECT (SELECT count(*) FROM survey_points) + (SELECT count(*) FROM easements)
                 + (SELECT count(*) FROM horizontal_alignments) + (SELECT count(*) FROM drawing_hatches);
            """);

        Assert.That(remaining, Is.EqualTo(0L));
    }

    [Test]
    public async Task ACodeInUseCannotBeDeleted()
    {
        var refusal = await RefusalAsync(Seed + """
            INSERT INTO survey_points (project_id, point_number, northing, easting, geom, point_code)
                VALUES ('00000000-0000-0000-0000-000000000001', '1', 0, 0, 'SRID=2277;POINT Z (0 0 0)', 'IRF');
            DELETE FROM attribute_codes WHERE code = 'IRF';
            """);

        Assert.That(refusal?.ConstraintName, Is.EqualTo("fk_survey_points_point_code"));
    }

    [Test]
    public async Task DeletingABlockLeavesItsCodesWithoutOne()
    {
        var codesWithoutBlock = await RunAsync<long>(Seed + """
            INSERT INTO block_definitions (id, name) VALUES ('00000000-0000-0000-0000-0000000000b1', 'IRON_ROD');
            UPDATE attribute_codes SET block_id = '00000000-0000-0000-0000-0000000000b1';
            DELETE FROM block_definitions;
            SELECT count(*) FROM attribute_codes WHERE block_id IS NULL;
            """);

        Assert.That(codesWithoutBlock, Is.EqualTo(1L));
    }

    private async Task<PostgresException?> RefusalAsync(string sql)
    {
        try
        {
            await RunAsync<object>(sql);
            return null;
        }
        catch (PostgresException refusal)
        {
            return refusal;
        }
    }

    private async Task<T?> RunAsync<T>(string sql)
    {
        var built = database ?? throw new InvalidOperationException("not set up");
        await using var connection = await built.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var value = await command.ExecuteScalarAsync();
        await transaction.RollbackAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
