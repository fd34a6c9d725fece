using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The hazards of changing a column's type and of adding a column, read from the typed facts: the catalog's
/// <see cref="ColumnType"/> of each side and the <see cref="ColumnConversion"/> the differ decided.</summary>
internal static class ColumnChangeHazards
{
    /// <summary>ALTER COLUMN … TYPE: a rewrite unless PostgreSQL can keep the stored values as they are, and data
    /// loss when values are converted lossily or may not fit.</summary>
    /// <param name="existing">The table exists before the plan (a new one has no rows to rewrite).</param>
    public static IEnumerable<Hazard> TypeChange(AlterColumnType o, bool existing, string rowText)
    {
        // Through text or PostGIS's functions every value is computed anew; a plain cast is what ALTER COLUMN …
        // TYPE applies anyway, and PostgreSQL reduces it to a relabel where the stored values can stay.
        if (existing && (o.Using is ViaText or SpatialChanges || !KeepsStoredValues(o.From.TypeFacts, o.To.TypeFacts)))
        {
            yield return new Hazard(HazardCodes.ColumnTypeRewrite, $"{o.Table} is rewritten to change {o.Column} from {o.From.Type} to {o.To.Type}{rowText}");
        }

        if (LossOf(o) is { } loss)
        {
            yield return loss;
        }
    }

    /// <summary>ADD COLUMN rewrites the table when each row gets a value of its own: a generated or identity column,
    /// or a default that calls a volatile function (read from the catalog). A constant or stable default is stored
    /// once in the catalog instead (PostgreSQL 11's "fast default").</summary>
    public static bool AddRewrites(Column column) =>
        column.Generated is not null || column.Identity is not null || column.DefaultIsVolatile;

    /// <summary>Type changes PostgreSQL makes without touching the stored values (its length-coercion support
    /// functions reduce them to a relabel): only the collation changing, varchar or text to text or to varchar at
    /// least as long, numeric to numeric of the same scale and at least the precision, or to unconstrained numeric.
    /// Unknown facts count as a rewrite.</summary>
    public static bool KeepsStoredValues(ColumnType? from, ColumnType? to)
    {
        if (from is null || to is null)
        {
            return false;
        }

        if (from == to)
        {
            return true;
        }

        if ((from.IsBuiltIn("varchar") || from.IsBuiltIn("text")) && (to.IsBuiltIn("text") || to.IsBuiltIn("varchar")))
        {
            // varchar's modifier is its length + 4; -1 is no limit.
            return to.IsBuiltIn("text") || to.Modifier < 0 || (from.IsBuiltIn("varchar") && from.Modifier >= 0 && to.Modifier >= from.Modifier);
        }

        if (from.IsBuiltIn("numeric") && to.IsBuiltIn("numeric"))
        {
            return to.Modifier < 0 || (from.Modifier >= 0 && Scale(from) == Scale(to) && Precision(from) <= Precision(to));
        }

        return false;
    }

    private static Hazard? LossOf(AlterColumnType o)
    {
        if (o.Using is SpatialChanges spatial)
        {
            var changes = spatial.Changes;
            if (changes.OfType<ChangeDimensions>().Any(c => c.DropsCoordinates))
            {
                return new Hazard(HazardCodes.CoordinatesDropped, $"{o.Column}: the dropped Z or M coordinates are lost");
            }

            if (changes.OfType<Reproject>().FirstOrDefault() is { } reproject)
            {
                return new Hazard(HazardCodes.CoordinatesReprojected, $"{o.Column}: coordinates are reprojected to SRID {reproject.To}; reprojecting back is not exact");
            }

            if (changes.OfType<RestrictGeometryType>().FirstOrDefault() is { } restrict)
            {
                return new Hazard(HazardCodes.GeometryTypeNarrowed, $"{o.Column}: rows whose geometry is not a {restrict.GeometryType} make the statement fail");
            }

            return null;
        }

        if (o.Using is ViaText)
        {
            return new Hazard(HazardCodes.ValueNotConvertible, $"{o.Column}: rows holding a value the new {o.To.Type} cannot take (a removed label, a value out of its range) make the statement fail");
        }

        var fromLength = Length(o.From.TypeFacts);
        var toLength = Length(o.To.TypeFacts);
        if (toLength is not null && (fromLength is null || toLength < fromLength))
        {
            return new Hazard(HazardCodes.LengthNarrowed, $"{o.Column}: {o.To.Type} is narrower than {o.From.Type}; longer values make the statement fail");
        }

        var fromRank = Rank(o.From.TypeFacts);
        var toRank = Rank(o.To.TypeFacts);
        if (toRank < fromRank && toRank > 0)
        {
            return new Hazard(HazardCodes.RangeNarrowed, $"{o.Column}: {o.To.Type} holds a smaller range than {o.From.Type}; values out of range make the statement fail");
        }

        return null;
    }

    /// <summary>The declared length of a varchar or char column, or the precision of a numeric one; null when the
    /// type has none.</summary>
    private static int? Length(ColumnType? type) => type switch
    {
        null or { Modifier: < 0 } => null,
        _ when type.IsBuiltIn("varchar") || type.IsBuiltIn("bpchar") => type.Modifier - 4,
        _ when type.IsBuiltIn("numeric") => Precision(type),
        _ => null,
    };

    // numeric's modifier is ((precision << 16) | scale) + 4.
    private static int Precision(ColumnType numeric) => ((numeric.Modifier - 4) >> 16) & 0xFFFF;

    private static int Scale(ColumnType numeric) => (numeric.Modifier - 4) & 0xFFFF;

    /// <summary>The numeric types by the range they hold; 0 for the others.</summary>
    private static int Rank(ColumnType? type) => type is null || type.IsArray || type.Name.Schema != "pg_catalog" ? 0 : type.Name.Name switch
    {
        "int2" => 1,
        "int4" => 2,
        "int8" => 3,
        "float4" => 4,
        "float8" => 5,
        "numeric" => 6,
        _ => 0,
    };
}
