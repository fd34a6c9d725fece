using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>pg_catalog queries the foundation tests assert on; each returns sorted lines of text so that a
/// failing assertion shows exactly which object differs.</summary>
internal static class CatalogProbe
{
    // Tables that belong to an extension (PostGIS's spatial_ref_sys) are not part of the schema.
    private const string UserTables = """
        SELECT c.oid, c.relname
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        """;

    /// <summary>The user tables in <c>public</c>.</summary>
    public static Task<IReadOnlyList<string>> TablesAsync(NpgsqlConnection connection) =>
        LinesAsync(connection, $"WITH t AS ({UserTables}) SELECT relname FROM t");

    /// <summary>Every column, constraint, index and comment of the user tables, one line each. Columns carry their
    /// position among live columns (not attnum, which keeps counting dropped columns), so two databases with the
    /// same column order give the same lines.</summary>
    public static Task<IReadOnlyList<string>> ShapeAsync(NpgsqlConnection connection) =>
        LinesAsync(connection, $"""
            WITH t AS ({UserTables}),
            cols AS (
                SELECT t.relname, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attgenerated,
                       a.attidentity, a.attrelid,
                       row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS position
                FROM t JOIN pg_attribute a ON a.attrelid = t.oid
                WHERE a.attnum > 0 AND NOT a.attisdropped)
            SELECT format('column %s.%s #%s %s%s%s%s%s', c.relname, c.attname, c.position,
                          format_type(c.atttypid, c.atttypmod),
                          CASE WHEN c.attnotnull THEN ' not null' ELSE '' END,
                          ' default ' || pg_get_expr(d.adbin, d.adrelid),
                          CASE WHEN c.attgenerated = 's' THEN ' stored generated' ELSE '' END,
                          CASE WHEN c.attidentity <> '' THEN ' identity ' || c.attidentity::text ELSE '' END)
            FROM cols c LEFT JOIN pg_attrdef d ON d.adrelid = c.attrelid AND d.adnum = c.attnum
            UNION ALL
            SELECT format('comment %s.%s: %s', c.relname, c.attname, col_description(c.attrelid, c.attnum)) FROM cols c
            UNION ALL
            SELECT format('comment %s: %s', t.relname, obj_description(t.oid, 'pg_class')) FROM t
            UNION ALL
            SELECT format('constraint %s.%s %s', t.relname, con.conname, pg_get_constraintdef(con.oid))
            FROM t JOIN pg_constraint con ON con.conrelid = t.oid
            UNION ALL
            SELECT format('index %s', pg_get_indexdef(i.indexrelid))
            FROM t JOIN pg_index i ON i.indrelid = t.oid
            """);

    /// <summary>Every object a database holds beyond what template0 gave it: objects whose oid is at least
    /// FirstNormalObjectId (16384), the first oid handed to objects created after initdb.</summary>
    public static Task<IReadOnlyList<string>> CreatedObjectsAsync(NpgsqlConnection connection) =>
        LinesAsync(connection, """
            SELECT 'extension ' || extname FROM pg_extension WHERE oid >= 16384
            UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE oid >= 16384
            UNION ALL SELECT 'relation ' || oid::regclass::text FROM pg_class WHERE oid >= 16384
            UNION ALL SELECT 'type ' || oid::regtype::text FROM pg_type WHERE oid >= 16384
            UNION ALL SELECT 'function ' || oid::regprocedure::text FROM pg_proc WHERE oid >= 16384
            UNION ALL SELECT 'operator ' || oid::regoperator::text FROM pg_operator WHERE oid >= 16384
            UNION ALL SELECT 'operator class ' || opcname FROM pg_opclass WHERE oid >= 16384
            UNION ALL SELECT 'operator family ' || opfname FROM pg_opfamily WHERE oid >= 16384
            UNION ALL SELECT 'cast ' || castsource::regtype::text || ' as ' || casttarget::regtype::text
                      FROM pg_cast WHERE oid >= 16384
            UNION ALL SELECT 'text search configuration ' || cfgname FROM pg_ts_config WHERE oid >= 16384
            UNION ALL SELECT 'event trigger ' || evtname FROM pg_event_trigger
            UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE oid >= 16384
            UNION ALL SELECT 'comment on ' || classoid::regclass::text || ' ' || objoid
                      FROM pg_description WHERE objoid >= 16384
            """);

    public static async Task<IReadOnlyList<string>> LinesAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand($"SELECT line FROM ({sql}) AS lines(line) ORDER BY line COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.IsDBNull(0) ? "<null>" : reader.GetString(0));
        }

        return lines;
    }

    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
