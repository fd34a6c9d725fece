using System.Collections.Immutable;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>Makes a generated or mutated schema valid DDL: drops what refers to a removed table, column, view,
/// enum or sequence, or what a changed type no longer supports.</summary>
internal static class SchemaRepair
{
    public static SchemaSpec Repair(SchemaSpec schema)
    {
        var enums = schema.Enums.ToDictionary(e => SchemaSpec.Q(e.Name));
        var sequences = schema.Sequences.Select(s => $"'{SchemaSpec.Schema}.\"{s.Name}\"'::regclass").ToList();
        var keyed = schema.Tables.Where(t => t.PrimaryKey).Select(t => t.Name).ToHashSet();
        var tables = schema.Tables.Select(table =>
        {
            var columns = table.Columns.Select(c => Column(c, enums, sequences, keyed)).ToImmutableList();
            var byName = columns.ToDictionary(c => c.Name);
            bool Has(string column, Func<ColumnType, bool> supports) => byName.TryGetValue(column, out var c) && supports(c.Type);
            return table with
            {
                Columns = columns,
                UniqueColumns = table.UniqueColumns.Where(c => Has(c, t => t.Unique) && byName[c].References is null).ToImmutableList(),
                Checks = table.Checks.Where(c => c.Column == "id" || (Has(c.Column, t => t.Check is not null) && c.Expression == byName[c.Column].Type.Check!($"\"{c.Column}\""))).ToImmutableList(),
                Indexes = table.Indexes.Where(ix => ix.Columns.All(c => Has(c, t => MethodFits(t, ix)))
                    && (ix.Where is not { } w || !w.StartsWith('"') || ix.Columns.Any(w.Contains))).ToImmutableList(),
            };
        }).ToImmutableList();

        var owners = tables.SelectMany(t => t.Columns.Where(c => !c.Identity).Select(c => (t.Name, c.Name))).ToHashSet();
        var kept = schema with
        {
            Tables = tables,
            Sequences = schema.Sequences.Select(s => s.OwnedBy is { } owner && !owners.Contains(owner) ? s with { OwnedBy = null } : s).ToImmutableList(),
            Views = [],
        };

        // In order: a view over a view comes after it, and goes when it goes.
        foreach (var view in schema.Views)
        {
            if (Relations(kept).FirstOrDefault(r => r.Name == view.Table) is not { Name: not null } source)
            {
                continue;
            }

            var columns = view.Columns.Where(source.Columns.Contains).ToImmutableList();
            var where = view.Where is { } w && w.StartsWith('"') && !source.Columns.Any(c => w.StartsWith($"\"{c}\"", StringComparison.Ordinal)) ? null : view.Where;
            if (!columns.IsEmpty)
            {
                kept = kept with { Views = kept.Views.Add(view with { Columns = columns, Where = where }) };
            }
        }

        return kept;
    }

    /// <summary>Tables and views with their column names, tables first, views in declaration order.</summary>
    public static IReadOnlyList<(string Name, ImmutableList<string> Columns, bool IsView)> Relations(SchemaSpec schema) =>
    [
        .. schema.Tables.Select(t => (t.Name, t.Columns.Select(c => c.Name).ToImmutableList(), false)),
        .. schema.Views.Select(v => (v.Name, v.Columns, true)),
    ];

    private static ColumnSpec Column(ColumnSpec c, Dictionary<string, EnumSpec> enums, List<string> sequences, HashSet<string> keyed)
    {
        if (c.Type.Sql.StartsWith(SchemaSpec.Schema + ".", StringComparison.Ordinal))
        {
            var isArray = c.Type.Sql.EndsWith("[]", StringComparison.Ordinal);
            var type = enums.TryGetValue(c.Type.Sql.TrimEnd('[', ']'), out var e)
                ? (isArray ? SchemaGenerator.EnumArrayType(e) : SchemaGenerator.EnumType(e))
                : null;
            c = type is not null
                ? c with { Type = type, Default = c.Default is null ? null : type.Default }
                : c with { Type = ColumnType.Named(isArray ? "text[]" : "text"), Default = null };
        }

        if (c.Default is { } d && d.StartsWith("nextval(", StringComparison.Ordinal) && !sequences.Any(d.Contains))
        {
            c = c with { Default = null };
        }

        if (c.Identity)
        {
            // PostgreSQL: identity columns are smallint, integer or bigint, NOT NULL, without a default.
            c = ColumnType.IsInteger(c.Type) ? c with { NotNull = true, Default = null } : c with { Identity = false };
        }

        return c.References is { } parent && !keyed.Contains(parent) ? c with { References = null } : c;
    }

    private static bool MethodFits(ColumnType type, IndexSpec index) => index.Method switch
    {
        "gist" => type.Indexes.HasFlag(IndexMethods.Gist),
        "gin" => type.Indexes.HasFlag(IndexMethods.Gin),
        _ => type.Indexes.HasFlag(IndexMethods.Btree) && (!index.Unique || type.Unique),
    };
}
