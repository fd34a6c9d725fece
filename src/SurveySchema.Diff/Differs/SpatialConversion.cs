namespace SurveySchema.Diff.Differs;

/// <summary>The USING clause for a PostGIS column whose type, dimensions or SRID change.</summary>
/// <remarks>
/// A plain cast between geometry typmods fails on existing rows ("Column has Z dimension but geometry does
/// not"), so the values are converted: ST_Transform between two real SRIDs, ST_SetSRID from an unknown
/// SRID (0), ST_Multi from a single to a multi type, ST_Force2D/3D/3DM/4D for dimensions; geography goes
/// through geometry, since the ST_Force* functions are defined on geometry only.
/// See https://postgis.net/docs/using_postgis_dbmanagement.html#Manual_Register_Spatial_Column.
/// </remarks>
internal static class SpatialConversion
{
    public static ColumnConversion? For(SpatialType from, SpatialType to, string? postGisSchema)
    {
        if (from == to)
        {
            return null;
        }

        var steps = new List<ConversionStep>();
        if (from.Kind == SpatialKind.Geography)
        {
            steps.Add(ConversionStep.Cast("geometry"));
        }

        if (from.Srid != to.Srid && to.Srid != 0)
        {
            steps.Add(from.Srid == 0
                ? ConversionStep.Function("ST_SetSRID", to.Srid)
                : ConversionStep.Function("ST_Transform", to.Srid));
        }

        if (IsMultiOf(to.GeometryType, from.GeometryType))
        {
            steps.Add(ConversionStep.Function("ST_Multi"));
        }

        if (from.HasZ != to.HasZ || from.HasM != to.HasM)
        {
            steps.Add(ConversionStep.Function((to.HasZ, to.HasM) switch
            {
                (true, true) => "ST_Force4D",
                (true, false) => "ST_Force3D",
                (false, true) => "ST_Force3DM",
                _ => "ST_Force2D",
            }));
        }

        if (to.Kind == SpatialKind.Geography)
        {
            steps.Add(ConversionStep.Cast("geography"));
        }
        else if (from.Kind == SpatialKind.Geography && steps.Count == 1)
        {
            // geography -> geometry with nothing else to do: the cast alone is the conversion.
        }

        return steps.Count == 0 ? null : new ColumnConversion(steps.ToEquatableArray(), postGisSchema);
    }

    private static bool IsMultiOf(string multi, string single) =>
        multi.StartsWith("MULTI", StringComparison.Ordinal) && multi == "MULTI" + single;
}
