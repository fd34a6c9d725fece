using System.Globalization;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Reads a PostGIS column's type modifier from its <c>format_type</c> text, e.g.
/// <c>public.geometry(PointZ,2277)</c>, <c>public.geography(Point,4326)</c>, <c>public.geometry</c>.</summary>
/// <remarks>Parsing the text PostgreSQL already produced (rather than calling postgis_typmod_type and
/// friends) keeps the catalog queries free of PostGIS functions, so they run unchanged on a database
/// without PostGIS. PostGIS spells the modifier as <c>Type[Z][M][,srid]</c>, the type in mixed case.</remarks>
internal static class SpatialTypeText
{
    public static SpatialType Parse(SpatialKind kind, string typeText)
    {
        var open = typeText.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new SpatialType(kind, "GEOMETRY", HasZ: false, HasM: false, Srid: 0);
        }

        var close = typeText.LastIndexOf(')');
        if (close < open)
        {
            throw new CatalogReadException($"cannot read the PostGIS type modifier of '{typeText}'");
        }

        var parts = typeText[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries);
        var name = parts[0].ToUpperInvariant();
        var srid = parts.Length > 1 ? int.Parse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;

        // No base type name ends in Z or M (POINT, LINESTRING, …, TIN, GEOMETRY), so a suffix is a dimension.
        var hasM = name.EndsWith('M');
        if (hasM)
        {
            name = name[..^1];
        }

        var hasZ = name.EndsWith('Z');
        if (hasZ)
        {
            name = name[..^1];
        }

        return new SpatialType(kind, name, hasZ, hasM, srid);
    }
}
