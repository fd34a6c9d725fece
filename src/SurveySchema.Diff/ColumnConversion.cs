namespace SurveySchema.Diff;

/// <summary>The USING clause of an <see cref="AlterColumnType"/>, as data: the column's value passed through
/// casts and functions, innermost first. The scripting stage spells it, qualifying functions with
/// <see cref="FunctionSchema"/> (the schema PostGIS is installed in).</summary>
public sealed record ColumnConversion(EquatableArray<ConversionStep> Steps, string? FunctionSchema = null)
{
    /// <summary>Human form, e.g. <c>ST_Force3D(geom)</c>; not SQL (names are not quoted).</summary>
    public string Describe(string column) => Steps.Aggregate(column, (inner, step) => step.Describe(inner));

    /// <summary>The function names, innermost first: what a reviewer (and a test) looks for.</summary>
    public IEnumerable<string> FunctionNames => Steps.Where(s => s.Kind == ConversionStepKind.Function).Select(s => s.Name);
}

/// <summary>One step of a <see cref="ColumnConversion"/>.</summary>
/// <param name="Name">A function name (<c>ST_Transform</c>) or a type name for a cast (<c>geometry</c>, <c>text</c>,
/// or a qualified user type).</param>
/// <param name="Srid">The SRID argument of ST_Transform / ST_SetSRID.</param>
public sealed record ConversionStep(ConversionStepKind Kind, string Name, int? Srid = null)
{
    public static ConversionStep Function(string name, int? srid = null) => new(ConversionStepKind.Function, name, srid);

    public static ConversionStep Cast(string type) => new(ConversionStepKind.Cast, type);

    internal string Describe(string inner) => Kind == ConversionStepKind.Cast
        ? $"({inner})::{Name}"
        : Srid is null ? $"{Name}({inner})" : $"{Name}({inner}, {Srid})";
}

/// <summary>A cast (<c>(x)::type</c>) or a function call (<c>f(x[, srid])</c>).</summary>
public enum ConversionStepKind
{
    Cast,
    Function,
}
