namespace SurveySchema.Model;

/// <summary>What the PostGIS type modifier of a geometry or geography column constrains: the differ compares two of
/// these to decide how a column's values are converted.</summary>
/// <param name="GeometryType">Upper case without dimension suffix: <c>POINT</c>, <c>MULTIPOLYGON</c>,
/// <c>GEOMETRY</c> (any type, also for a column declared without modifier).</param>
/// <param name="Srid">0 when unconstrained (plain <c>geometry</c>, or <c>geometry(Point)</c>). PostGIS
/// itself fills in 4326 for <c>geography(Point)</c>, and the model shows what PostGIS stored.</param>
public sealed record SpatialType(SpatialKind Kind, string GeometryType, bool HasZ, bool HasM, int Srid)
{
    /// <summary>PostGIS's geometry type numbers (liblwgeom's POINTTYPE = 1 … TINTYPE = 15; 0 is any type).</summary>
    private static readonly string[] GeometryTypes =
    [
        "GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON",
        "GEOMETRYCOLLECTION", "CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE",
        "POLYHEDRALSURFACE", "TRIANGLE", "TIN",
    ];

    /// <summary>Reads the modifier PostGIS stores in <c>atttypmod</c> (its TYPMOD_GET_SRID/TYPE/Z/M macros in
    /// <c>liblwgeom/gserialized.h</c>): bits 8–28 the SRID (signed), bits 2–7 the geometry type, bit 1 Z, bit 0 M.
    /// Decoding the number rather than calling <c>postgis_typmod_type()</c> keeps the catalog queries free of
    /// PostGIS functions, so they run the same on a database without PostGIS.</summary>
    public static SpatialType FromModifier(SpatialKind kind, int modifier)
    {
        if (modifier < 0)
        {
            return new SpatialType(kind, "GEOMETRY", HasZ: false, HasM: false, Srid: 0);
        }

        var srid = ((modifier & 0x0FFFFF00) - (modifier & 0x10000000)) >> 8;
        var type = (modifier & 0xFC) >> 2;
        var name = type < GeometryTypes.Length ? GeometryTypes[type] : throw new ArgumentOutOfRangeException(nameof(modifier), modifier, "not a PostGIS geometry type number");
        return new SpatialType(kind, name, HasZ: (modifier & 2) != 0, HasM: (modifier & 1) != 0, srid);
    }

    /// <summary>The inverse of <see cref="FromModifier"/>: the <c>atttypmod</c> PostGIS stores for this modifier,
    /// for a model made by hand.</summary>
    public int ToModifier()
    {
        var type = Array.IndexOf(GeometryTypes, GeometryType);
        if (type < 0)
        {
            throw new InvalidOperationException($"'{GeometryType}' is not a PostGIS geometry type");
        }

        return ((Srid & 0x1FFFFF) << 8) | (type << 2) | (HasZ ? 2 : 0) | (HasM ? 1 : 0);
    }

    /// <summary>Whether this is the multi form of <paramref name="single"/> (MULTIPOINT of POINT).</summary>
    public bool IsMultiOf(SpatialType single) => GeometryType == "MULTI" + single.GeometryType;
}

/// <summary>PostGIS's two spatial column types.</summary>
public enum SpatialKind
{
    Geometry,
    Geography,
}
