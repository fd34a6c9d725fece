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
                + (o.Using is null ? "" : " USING " + Conversion(o.Using, Q(o.Column))))],
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

    /// <summary>The USING expression: the quoted column wrapped in each step, innermost first.</summary>
    private static string Conversion(ColumnConversion conversion, string column)
    {
        var schema = conversion.FunctionSchema is null ? "" : Q(conversion.FunctionSchema) + ".";
        var expression = column;
        foreach (var step in conversion.Steps)
        {
            expression = step.Kind switch
            {
                ConversionStepKind.Cast when step.Name is "geometry" or "geography" => $"({expression})::{schema}{step.Name}",
                ConversionStepKind.Cast => $"({expression})::{step.Name}",
                _ when step.Srid is int srid => string.Create(CultureInfo.InvariantCulture, $"{schema}{step.Name}({expression}, {srid})"),
                _ => $"{schema}{step.Name}({expression})",
            };
        }

        return expression;
    }
}
