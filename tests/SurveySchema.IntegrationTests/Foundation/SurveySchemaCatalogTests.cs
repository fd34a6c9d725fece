using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>The Survey Data System as DESIGN.md describes it, checked through pg_catalog on a database built
/// from the revision chain (0001 + 0002) and, separately, from <c>schema/</c>.</summary>
[TestFixture(SchemaSource.RevisionChain)]
[TestFixture(SchemaSource.Declared)]
public sealed class SurveySchemaCatalogTests(SchemaSource source)
{
    private static readonly string[] TenTables =
    [
        "ai_query_cache", "attribute_codes", "audit_log", "block_definitions", "drawing_hatches",
        "easements", "entity_relationships", "horizontal_alignments", "projects", "survey_points",
    ];

    private BuiltSurveyDatabase? database;
    private NpgsqlConnection? connection;

    private NpgsqlConnection Connection => connection ?? throw new InvalidOperationException("not set up");

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        database = await BuiltSurveyDatabase.CreateAsync(source);
        connection = await database.DataSource.OpenConnectionAsync();
    }

    [OneTimeTearDown]
    public async Task DropAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Test]
    public async Task TheTenTablesExistAndNothingElse()
    {
        Assert.That(await CatalogProbe.TablesAsync(Connection), Is.EqualTo(TenTables));
    }

    [TestCase("projects", "boundary", "geometry(MultiPolygon,2277)")]
    [TestCase("survey_points", "geom", "geometry(PointZ,2277)")]
    [TestCase("easements", "geom", "geometry(MultiPolygon,2277)")]
    [TestCase("block_definitions", "base_point", "geometry(PointZ,2277)")]
    [TestCase("horizontal_alignments", "geom", "geometry(LineStringZ,2277)")]
    [TestCase("drawing_hatches", "geom", "geometry(MultiPolygon,2277)")]
    [TestCase("projects", "search", "tsvector")]
    [TestCase("projects", "metadata", "jsonb")]
    [TestCase("survey_points", "northing", "numeric(14,4)")]
    [TestCase("survey_points", "elevation", "numeric(10,4)")]
    [TestCase("audit_log", "id", "bigint")]
    [TestCase("attribute_codes", "code", "character varying(20)")]
    [TestCase("ai_query_cache", "query_hash", "character(64)")]
    public async Task ColumnHasItsType(string table, string column, string expected)
    {
        var type = await CatalogProbe.ScalarAsync<string>(Connection, $"""
            SELECT format_type(atttypid, atttypmod) FROM pg_attribute
            WHERE attrelid = 'public.{table}'::regclass AND attname = '{column}' AND NOT attisdropped
            """);

        Assert.That(type, Is.EqualTo(expected));
    }

    [Test]
    public async Task ArchivingColumnsComeLastWithTheirTypesAndDefaults()
    {
        var lastThree = await CatalogProbe.LinesAsync(Connection, """
            SELECT format('%s %s %s %s', attname, format_type(atttypid, atttypmod),
                          CASE WHEN attnotnull THEN 'not null' ELSE 'null' END,
                          coalesce(pg_get_expr(d.adbin, d.adrelid), 'no default'))
            FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = 'public.projects'::regclass AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum DESC LIMIT 3
            """);

        Assert.That(lastThree, Is.EquivalentTo(new[]
        {
            "archived_by uuid null no default",
            "archived_at timestamp with time zone null no default",
            "is_archived boolean not null false",
        }));
        var lastColumn = await CatalogProbe.ScalarAsync<string>(Connection, """
            SELECT attname::text FROM pg_attribute WHERE attrelid = 'public.projects'::regclass AND NOT attisdropped
            ORDER BY attnum DESC LIMIT 1
            """);
        Assert.That(lastColumn, Is.EqualTo("archived_by"));
        var archivedIndex = await CatalogProbe.ScalarAsync<string>(
            Connection, "SELECT pg_get_indexdef('public.idx_projects_archived'::regclass)");
        Assert.That(archivedIndex, Is.EqualTo("CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived)"));
    }

    [Test]
    public async Task EveryTableHasANamedPrimaryKey()
    {
        var keys = await CatalogProbe.LinesAsync(Connection, ConstraintLines("p"));

        Assert.That(keys, Is.EqualTo(new[]
        {
            "ai_query_cache.pk_ai_query_cache PRIMARY KEY (id)",
            "attribute_codes.pk_attribute_codes PRIMARY KEY (code)",
            "audit_log.pk_audit_log PRIMARY KEY (id)",
            "block_definitions.pk_block_definitions PRIMARY KEY (id)",
            "drawing_hatches.pk_drawing_hatches PRIMARY KEY (id)",
            "easements.pk_easements PRIMARY KEY (id)",
            "entity_relationships.pk_entity_relationships PRIMARY KEY (id)",
            "horizontal_alignments.pk_horizontal_alignments PRIMARY KEY (id)",
            "projects.pk_projects PRIMARY KEY (id)",
            "survey_points.pk_survey_points PRIMARY KEY (id)",
        }));
    }

    [Test]
    public async Task ForeignKeysHaveDeliberateDeleteActions()
    {
        var keys = await CatalogProbe.LinesAsync(Connection, ConstraintLines("f"));

        Assert.That(keys, Is.EqualTo(new[]
        {
            "attribute_codes.fk_attribute_codes_block FOREIGN KEY (block_id) REFERENCES block_definitions(id) ON DELETE SET NULL",
            "drawing_hatches.fk_drawing_hatches_project FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE",
            "easements.fk_easements_project FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE",
            "horizontal_alignments.fk_horizontal_alignments_project FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE",
            "survey_points.fk_survey_points_point_code FOREIGN KEY (point_code) REFERENCES attribute_codes(code) ON UPDATE CASCADE ON DELETE RESTRICT",
            "survey_points.fk_survey_points_project FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE",
        }));
    }

    [Test]
    public async Task UniqueConstraintsAreTheDesignedOnes()
    {
        var unique = await CatalogProbe.LinesAsync(Connection, ConstraintLines("u"));

        Assert.That(unique, Is.EqualTo(new[]
        {
            "ai_query_cache.uq_ai_query_cache_query_hash UNIQUE (query_hash)",
            "block_definitions.uq_block_definitions_name UNIQUE (name)",
            "entity_relationships.uq_entity_relationships_link UNIQUE (source_entity_type, source_entity_id, target_entity_type, target_entity_id, relationship_type)",
            "horizontal_alignments.uq_horizontal_alignments_project_name UNIQUE (project_id, name)",
            "projects.uq_projects_project_number UNIQUE (project_number)",
            "survey_points.uq_survey_points_project_point_number UNIQUE (project_id, point_number)",
        }));
    }

    [Test]
    public async Task CheckConstraintsAreTheDesignedOnes()
    {
        var checks = await CatalogProbe.LinesAsync(Connection, ConstraintNames("c"));

        Assert.That(checks, Is.EqualTo(new[]
        {
            "ai_query_cache.ck_ai_query_cache_hit_count",
            "ai_query_cache.ck_ai_query_cache_query_hash",
            "audit_log.ck_audit_log_action",
            "block_definitions.ck_block_definitions_insertion_scale",
            "drawing_hatches.ck_drawing_hatches_angle",
            "drawing_hatches.ck_drawing_hatches_scale",
            "easements.ck_easements_width",
            "entity_relationships.ck_entity_relationships_source_not_target",
            "horizontal_alignments.ck_horizontal_alignments_design_speed",
            "horizontal_alignments.ck_horizontal_alignments_stations",
            "horizontal_alignments.ck_horizontal_alignments_type",
            "projects.ck_projects_due_after_start",
            "projects.ck_projects_status",
            "survey_points.ck_survey_points_horizontal_accuracy",
            "survey_points.ck_survey_points_vertical_accuracy",
        }));
    }

    [TestCase("geometry", "gist", 6)]
    [TestCase("tsvector", "gin", 1)]
    public async Task EveryColumnOfTheTypeHasAnIndexOfTheMethod(string type, string method, int columns)
    {
        var all = await CatalogProbe.LinesAsync(Connection, ColumnsOfType(type, withIndexMethod: null));
        var unindexed = await CatalogProbe.LinesAsync(Connection, ColumnsOfType(type, withIndexMethod: method));

        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(columns), $"{type} columns");
            Assert.That(unindexed, Is.Empty, $"{type} columns without a {method} index");
        });
    }

    [Test]
    public async Task EveryForeignKeyLeadsABtreeIndex()
    {
        var uncovered = await CatalogProbe.LinesAsync(Connection, """
            SELECT con.conrelid::regclass::text || '.' || con.conname
            FROM pg_constraint con
            WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace
              AND NOT EXISTS (
                  SELECT FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                  WHERE i.indrelid = con.conrelid AND am.amname = 'btree'
                    AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(con.conkey)] = con.conkey)
            """);

        Assert.That(uncovered, Is.Empty);
    }

    [Test]
    public async Task EveryTableAndColumnIsCommented()
    {
        var objects = await CatalogProbe.LinesAsync(Connection, $"""
            SELECT c.relname || '.' || a.attname
                   || CASE WHEN col_description(c.oid, a.attnum) IS NULL THEN ' has no comment' ELSE '' END
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relname = ANY (ARRAY['{string.Join("', '", TenTables)}']) AND c.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT c.relname || CASE WHEN obj_description(c.oid, 'pg_class') IS NULL THEN ' has no comment' ELSE '' END
            FROM pg_class c
            WHERE c.relname = ANY (ARRAY['{string.Join("', '", TenTables)}']) AND c.relnamespace = 'public'::regnamespace
            """);

        Assert.Multiple(() =>
        {
            Assert.That(objects, Has.Count.GreaterThan(100), "tables and columns examined");
            Assert.That(objects.Where(line => line.EndsWith(" has no comment", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task UuidKeysDefaultToV4AndEveryTableRecordsCreation()
    {
        var uuidKeys = await CatalogProbe.LinesAsync(Connection, """
            SELECT format('%s.%s %s', a.attrelid::regclass, a.attname, pg_get_expr(d.adbin, d.adrelid))
            FROM pg_constraint con
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE con.contype = 'p' AND con.connamespace = 'public'::regnamespace AND a.atttypid = 'uuid'::regtype
            """);
        var createdAt = await CatalogProbe.LinesAsync(Connection, """
            SELECT format('%s %s %s %s', a.attrelid::regclass, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                          pg_get_expr(d.adbin, d.adrelid))
            FROM pg_attribute a JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attname = 'created_at' AND a.attrelid::regclass::text = ANY (ARRAY[
                'projects', 'survey_points', 'easements', 'block_definitions', 'attribute_codes', 'entity_relationships',
                'horizontal_alignments', 'drawing_hatches', 'audit_log', 'ai_query_cache'])
            """);

        Assert.Multiple(() =>
        {
            Assert.That(uuidKeys, Has.Count.EqualTo(8));
            Assert.That(uuidKeys, Has.All.EndsWith(".id uuid_generate_v4()"));
            Assert.That(createdAt, Has.Count.EqualTo(TenTables.Length));
            Assert.That(createdAt, Has.All.EndsWith(" timestamp with time zone t now()"));
        });
    }

    [Test]
    public async Task AuditLogKeyIsAnIdentityAndSearchIsGenerated()
    {
        var identity = await CatalogProbe.ScalarAsync<char>(Connection,
            "SELECT attidentity FROM pg_attribute WHERE attrelid = 'public.audit_log'::regclass AND attname = 'id'");
        var generated = await CatalogProbe.ScalarAsync<char>(Connection,
            "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'public.projects'::regclass AND attname = 'search'");

        Assert.Multiple(() =>
        {
            Assert.That(identity, Is.EqualTo('a'), "GENERATED ALWAYS AS IDENTITY");
            Assert.That(generated, Is.EqualTo('s'), "GENERATED ALWAYS AS (...) STORED");
        });
    }

    private static string ConstraintLines(string type) => $"""
        SELECT con.conrelid::regclass::text || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        FROM pg_constraint con WHERE con.contype = '{type}' AND con.connamespace = 'public'::regnamespace
          AND con.conrelid <> 'public.spatial_ref_sys'::regclass
        """;

    private static string ConstraintNames(string type) => $"""
        SELECT con.conrelid::regclass::text || '.' || con.conname
        FROM pg_constraint con WHERE con.contype = '{type}' AND con.connamespace = 'public'::regnamespace
          AND con.conrelid <> 'public.spatial_ref_sys'::regclass
        """;

    // Columns of the type in public tables (not extension-owned); with a method, only those no index of
    // that access method has as its first key column.
    private static string ColumnsOfType(string type, string? withIndexMethod) => $"""
        SELECT a.attrelid::regclass::text || '.' || a.attname
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND a.atttypid = '{type}'::regtype AND c.oid <> 'public.spatial_ref_sys'::regclass
          {(withIndexMethod is null ? string.Empty : $"""
          AND NOT EXISTS (
              SELECT FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
              WHERE i.indrelid = a.attrelid AND i.indkey[0] = a.attnum AND am.amname = '{withIndexMethod}')
          """)}
        """;
}
