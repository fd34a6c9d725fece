namespace SurveySchema.Diff;

/// <summary>How ALTER COLUMN … TYPE converts the values a column holds (its USING clause), as what changes rather
/// than as SQL: the planner reads hazards from it, the scripting stage alone spells it (and names PostGIS's
/// functions).</summary>
public abstract record ColumnConversion
{
    private protected ColumnConversion()
    {
    }

    /// <summary>Human form for plan descriptions, e.g. <c>add Z</c>; not SQL.</summary>
    public abstract string Describe();
}

/// <summary>An explicit cast to the new type (<c>(col)::type</c>), for a change PostgreSQL has no assignment cast
/// for (text to boolean).</summary>
/// <param name="Type">The new type as the column spells it (<see cref="Column.Type"/>).</param>
public sealed record CastTo(string Type) : ColumnConversion
{
    public override string Describe() => "cast to " + Type;
}

/// <summary>Through the value's text (<c>(col)::text::type</c>, <c>::text[]</c> for an array): between two enum
/// types, which have no cast between them. A value the new type does not accept makes the statement fail.</summary>
public sealed record ViaText(string Type, bool IsArray) : ColumnConversion
{
    public override string Describe() => $"through {(IsArray ? "text[]" : "text")} to {Type}";
}

/// <summary>A PostGIS column's values converted to a new geometry type, dimension, SRID or kind: a plain cast
/// between two PostGIS modifiers fails on existing rows ("Column has Z dimension but geometry does not").</summary>
/// <param name="From">The kind the values are at the start (geometry or geography).</param>
/// <param name="Changes">What happens to each value, in the order it happens.</param>
/// <param name="PostGisSchema">The schema PostGIS is installed in, to qualify its functions and types.</param>
public sealed record SpatialChanges(SpatialKind From, EquatableArray<SpatialChange> Changes, string? PostGisSchema) : ColumnConversion
{
    public override string Describe() => string.Join("; ", Changes.Select(c => c.Describe()));
}
