using System.Collections.Immutable;
using CsCheck;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>Two schemas to converge: <see cref="A"/> random, <see cref="B"/> a random mutation of it (so the pair
/// shares most objects and the plan alters rather than recreates). <see cref="Size"/> and <see cref="Seed"/>
/// reproduce it exactly.</summary>
internal sealed record SchemaPair(int Size, int Seed, SchemaSpec A, SchemaSpec B)
{
    public override string ToString() =>
        $"pair size={Size} seed={Seed}\n-- A:\n{A.ToDdl()}-- B:\n{B.ToDdl()}-- rows in A:\n{A.ToRows()}";
}

/// <summary>Generates <see cref="SchemaPair"/>s. CsCheck chooses (size, seed) and shrinks them on failure;
/// the schema is built from those deterministically, so a reported pair can be rebuilt with
/// <see cref="Generate"/>.</summary>
internal sealed class SchemaGenerator
{
    private readonly Random random;
    private int next;

    private SchemaGenerator(int seed) => random = new Random(seed);

    /// <summary>Size 1–4: up to that many tables (plus one that B may add) and a few columns each.</summary>
    public static readonly Gen<SchemaPair> Pairs =
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, int.MaxValue], (size, seed) => Generate(size, seed));

    public static SchemaPair Generate(int size, int seed)
    {
        var generator = new SchemaGenerator(seed);
        var a = Repair(generator.NewSchema(size));
        var b = Repair(generator.Mutate(a));
        return new SchemaPair(size, seed, a, b);
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Name(string prefix) => $"{prefix}{++next}";

    private string? MaybeComment(double p = 0.4) => Chance(p) ? Pick(["plain words", "it's quoted", "ünïcode ✓", "two\nlines"]) + $" {next}" : null;

    private SchemaSpec NewSchema(int size)
    {
        var enums = Enumerable.Range(0, random.Next(0, 2)).Select(_ => NewEnum()).ToImmutableList();
        var sequences = Enumerable.Range(0, random.Next(0, 2)).Select(_ => NewSequence()).ToImmutableList();
        var schema = new SchemaSpec(enums, sequences, [], []);
        for (var i = 0; i < random.Next(1, size + 1); i++)
        {
            schema = schema with { Tables = schema.Tables.Add(NewTable(schema)) };
        }

        var views = Enumerable.Range(0, random.Next(0, 2)).Select(_ => NewView(schema)).OfType<ViewSpec>().ToImmutableList();
        return schema with { Views = views };
    }

    private EnumSpec NewEnum() => new(Name("e"), Enumerable.Range(0, random.Next(1, 4)).Select(i => $"l{next}_{i}").ToImmutableList());

    private SequenceSpec NewSequence() =>
        new(Name("s"), Pick([1, 1, 2, 10]), Chance(0.3) ? 100000 : null, Chance(0.2), MaybeComment());

    /// <summary>The generator's types plus one per enum of the schema.</summary>
    private static IReadOnlyList<ColumnType> TypesOf(SchemaSpec schema) =>
        [.. ColumnType.All, .. schema.Enums.Select(EnumType)];

    public static ColumnType EnumType(EnumSpec type) =>
        new(SchemaSpec.Q(type.Name), _ => SchemaSpec.Literal(type.Labels[0]), $"{SchemaSpec.Literal(type.Labels[0])}::{SchemaSpec.Q(type.Name)}",
            null, IndexMethods.Btree, false, ["text"]);

    private ColumnSpec NewColumn(SchemaSpec schema, bool forExistingTable)
    {
        var type = Pick(TypesOf(schema));
        var withDefault = type.Default is not null && Chance(0.4);
        var @default = withDefault ? type.Default : null;
        if (type.Sql is "integer" or "bigint" && !schema.Sequences.IsEmpty && Chance(0.3))
        {
            @default = $"nextval('{SchemaSpec.Schema}.\"{Pick(schema.Sequences).Name}\"'::regclass)";
        }

        // A NOT NULL column added to a table that already has rows needs a default to fill them.
        var notNull = Chance(0.4) && (!forExistingTable || @default is not null);
        return new ColumnSpec(Name("c"), type, notNull, @default, MaybeComment(0.3));
    }

    private TableSpec NewTable(SchemaSpec schema)
    {
        var name = Name("t");
        var columns = ImmutableList.Create(new ColumnSpec("id", ColumnType.Named("integer"), true, null, MaybeComment(0.2)));
        for (var i = 0; i < random.Next(1, 5); i++)
        {
            columns = columns.Add(NewColumn(schema, forExistingTable: false));
        }

        var parents = schema.Tables.Where(t => t.PrimaryKey).ToList();
        if (parents.Count > 0 && Chance(0.4))
        {
            columns = columns.Add(new ColumnSpec(Name("c"), ColumnType.Named("integer"), false, null, null, Pick(parents).Name));
        }

        var table = new TableSpec(name, columns, Chance(0.7), [], [], [], MaybeComment());
        for (var i = 0; i < random.Next(0, 3); i++)
        {
            table = AddConstraintOrIndex(table);
        }

        return table;
    }

    /// <summary>Adds one of: a unique constraint, a check, an index (btree/gist/gin, maybe unique or partial).</summary>
    private TableSpec AddConstraintOrIndex(TableSpec table)
    {
        var column = Pick(table.Columns.Skip(1).ToList() is { Count: > 0 } others ? others : [table.Columns[0]]);
        switch (random.Next(3))
        {
            case 0 when column.Type.Unique && column.References is null && !table.UniqueColumns.Contains(column.Name):
                return table with { UniqueColumns = table.UniqueColumns.Add(column.Name) };
            case 1 when column.Type.Check is not null || column.Name == "id":
                var expression = column.Name == "id" ? "id > 0" : column.Type.Check!($"\"{column.Name}\"");
                return table with { Checks = table.Checks.Add(new CheckSpec(Name(table.Name + "_ck"), column.Name, expression)) };
            default:
                return table with { Indexes = table.Indexes.Add(NewIndex(table, column)) };
        }
    }

    private IndexSpec NewIndex(TableSpec table, ColumnSpec column)
    {
        var methods = column.Type.Indexes == IndexMethods.None ? IndexMethods.Btree : column.Type.Indexes;
        if (column.Type.Indexes == IndexMethods.None)
        {
            column = table.Columns[0];
        }

        var method = new[] { IndexMethods.Btree, IndexMethods.Gist, IndexMethods.Gin }.Where(m => methods.HasFlag(m)).ToList() is var options && options.Count > 0
            ? Pick(options)
            : IndexMethods.Btree;
        var columns = ImmutableList.Create(column.Name);
        if (method == IndexMethods.Btree && Chance(0.3) && column.Name != "id")
        {
            columns = columns.Add("id");
        }

        var unique = method == IndexMethods.Btree && column.Type.Unique && Chance(0.3);
        var where = Chance(0.25) ? Pick(["id > 0", $"\"{column.Name}\" IS NOT NULL"]) : null;
        return new IndexSpec(Name(table.Name + "_i"), method.ToString().ToLowerInvariant(), columns, unique, where);
    }

    private ViewSpec? NewView(SchemaSpec schema)
    {
        if (schema.Tables.IsEmpty)
        {
            return null;
        }

        var table = Pick(schema.Tables);
        var columns = table.Columns.Where((c, i) => i == 0 || Chance(0.5)).Select(c => c.Name).ToImmutableList();
        return new ViewSpec(Name("v"), table.Name, columns, Chance(0.3) ? "id > 0" : null, MaybeComment());
    }

    /// <summary>B: a handful of random changes to A of every kind the differ knows for these objects.</summary>
    private SchemaSpec Mutate(SchemaSpec a)
    {
        var b = a;
        b = b with { Enums = b.Enums.Select(MutateEnum).ToImmutableList() };
        if (Chance(0.2))
        {
            b = b with { Enums = b.Enums.Add(NewEnum()) };
        }

        if (!b.Enums.IsEmpty && Chance(0.15))
        {
            b = b with { Enums = b.Enums.RemoveAt(random.Next(b.Enums.Count)) };
        }

        b = b with { Sequences = b.Sequences.Select(s => Chance(0.4) ? s with { Increment = Pick([1, 3, 5]), MaxValue = Chance(0.5) ? 50000 : null, Cycle = Chance(0.3), Comment = MaybeComment() } : s).ToImmutableList() };
        if (Chance(0.2))
        {
            b = b with { Sequences = b.Sequences.Add(NewSequence()) };
        }

        if (!b.Sequences.IsEmpty && Chance(0.15))
        {
            b = b with { Sequences = b.Sequences.RemoveAt(random.Next(b.Sequences.Count)) };
        }

        var tables = ImmutableList.CreateBuilder<TableSpec>();
        foreach (var table in b.Tables)
        {
            if (b.Tables.Count > 1 && Chance(0.12))
            {
                continue;
            }

            tables.Add(Chance(0.8) ? MutateTable(b, table) : table);
        }

        b = b with { Tables = tables.ToImmutable() };
        if (Chance(0.3))
        {
            b = b with { Tables = b.Tables.Add(NewTable(b)) };
        }

        var views = b.Views.Where(_ => !Chance(0.2)).Select(v => Chance(0.3) ? v with { Where = v.Where is null ? "id > 1" : null, Comment = MaybeComment() } : v).ToImmutableList();
        if (Chance(0.3) && NewView(b) is { } view)
        {
            views = views.Add(view);
        }

        return b with { Views = views };
    }

    private EnumSpec MutateEnum(EnumSpec type)
    {
        var labels = type.Labels;
        if (Chance(0.3))
        {
            labels = labels.Add($"l{++next}_add");
        }

        if (Chance(0.2))
        {
            labels = labels.Insert(random.Next(labels.Count + 1), $"l{++next}_ins");
        }

        // Rows hold the first label; removing another one forces the type to be recreated.
        if (labels.Count > 1 && Chance(0.15))
        {
            labels = labels.RemoveAt(random.Next(1, labels.Count));
        }

        return type with { Labels = labels };
    }

    private TableSpec MutateTable(SchemaSpec schema, TableSpec table)
    {
        var columns = ImmutableList.CreateBuilder<ColumnSpec>();
        columns.Add(table.Columns[0]);
        foreach (var column in table.Columns.Skip(1))
        {
            if (Chance(0.15))
            {
                continue;
            }

            var changed = column;
            if (column.References is null && column.Type.ConvertsTo.Length > 0 && Chance(0.2))
            {
                var type = Pick(TypesOf(schema).Where(t => column.Type.ConvertsTo.Contains(t.Sql)).ToList() is { Count: > 0 } to ? to : [column.Type]);
                changed = changed with { Type = type, Default = changed.Default is null ? null : type.Default };
            }

            if (column.References is null && Chance(0.15))
            {
                changed = changed with { NotNull = !changed.NotNull };
            }

            if (Chance(0.15))
            {
                changed = changed with { Default = changed.Default is null ? changed.Type.Default : null };
            }

            if (Chance(0.2))
            {
                changed = changed with { Comment = MaybeComment(0.6) };
            }

            columns.Add(changed);
        }

        for (var i = 0; i < random.Next(0, 3) / 2 + (Chance(0.3) ? 1 : 0); i++)
        {
            columns.Add(NewColumn(schema, forExistingTable: true));
        }

        var mutated = table with
        {
            Columns = columns.ToImmutable(),
            PrimaryKey = Chance(0.1) ? !table.PrimaryKey : table.PrimaryKey,
            UniqueColumns = table.UniqueColumns.Where(_ => !Chance(0.2)).ToImmutableList(),
            Checks = table.Checks.Where(_ => !Chance(0.2)).ToImmutableList(),
            Indexes = table.Indexes.Where(_ => !Chance(0.2)).Select(ix => Chance(0.15) ? ix with { Where = ix.Where is null ? "id > 0" : null } : ix).ToImmutableList(),
            Comment = Chance(0.25) ? MaybeComment(0.6) : table.Comment,
        };
        for (var i = 0; i < random.Next(0, 3) / 2; i++)
        {
            mutated = AddConstraintOrIndex(mutated);
        }

        return mutated;
    }

    /// <summary>Makes a schema valid after mutation: drops what refers to a removed table, column, enum or
    /// sequence, or what a changed type no longer supports.</summary>
    private static SchemaSpec Repair(SchemaSpec schema)
    {
        var enums = schema.Enums.ToDictionary(e => SchemaSpec.Q(e.Name));
        var sequences = schema.Sequences.Select(s => $"'{SchemaSpec.Schema}.\"{s.Name}\"'::regclass").ToList();
        var keyed = schema.Tables.Where(t => t.PrimaryKey).Select(t => t.Name).ToHashSet();
        var tables = schema.Tables.Select(table =>
        {
            var columns = table.Columns.Select(c =>
            {
                if (c.Type.Sql.StartsWith(SchemaSpec.Schema + ".", StringComparison.Ordinal))
                {
                    c = enums.TryGetValue(c.Type.Sql, out var type)
                        ? c with { Type = EnumType(type), Default = c.Default is null ? null : EnumType(type).Default }
                        : c with { Type = ColumnType.Named("text"), Default = null };
                }

                if (c.Default is { } d && d.StartsWith("nextval(", StringComparison.Ordinal) && !sequences.Any(d.Contains))
                {
                    c = c with { Default = null };
                }

                return c.References is { } parent && !keyed.Contains(parent) ? c with { References = null } : c;
            }).ToImmutableList();
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
        var tableByName = tables.ToDictionary(t => t.Name);
        var views = schema.Views
            .Where(v => tableByName.ContainsKey(v.Table))
            .Select(v => v with { Columns = v.Columns.Where(c => tableByName[v.Table].Columns.Any(col => col.Name == c)).ToImmutableList() })
            .Where(v => !v.Columns.IsEmpty)
            .ToImmutableList();
        return schema with { Tables = tables, Views = views };
    }

    private static bool MethodFits(ColumnType type, IndexSpec index) => index.Method switch
    {
        "gist" => type.Indexes.HasFlag(IndexMethods.Gist),
        "gin" => type.Indexes.HasFlag(IndexMethods.Gin),
        _ => type.Indexes.HasFlag(IndexMethods.Btree) && (!index.Unique || type.Unique),
    };
}
