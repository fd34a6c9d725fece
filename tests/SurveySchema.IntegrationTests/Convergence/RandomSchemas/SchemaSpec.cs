using System.Collections.Immutable;
using System.Text;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>A column: <see cref="References"/> names the parent table of a foreign key (on its <c>id</c>).</summary>
internal sealed record ColumnSpec(string Name, ColumnType Type, bool NotNull, string? Default, string? Comment, string? References = null);

/// <summary>An index: <c>btree</c>, <c>gist</c> or <c>gin</c>, optionally unique (btree) or partial.</summary>
internal sealed record IndexSpec(string Name, string Method, ImmutableList<string> Columns, bool Unique, string? Where);

/// <summary>A CHECK constraint on one column.</summary>
internal sealed record CheckSpec(string Name, string Column, string Expression);

/// <summary>A table; its first column is always <c>id integer NOT NULL</c>, the primary key when
/// <see cref="PrimaryKey"/> is set and the target of every foreign key.</summary>
internal sealed record TableSpec(
    string Name,
    ImmutableList<ColumnSpec> Columns,
    bool PrimaryKey,
    ImmutableList<string> UniqueColumns,
    ImmutableList<CheckSpec> Checks,
    ImmutableList<IndexSpec> Indexes,
    string? Comment);

internal sealed record EnumSpec(string Name, ImmutableList<string> Labels);

internal sealed record SequenceSpec(string Name, int Increment, long? MaxValue, bool Cycle, string? Comment);

internal sealed record ViewSpec(string Name, string Table, ImmutableList<string> Columns, string? Where, string? Comment);

/// <summary>A small random schema in the schema <see cref="Schema"/>, written out as DDL and as rows.</summary>
internal sealed record SchemaSpec(
    ImmutableList<EnumSpec> Enums,
    ImmutableList<SequenceSpec> Sequences,
    ImmutableList<TableSpec> Tables,
    ImmutableList<ViewSpec> Views)
{
    /// <summary>Everything generated lives here, so a database is reset with one DROP SCHEMA … CASCADE while
    /// PostGIS (in <c>public</c>) stays.</summary>
    public const string Schema = "rnd";

    public static string Q(string name) => $"{Schema}.\"{name}\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public string ToDdl()
    {
        var sql = new StringBuilder();
        sql.Append($"CREATE SCHEMA {Schema};\n");
        foreach (var type in Enums)
        {
            sql.Append($"CREATE TYPE {Q(type.Name)} AS ENUM ({string.Join(", ", type.Labels.Select(Literal))});\n");
        }

        foreach (var sequence in Sequences)
        {
            sql.Append($"CREATE SEQUENCE {Q(sequence.Name)} INCREMENT BY {sequence.Increment}")
                .Append(sequence.MaxValue is { } max ? $" MAXVALUE {max}" : "")
                .Append(sequence.Cycle ? " CYCLE" : "")
                .Append(";\n");
            if (sequence.Comment is { } comment)
            {
                sql.Append($"COMMENT ON SEQUENCE {Q(sequence.Name)} IS {Literal(comment)};\n");
            }
        }

        foreach (var table in Tables)
        {
            var lines = table.Columns.Select(c =>
                $"    \"{c.Name}\" {c.Type.Sql}{(c.NotNull ? " NOT NULL" : "")}{(c.Default is { } d ? $" DEFAULT {d}" : "")}").ToList();
            if (table.PrimaryKey)
            {
                lines.Add($"    CONSTRAINT \"{table.Name}_pkey\" PRIMARY KEY (id)");
            }

            lines.AddRange(table.UniqueColumns.Select(c => $"    CONSTRAINT \"{table.Name}_{c}_key\" UNIQUE (\"{c}\")"));
            lines.AddRange(table.Checks.Select(c => $"    CONSTRAINT \"{c.Name}\" CHECK ({c.Expression})"));
            sql.Append($"CREATE TABLE {Q(table.Name)} (\n{string.Join(",\n", lines)}\n);\n");
        }

        foreach (var table in Tables)
        {
            foreach (var column in table.Columns.Where(c => c.References is not null))
            {
                sql.Append($"ALTER TABLE {Q(table.Name)} ADD CONSTRAINT \"{table.Name}_{column.Name}_fkey\" FOREIGN KEY (\"{column.Name}\") REFERENCES {Q(column.References!)} (id);\n");
            }

            foreach (var index in table.Indexes)
            {
                sql.Append($"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX \"{index.Name}\" ON {Q(table.Name)} USING {index.Method} ({string.Join(", ", index.Columns.Select(c => $"\"{c}\""))})")
                    .Append(index.Where is { } where ? $" WHERE {where}" : "")
                    .Append(";\n");
            }

            if (table.Comment is { } comment)
            {
                sql.Append($"COMMENT ON TABLE {Q(table.Name)} IS {Literal(comment)};\n");
            }

            foreach (var column in table.Columns.Where(c => c.Comment is not null))
            {
                sql.Append($"COMMENT ON COLUMN {Q(table.Name)}.\"{column.Name}\" IS {Literal(column.Comment!)};\n");
            }
        }

        foreach (var view in Views)
        {
            sql.Append($"CREATE VIEW {Q(view.Name)} AS SELECT {string.Join(", ", view.Columns.Select(c => $"\"{c}\""))} FROM {Q(view.Table)}")
                .Append(view.Where is { } where ? $" WHERE {where}" : "")
                .Append(";\n");
            if (view.Comment is { } comment)
            {
                sql.Append($"COMMENT ON VIEW {Q(view.Name)} IS {Literal(comment)};\n");
            }
        }

        return sql.ToString();
    }

    /// <summary>Three rows per table; foreign keys stay NULL so that any order of tables works.</summary>
    public string ToRows(int rows = 3)
    {
        var sql = new StringBuilder();
        foreach (var table in Tables)
        {
            var columns = table.Columns.Where(c => c.References is null).ToList();
            for (var i = 1; i <= rows; i++)
            {
                sql.Append($"INSERT INTO {Q(table.Name)} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(c => c.Name == "id" ? $"{i}" : c.Type.Value(i)))});\n");
            }
        }

        return sql.ToString();
    }
}
