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
        var a = SchemaRepair.Repair(generator.NewSchema(size));
        var b = SeededRows.Satisfiable(a, SchemaRepair.Repair(generator.Mutate(a)));
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

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            schema = NewView(schema) is { } view ? schema with { Views = schema.Views.Add(view) } : schema;
        }

        return schema with { Sequences = schema.Sequences.Select(s => Chance(0.3) ? s with { OwnedBy = SomeColumn(schema) } : s).ToImmutableList() };
    }

    /// <summary>A column of one of the schema's tables (an owner for a sequence), or none.</summary>
    private (string Table, string Column)? SomeColumn(SchemaSpec schema)
    {
        var columns = schema.Tables.SelectMany(t => t.Columns.Where(c => !c.Identity).Select(c => (t.Name, c.Name))).ToList();
        return columns.Count > 0 && Chance(0.8) ? Pick(columns) : null;
    }

    private EnumSpec NewEnum() => new(Name("e"), Enumerable.Range(0, random.Next(1, 4)).Select(i => $"l{next}_{i}").ToImmutableList());

    private SequenceSpec NewSequence() =>
        new(Name("s"), Pick([1, 1, 2, 10]), Chance(0.3) ? 100000 : null, Chance(0.2), MaybeComment());

    /// <summary>The generator's types plus two per enum of the schema (the enum and an array of it).</summary>
    private static IReadOnlyList<ColumnType> TypesOf(SchemaSpec schema) =>
        [.. ColumnType.All, .. schema.Enums.SelectMany(e => new[] { EnumType(e), EnumArrayType(e) })];

    /// <summary>Rows hold the first label of A's enum.</summary>
    public static ColumnType EnumType(EnumSpec type) =>
        new(SchemaSpec.Q(type.Name), _ => SchemaSpec.Literal(type.Labels[0]), $"{SchemaSpec.Literal(type.Labels[0])}::{SchemaSpec.Q(type.Name)}",
            null, IndexMethods.Btree, false, ["text"]);

    public static ColumnType EnumArrayType(EnumSpec type) =>
        new(SchemaSpec.Q(type.Name) + "[]", _ => SchemaSpec.Literal($"{{{type.Labels[0]}}}"), $"{SchemaSpec.Literal($"{{{type.Labels[0]}}}")}::{SchemaSpec.Q(type.Name)}[]",
            null, IndexMethods.Btree, false, ["text[]"]);

    private ColumnSpec NewColumn(SchemaSpec schema, bool forExistingTable)
    {
        var type = Pick(TypesOf(schema));
        var withDefault = type.Default is not null && Chance(0.4);
        var @default = withDefault ? type.Default : null;
        if (type.Sql is "integer" or "bigint" && !schema.Sequences.IsEmpty && Chance(0.3))
        {
            @default = $"nextval('{SchemaSpec.Schema}.\"{Pick(schema.Sequences).Name}\"'::regclass)";
        }

        if (ColumnType.IsInteger(type) && Chance(0.15))
        {
            // An identity column fills the rows a table already has from its sequence.
            return new ColumnSpec(Name("c"), type, true, null, MaybeComment(0.3), Identity: true);
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

    /// <summary>A view over a table or (sometimes) an earlier view, maybe filtering on one of its columns, so that a
    /// change to a column the view only filters on, or to the view under it, must recreate it.</summary>
    private ViewSpec? NewView(SchemaSpec schema)
    {
        var relations = SchemaRepair.Relations(schema);
        var views = relations.Where(r => r.IsView).ToList();
        var tables = relations.Where(r => !r.IsView).ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        var (source, available, _) = views.Count > 0 && Chance(0.3) ? Pick(views) : Pick(tables);
        var columns = available.Where((c, i) => i == 0 || Chance(0.5)).ToImmutableList();
        var filter = Pick(available);
        var where = random.Next(4) switch
        {
            0 => "id > 0",
            1 => $"\"{filter}\" IS NOT NULL",
            _ => null,
        };
        return new ViewSpec(Name("v"), source, columns, where, MaybeComment());
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
        b = b with { Sequences = b.Sequences.Select(s => Chance(0.2) ? s with { OwnedBy = SomeColumn(b) } : s).ToImmutableList() };
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

        var views = b.Views.Where(_ => !Chance(0.2)).Select(v => Chance(0.3) ? v with { Where = v.Where is null ? "id > 1" : null, Comment = MaybeComment() } : v)
            .Select(v => v.Columns.Count > 1 && Chance(0.15) ? v with { Columns = v.Columns.RemoveAt(random.Next(1, v.Columns.Count)) } : v)
            .ToImmutableList();
        b = b with { Views = views };
        if (Chance(0.3) && NewView(b) is { } view)
        {
            b = b with { Views = b.Views.Add(view) };
        }

        return b;
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

        // Rows hold A's first label (a label inserted before it does not change that); removing another one
        // forces the type to be recreated.
        if (labels.Count > 1 && Chance(0.15))
        {
            labels = labels.Remove(Pick(labels.Where(l => l != type.Labels[0]).ToList()));
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
            if (column.References is not null && Chance(0.15))
            {
                changed = changed with { References = null };
            }

            if (column.References is null && ColumnType.IsInteger(column.Type) && Chance(0.15))
            {
                changed = changed with { Identity = !changed.Identity };
            }

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
}
