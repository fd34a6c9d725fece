namespace SurveySchema.Server;

/// <summary>What a freshly created database starts with.</summary>
public enum DatabaseTemplate
{
    /// <summary>Nothing but what <c>template0</c> holds: for projects that do not declare PostGIS.</summary>
    Empty,

    /// <summary>The extensions <c>postgis</c> and <c>uuid-ossp</c> already installed (a cheap clone).</summary>
    PostGis,
}
