using SurveySchema.Model;

namespace SurveySchema.Tests;

/// <summary>Column type facts as the catalog reader produces them, for models made by hand.</summary>
internal static class TestTypes
{
    /// <summary>A PostGIS geometry or geography column type (PostGIS in <c>public</c>).</summary>
    public static ColumnType Spatial(SpatialType spatial) =>
        new(new QualifiedName("public", spatial.Kind == SpatialKind.Geometry ? "geometry" : "geography"), spatial.ToModifier())
        {
            Extension = "postgis",
        };

    /// <summary>A <c>pg_catalog</c> type by its <c>typname</c> (<c>varchar</c>, <c>int4</c>).</summary>
    public static ColumnType BuiltIn(string typeName, int modifier = -1, bool isArray = false) =>
        new(new QualifiedName("pg_catalog", typeName), modifier) { IsArray = isArray };

    /// <summary>varchar(<paramref name="length"/>): the modifier is the length + 4.</summary>
    public static ColumnType Varchar(int length) => BuiltIn("varchar", length + 4);

    /// <summary>numeric(<paramref name="precision"/>, <paramref name="scale"/>).</summary>
    public static ColumnType Numeric(int precision, int scale) => BuiltIn("numeric", ((precision << 16) | scale) + 4);
}
