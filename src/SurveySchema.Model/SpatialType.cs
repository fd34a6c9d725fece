namespace SurveySchema.Model;

/// <summary>The PostGIS type modifier of a geometry or geography column: what the differ compares to
/// decide whether a change needs ST_Force3D/ST_Force2D/ST_Transform.</summary>
/// <param name="GeometryType">Upper case without dimension suffix: <c>POINT</c>, <c>MULTIPOLYGON</c>,
/// <c>GEOMETRY</c> (any type, also for a column declared without modifier).</param>
/// <param name="Srid">0 when unconstrained (plain <c>geometry</c>, or <c>geometry(Point)</c>). PostGIS
/// itself fills in 4326 for <c>geography(Point)</c>, and the model shows what PostGIS stored.</param>
public sealed record SpatialType(SpatialKind Kind, string GeometryType, bool HasZ, bool HasM, int Srid);

/// <summary>PostGIS's two spatial column types.</summary>
public enum SpatialKind
{
    Geometry,
    Geography,
}
