namespace SurveySchema.Diff.Differs;

/// <summary>Decides what happens to the values of a PostGIS column whose geometry type, dimensions, SRID or kind
/// change: the typed <see cref="SpatialChanges"/> the planner reads hazards from and the SQL generator spells.</summary>
/// <remarks>
/// A plain cast between geometry modifiers fails on existing rows, so the values are converted: an SRID given to
/// values that have none (0) or coordinates reprojected between two real ones, single geometries made multi, Z/M
/// added or dropped. See https://postgis.net/docs/using_postgis_dbmanagement.html#Manual_Register_Spatial_Column.
/// </remarks>
internal static class SpatialConversion
{
    /// <returns>Null when nothing needs converting: the types are equal, or the new modifier only loosens
    /// (to any SRID, to any geometry type), which ALTER COLUMN … TYPE does by itself.</returns>
    public static SpatialChanges? For(SpatialType from, SpatialType to, string? postGisSchema)
    {
        var changes = new List<SpatialChange>();
        if (from.Kind == SpatialKind.Geography && to.Kind == SpatialKind.Geometry)
        {
            changes.Add(new ToGeometry());
        }

        if (from.Srid != to.Srid && to.Srid != 0)
        {
            changes.Add(from.Srid == 0 ? new SetSrid(to.Srid) : new Reproject(from.Srid, to.Srid));
        }

        if (to.IsMultiOf(from))
        {
            changes.Add(new ToMulti(to.GeometryType));
        }
        else if (from.GeometryType != to.GeometryType && to.GeometryType != "GEOMETRY")
        {
            changes.Add(new RestrictGeometryType(to.GeometryType));
        }

        if (from.HasZ != to.HasZ || from.HasM != to.HasM)
        {
            changes.Add(new ChangeDimensions(from.HasZ, from.HasM, to.HasZ, to.HasM));
        }

        if (from.Kind == SpatialKind.Geometry && to.Kind == SpatialKind.Geography)
        {
            changes.Add(new ToGeography());
        }

        return changes.Count == 0 ? null : new SpatialChanges(from.Kind, changes.ToEquatableArray(), postGisSchema);
    }
}
