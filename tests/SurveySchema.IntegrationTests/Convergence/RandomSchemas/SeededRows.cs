using System.Collections.Immutable;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>What A's seeded rows (<see cref="SchemaSpec.ToRows"/>) allow B to demand. A pair is a "must converge"
/// case only if PostgreSQL could reach B from A with its rows by some script: a unique key over values the rows
/// hold twice cannot be built by any script, so B is cut back to what the rows satisfy. Everything else data could
/// make impossible is ruled out where it is drawn (<see cref="ColumnType"/>: checks every value and default meets,
/// conversions every value survives; <see cref="SchemaGenerator"/>: NOT NULL on a new column only with a default,
/// enum labels the rows hold never removed).</summary>
internal static class SeededRows
{
    /// <summary>Defaults that give each existing row its own value when a column is added.</summary>
    private static readonly string[] VolatileDefaults = ["nextval(", "gen_random_uuid()"];

    /// <summary>B without the unique constraints and the uniqueness of indexes that A's rows would violate: on a
    /// table A has, a column holds distinct values (or NULLs) after the change when it is <c>id</c>, an A column of
    /// a type whose seeded values are distinct (or a foreign key, left NULL), or a column B adds without a default,
    /// with a volatile one or as an identity. A new constant default fills every row with the same value.</summary>
    public static SchemaSpec Satisfiable(SchemaSpec a, SchemaSpec b)
    {
        var tablesOfA = a.Tables.ToDictionary(t => t.Name);
        return b with
        {
            Tables = b.Tables.Select(table => tablesOfA.TryGetValue(table.Name, out var before) ? Satisfiable(before, table) : table).ToImmutableList(),
        };
    }

    private static TableSpec Satisfiable(TableSpec before, TableSpec after)
    {
        var columnsOfA = before.Columns.ToDictionary(c => c.Name);
        bool Distinct(string name)
        {
            if (name == "id")
            {
                return true;
            }

            if (columnsOfA.TryGetValue(name, out var old))
            {
                return old.References is not null || old.Type.Unique;
            }

            var added = after.Columns.First(c => c.Name == name);
            return added.Identity || added.Default is not { } d || VolatileDefaults.Any(v => d.StartsWith(v, StringComparison.Ordinal));
        }

        // Rows with a NULL in any key column never clash (NULLS DISTINCT), so one distinct-or-NULL column suffices.
        return after with
        {
            UniqueColumns = after.UniqueColumns.Where(Distinct).ToImmutableList(),
            Indexes = after.Indexes.Select(ix => ix.Unique && !ix.Columns.Any(Distinct) ? ix with { Unique = false } : ix).ToImmutableList(),
        };
    }
}
