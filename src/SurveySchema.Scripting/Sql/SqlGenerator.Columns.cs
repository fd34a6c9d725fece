using System.Globalization;
using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>Columns: ADD/DROP/RENAME COLUMN and the ALTER COLUMN forms.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> ColumnStatements(Operation operation)
    {
        string Alter(QualifiedName table, string column, string action) =>
            $"ALTER TABLE {Q(table)} ALTER COLUMN {Q(column)} {action}";

        return operation switch
        {
            AddColumn o => [$"ALTER TABLE {Q(o.Table)} ADD COLUMN {ColumnDefinition(o.Column)}"],
            DropColumn o => [$"ALTER TABLE {Q(o.Table)} DROP COLUMN {Q(o.Column.Name)}"],
            RenameColumn o => [$"ALTER TABLE {Q(o.Table)} RENAME COLUMN {Q(o.From)} TO {Q(o.To)}"],
            AlterColumnType o => [Alter(o.Table, o.Column, $"TYPE {o.To.Type}"
                + (o.To.Collation is null ? "" : " COLLATE " + o.To.Collation)
                + (Conversion(o.Using, Q(o.Column)) is { } converted ? " USING " + converted : ""))],
            SetColumnDefault o => [Alter(o.Table, o.Column, "SET DEFAULT " + o.Default)],
            DropColumnDefault o => [Alter(o.Table, o.Column, "DROP DEFAULT")],
            SetNotNull o => [Alter(o.Table, o.Column, "SET NOT NULL")],
            DropNotNull o => [Alter(o.Table, o.Column, "DROP NOT NULL")],
            AddIdentity o => [Alter(o.Table, o.Column, "ADD " + Identity(o.Identity))],
            DropIdentity o => [Alter(o.Table, o.Column, "DROP IDENTITY")],
            DropColumnExpression o => [Alter(o.Table, o.Column, "DROP EXPRESSION")],
            _ => throw new NotSupportedException(operation.GetType().Name),
        };
    }

    /// <summary>The column as CREATE TABLE and ADD COLUMN write it.</summary>
    private static string ColumnDefinition(Column column)
    {
        var text = Q(column.Name) + " " + column.Type;
        if (column.Collation is not null)
        {
            text += " COLLATE " + column.Collation;
        }

        if (column.Generated is not null)
        {
            text += $" GENERATED ALWAYS AS ({column.Generated}) STORED";
        }

        if (column.Identity is not null)
        {
            text += " " + Identity(column.Identity);
        }

        if (column.Default is not null)
        {
            text += " DEFAULT " + column.Default;
        }

        if (column.NotNull)
        {
            text += " NOT NULL";
        }

        return text;
    }

    private static string Identity(ColumnIdentity identity) =>
        $"GENERATED {(identity.Generation == IdentityGeneration.Always ? "ALWAYS" : "BY DEFAULT")} AS IDENTITY ({SequenceOptions(identity.Sequence, withType: false)})";

    private static string SequenceOptions(SequenceOptions options, bool withType) =>
        (withType ? $"AS {options.DataType} " : "")
        + string.Create(CultureInfo.InvariantCulture, $"INCREMENT BY {options.Increment} MINVALUE {options.MinValue} MAXVALUE {options.MaxValue} START WITH {options.Start} CACHE {options.Cache} ")
        + (options.Cycle ? "CYCLE" : "NO CYCLE");

    /// <summary>The USING expression for the quoted <paramref name="column"/>; null when the values need no
    /// expression (none given, or PostGIS only checks them against the new modifier).</summary>
    private static string? Conversion(ColumnConversion? conversion, string column) => conversion switch
    {
        null => null,
        CastTo cast => $"({column})::{cast.Type}",
        ViaText via => $"(({column})::{(via.IsArray ? "text[]" : "text")})::{via.Type}",
        SpatialChanges spatial => Spatial(spatial, column),
        _ => throw new NotSupportedException(conversion.GetType().Name),
    };

    /// <summary>PostGIS's functions for each change, innermost first, qualified with PostGIS's schema. ST_SetSRID,
    /// ST_Transform, ST_Multi and ST_Force* are defined on geometry only: geography values go through geometry for
    /// them and come back at the end.</summary>
    private static string? Spatial(SpatialChanges conversion, string column)
    {
        var schema = conversion.PostGisSchema is null ? "" : Q(conversion.PostGisSchema) + ".";
        var expression = column;
        var isGeography = conversion.From == SpatialKind.Geography;
        var wantsGeography = isGeography;

        string AsGeometry()
        {
            if (isGeography)
            {
                expression = $"({expression})::{schema}geometry";
                isGeography = false;
            }

            return expression;
        }

        string Call(string function, int? srid = null) => srid is int value
            ? string.Create(CultureInfo.InvariantCulture, $"{schema}{function}({AsGeometry()}, {value})")
            : $"{schema}{function}({AsGeometry()})";

        foreach (var change in conversion.Changes)
        {
            switch (change)
            {
                case SetSrid c:
                    expression = Call("ST_SetSRID", c.Srid);
                    break;
                case Reproject c:
                    expression = Call("ST_Transform", c.To);
                    break;
                case ToMulti:
                    expression = Call("ST_Multi");
                    break;
                case ChangeDimensions c:
                    expression = Call((c.ToZ, c.ToM) switch
                    {
                        (true, true) => "ST_Force4D",
                        (true, false) => "ST_Force3D",
                        (false, true) => "ST_Force3DM",
                        _ => "ST_Force2D",
                    });
                    break;
                case RestrictGeometryType:
                    break;
                case ToGeometry:
                    AsGeometry();
                    wantsGeography = false;
                    break;
                case ToGeography:
                    wantsGeography = true;
                    break;
                default:
                    throw new NotSupportedException(change.GetType().Name);
            }
        }

        if (wantsGeography && !isGeography)
        {
            expression = $"({expression})::{schema}geography";
        }

        return expression == column ? null : expression;
    }
}
