using System.Text.Json.Serialization;

namespace SurveySchema.Model;

/// <summary>What the catalog records of a column's type, as facts to decide on: which type it is (for an array, its
/// element type), its modifier and the extension it belongs to. <see cref="Column.Type"/> is PostgreSQL's spelling of
/// the same type (<c>format_type</c>), used verbatim in SQL; nothing decides from that spelling.</summary>
/// <param name="Name">The type's schema and <c>pg_type.typname</c>: <c>pg_catalog.varchar</c> for
/// <c>character varying(50)</c>, <c>pg_catalog.int4</c> for <c>integer[]</c>, <c>public.geometry</c>.</param>
/// <param name="Modifier"><c>atttypmod</c>: -1 when the type has none (<c>text</c>, <c>varchar</c> without a limit,
/// a plain <c>geometry</c>).</param>
public sealed record ColumnType(QualifiedName Name, int Modifier)
{
    /// <summary>The column holds an array of <see cref="Name"/>.</summary>
    public bool IsArray { get; init; }

    /// <summary>The extension the type belongs to (<c>pg_depend</c> deptype 'e'), e.g. <c>postgis</c>, <c>citext</c>;
    /// null for built-in and user-defined types. DROP EXTENSION takes such a type away.</summary>
    public string? Extension { get; init; }

    /// <summary>PostGIS's geometry or geography (not an array of one), with what its modifier constrains;
    /// computed from the facts above, so it cannot disagree with them.</summary>
    [JsonIgnore]
    public SpatialType? Spatial => Extension == "postgis" && !IsArray
        ? Name.Name switch
        {
            "geometry" => SpatialType.FromModifier(SpatialKind.Geometry, Modifier),
            "geography" => SpatialType.FromModifier(SpatialKind.Geography, Modifier),
            _ => null,
        }
        : null;

    /// <summary>The type is <paramref name="name"/> in <c>pg_catalog</c>, not an array.</summary>
    public bool IsBuiltIn(string name) => !IsArray && Name == new QualifiedName("pg_catalog", name);
}
