namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>Which index access methods suit a column type.</summary>
[Flags]
internal enum IndexMethods
{
    None = 0,
    Btree = 1,
    Gist = 2,
    Gin = 4,
}

/// <summary>A column type the generator uses, with what it needs to write DDL and rows for it: a value for
/// row <c>i</c> (distinct per row where <see cref="Unique"/>), a default, a check that every generated value
/// satisfies, the index methods that apply, and the types it may change into without losing the rows' values.</summary>
internal sealed record ColumnType(
    string Sql,
    Func<int, string> Value,
    string? Default,
    Func<string, string>? Check,
    IndexMethods Indexes,
    bool Unique,
    string[] ConvertsTo)
{
    /// <summary>The generator's types. Conversions name other entries' <see cref="Sql"/>; every generated value
    /// of the source type casts to them (small numbers, short text, points near the origin).</summary>
    public static readonly IReadOnlyList<ColumnType> All =
    [
        new("integer", i => $"{i}", "0", c => $"{c} >= 0", IndexMethods.Btree, true, ["bigint", "numeric(12,2)", "text"]),
        new("bigint", i => $"{i * 1000}", "-1", c => $"{c} > -100", IndexMethods.Btree, true, ["integer", "numeric(12,2)"]),
        new("smallint", i => $"{i}", "1", null, IndexMethods.Btree, true, ["integer", "bigint"]),
        new("numeric(12,2)", i => $"{i}.5", "0.00", c => $"{c} >= 0", IndexMethods.Btree, true, ["numeric(14,3)", "double precision"]),
        new("numeric(14,3)", i => $"{i}.25", null, null, IndexMethods.Btree, true, ["numeric(12,2)"]),
        new("double precision", i => $"{i}.75", "0", null, IndexMethods.Btree, true, ["numeric(14,3)"]),
        new("real", i => $"{i}.5", null, null, IndexMethods.Btree, true, ["double precision"]),
        new("text", i => $"'t{i}'", "''", c => $"length({c}) < 100", IndexMethods.Btree, true, ["character varying(40)", "character varying(200)"]),
        new("character varying(40)", i => $"'v{i}'", "'none'::character varying", c => $"{c}::text <> 'forbidden'", IndexMethods.Btree, true, ["text", "character varying(200)"]),
        new("character varying(200)", i => $"'w{i}'", null, null, IndexMethods.Btree, true, ["text"]),
        new("boolean", i => i % 2 == 0 ? "true" : "false", "false", null, IndexMethods.Btree, false, ["text"]),
        new("date", i => $"'2024-01-{i:00}'", "CURRENT_DATE", c => $"{c} > '2000-01-01'::date", IndexMethods.Btree, true, ["timestamp with time zone", "text"]),
        new("timestamp with time zone", i => $"'2024-02-{i:00} 10:00:00+00'", "now()", null, IndexMethods.Btree, true, ["timestamp without time zone"]),
        new("timestamp without time zone", i => $"'2024-03-{i:00} 08:30:00'", null, null, IndexMethods.Btree, true, ["timestamp with time zone"]),
        new("uuid", i => $"'00000000-0000-4000-8000-{i:000000000000}'", "gen_random_uuid()", null, IndexMethods.Btree, true, ["text"]),
        new("jsonb", i => $"'{{\"k\": {i}}}'", "'{}'::jsonb", c => $"jsonb_typeof({c}) = 'object'", IndexMethods.Gin | IndexMethods.Btree, true, ["json", "text"]),
        new("json", i => $"'{{\"j\": {i}}}'", null, null, IndexMethods.None, false, ["jsonb"]),
        new("text[]", i => $"ARRAY['a', 'b{i}']", "'{}'::text[]", c => $"cardinality({c}) < 10", IndexMethods.Gin, true, []),
        new("integer[]", i => $"ARRAY[{i}, 0]", null, null, IndexMethods.Gin, true, ["bigint[]"]),
        new("bigint[]", i => $"ARRAY[{i}, 1]", null, null, IndexMethods.Gin, true, []),
        new("tsvector", i => $"to_tsvector('simple', 'word{i} other')", null, null, IndexMethods.Gin, true, []),
        new("bytea", i => $"'\\x0{i % 10}'::bytea", null, null, IndexMethods.Btree, false, []),
        new("interval", i => $"'{i} days'", "'00:00:00'::interval", null, IndexMethods.Btree, true, ["text"]),
        new("inet", i => $"'10.0.0.{i}'", null, null, IndexMethods.Btree, true, ["text"]),
        new("geometry(Point,4326)", i => $"ST_SetSRID(ST_MakePoint({i}, {i}), 4326)", null, c => $"st_isvalid({c})", IndexMethods.Gist, false,
            ["geometry(Point,3857)", "geometry(PointZ,4326)", "geometry"]),
        new("geometry(Point,3857)", i => $"ST_SetSRID(ST_MakePoint({i * 100}, {i * 100}), 3857)", null, null, IndexMethods.Gist, false, ["geometry(Point,4326)"]),
        new("geometry(PointZ,4326)", i => $"ST_SetSRID(ST_MakePoint({i}, {i}, 1), 4326)", null, null, IndexMethods.Gist, false, ["geometry(Point,4326)"]),
        new("geometry(PointZ,2277)", i => $"ST_SetSRID(ST_MakePoint({i * 1000}, {i * 1000}, 10), 2277)", null, null, IndexMethods.Gist, false, ["geometry(Point,2277)"]),
        new("geometry(Point,2277)", i => $"ST_SetSRID(ST_MakePoint({i * 1000}, {i * 1000}), 2277)", null, null, IndexMethods.Gist, false, ["geometry(PointZ,2277)"]),
        new("geometry(MultiPolygon,2277)", i => $"ST_GeomFromText('MULTIPOLYGON((({i} 0,{i + 1} 0,{i + 1} 1,{i} 0)))', 2277)", null, null, IndexMethods.Gist, false, ["geometry(MultiPolygonZ,2277)"]),
        new("geometry(MultiPolygonZ,2277)", i => $"ST_GeomFromText('MULTIPOLYGON Z((({i} 0 1,{i + 1} 0 1,{i + 1} 1 1,{i} 0 1)))', 2277)", null, null, IndexMethods.Gist, false, ["geometry(MultiPolygon,2277)"]),
        new("geometry(LineString,4326)", i => $"ST_GeomFromText('LINESTRING(0 0,{i} {i})', 4326)", null, null, IndexMethods.Gist, false, ["geometry(LineStringZ,4326)"]),
        new("geometry(LineStringZ,4326)", i => $"ST_GeomFromText('LINESTRING Z(0 0 0,{i} {i} 1)', 4326)", null, null, IndexMethods.Gist, false, ["geometry(LineString,4326)"]),
        new("geometry", i => $"ST_MakePoint({i}, 2)", null, null, IndexMethods.Gist, false, []),
        new("geography(Point,4326)", i => $"ST_MakePoint({i}, {i})::geography", null, null, IndexMethods.Gist, false, ["geography"]),
        new("geography", i => $"ST_MakePoint({i}, 3)::geography", null, null, IndexMethods.Gist, false, ["geography(Point,4326)"]),
    ];

    public static ColumnType Named(string sql) => All.First(type => type.Sql == sql);

    public bool IsSpatial => Sql.StartsWith("geo", StringComparison.Ordinal);

    /// <summary>The types an identity column may have.</summary>
    public static bool IsInteger(ColumnType type) => type.Sql is "smallint" or "integer" or "bigint";
}
