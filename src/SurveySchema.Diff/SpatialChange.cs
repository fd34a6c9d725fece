namespace SurveySchema.Diff;

/// <summary>One change a <see cref="SpatialChanges"/> makes to each value: a closed set.</summary>
public abstract record SpatialChange
{
    private protected SpatialChange()
    {
    }

    public abstract string Describe();
}

/// <summary>Values with no SRID (0) are given one; coordinates are not touched.</summary>
public sealed record SetSrid(int Srid) : SpatialChange
{
    public override string Describe() => $"set SRID {Srid}";
}

/// <summary>Coordinates are transformed from one spatial reference system to another; going back is not exact.</summary>
public sealed record Reproject(int From, int To) : SpatialChange
{
    public override string Describe() => $"reproject SRID {From} to {To}";
}

/// <summary>Each single geometry becomes a one-member collection of its kind (POINT to MULTIPOINT).</summary>
public sealed record ToMulti(string GeometryType) : SpatialChange
{
    public override string Describe() => "to " + GeometryType;
}

/// <summary>Z and/or M coordinates are added (as 0) or dropped (lost).</summary>
public sealed record ChangeDimensions(bool FromZ, bool FromM, bool ToZ, bool ToM) : SpatialChange
{
    /// <summary>A Z or M the values have is dropped.</summary>
    public bool DropsCoordinates => (FromZ && !ToZ) || (FromM && !ToM);

    public override string Describe() => string.Join(", ", new[]
    {
        FromZ == ToZ ? null : ToZ ? "add Z" : "drop Z",
        FromM == ToM ? null : ToM ? "add M" : "drop M",
    }.OfType<string>());
}

/// <summary>The column accepts only <paramref name="GeometryType"/> from now on, and nothing converts the values:
/// PostGIS checks each against the new modifier, and a value of another type makes the statement fail.</summary>
public sealed record RestrictGeometryType(string GeometryType) : SpatialChange
{
    public override string Describe() => "only " + GeometryType;
}

/// <summary>geography values become geometry (same coordinates and SRID).</summary>
public sealed record ToGeometry : SpatialChange
{
    public override string Describe() => "to geometry";
}

/// <summary>geometry values become geography (which needs a geographic SRID).</summary>
public sealed record ToGeography : SpatialChange
{
    public override string Describe() => "to geography";
}
