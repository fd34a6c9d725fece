using System.Globalization;
using System.Text;

namespace SurveySchema.Benchmarks.Synthetic;

/// <summary>A deterministic, survey-like schema of N tables: the same (N, seed) gives byte-identical DDL on
/// every machine, so a benchmark database and a benchmark project built from it are the same schema.</summary>
/// <remarks>
/// Each table has thirteen or fourteen columns in the Survey Data System's style (uuid key defaulting to
/// <c>uuid_generate_v4()</c>, varchar/text, numeric, timestamptz, jsonb, tsvector and a
/// <c>geometry(PointZ,2277)</c> or <c>geometry(MultiPolygon,2277)</c> column), a primary key, a unique
/// constraint, two checks, one or two foreign keys to earlier tables, a GIST index on the geometry, a GIN
/// index on the tsvector, a btree index on the parent key, and a comment on the table and every column.
/// </remarks>
internal sealed class SyntheticSchema
{
    /// <summary>The extensions every generated table needs, as the project's <c>extensions.sql</c>.</summary>
    public const string ExtensionsFileText = """
        -- Extensions the synthetic benchmark schema needs (as in schema/extensions.sql).

        CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

        CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

        """;

    private static readonly string[] PointKinds = ["survey_points", "control_marks", "utility_poles", "monuments", "spot_shots"];
    private static readonly string[] AreaKinds = ["parcels", "easements", "hatches", "boundaries", "structures"];
    private static readonly int[] CodeLengths = [20, 30, 50];
    private static readonly (int Precision, int Scale)[] Measures = [(14, 4), (12, 3), (10, 2)];

    private SyntheticSchema(int seed, IReadOnlyList<SyntheticTable> tables)
    {
        Seed = seed;
        Tables = tables;
    }

    public int Seed { get; }

    public IReadOnlyList<SyntheticTable> Tables { get; }

    /// <summary>Every statement of every table, in an order PostgreSQL accepts (parents before children).</summary>
    public IEnumerable<string> Statements => Tables.SelectMany(t => t.Statements);

    public static SyntheticSchema Generate(int tableCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tableCount);
        // System.Random with an explicit seed keeps its legacy algorithm, stable across .NET versions.
        var random = new Random(seed);
        var tables = new List<SyntheticTable>(tableCount);
        for (var index = 0; index < tableCount; index++)
        {
            tables.Add(GenerateTable(index, tables, random));
        }

        return new SyntheticSchema(seed, tables);
    }

    /// <summary>Writes <c>extensions.sql</c> and <c>tables/&lt;name&gt;.sql</c> under <paramref name="directory"/>
    /// (created if missing, expected to be empty).</summary>
    public void WriteProject(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "tables"));
        File.WriteAllText(Path.Combine(directory, "extensions.sql"), ExtensionsFileText);
        foreach (var table in Tables)
        {
            File.WriteAllText(Path.Combine(directory, table.RelativePath), table.FileText);
        }
    }

    private static SyntheticTable GenerateTable(int index, List<SyntheticTable> earlier, Random random)
    {
        var geometry = random.Next(2) == 0 ? SyntheticGeometry.PointZ : SyntheticGeometry.MultiPolygon;
        var kinds = geometry == SyntheticGeometry.PointZ ? PointKinds : AreaKinds;
        var name = $"{kinds[random.Next(kinds.Length)]}_{index.ToString("D5", CultureInfo.InvariantCulture)}";
        var parents = new List<string>();
        if (earlier.Count > 0)
        {
            parents.Add(earlier[random.Next(earlier.Count)].Name);
            if (earlier.Count > 1 && random.Next(3) == 0)
            {
                var second = earlier[random.Next(earlier.Count)].Name;
                if (second != parents[0])
                {
                    parents.Add(second);
                }
            }
        }

        var codeLength = CodeLengths[random.Next(CodeLengths.Length)];
        var (precision, scale) = Measures[random.Next(Measures.Length)];
        var uniquePerParent = parents.Count > 0 && random.Next(2) == 0;
        var columns = new List<(string Name, string Definition, string Comment)>
        {
            ("id", "uuid NOT NULL DEFAULT uuid_generate_v4()", "Surrogate key (uuid v4)."),
        };
        if (parents.Count > 0)
        {
            columns.Add(("parent_id", "uuid NOT NULL", $"The {parents[0]} row this record belongs to; deleted with it."));
        }

        if (parents.Count > 1)
        {
            columns.Add(("source_id", "uuid", $"The {parents[1]} row this record was derived from, if any."));
        }

        columns.AddRange(
        [
            ("code", $"varchar({codeLength}) NOT NULL", "Field code from the data collector."),
            ("name", "varchar(255) NOT NULL", "Name as shown on drawings."),
            ("description", "text", "Free-text note from the crew."),
            ("status", "varchar(20) NOT NULL DEFAULT 'active'", "Lifecycle state: proposed, active or retired."),
            ("measured", $"numeric({precision}, {scale})", "Measured quantity in US survey feet."),
            ("accuracy", "numeric(8, 4)", "Precision estimate in feet; not negative."),
            ("attributes", "jsonb NOT NULL DEFAULT '{}'::jsonb", "Code-specific attributes as JSON."),
            ("search", "tsvector", "Full-text search vector over code, name and description."),
            ("geom", geometry == SyntheticGeometry.PointZ ? "geometry(PointZ, 2277) NOT NULL" : "geometry(MultiPolygon, 2277)",
                "Geometry in NAD83 / Texas Central (ftUS), SRID 2277."),
            ("observed_at", "timestamptz", "When the feature was observed in the field."),
            ("created_at", "timestamptz NOT NULL DEFAULT now()", "When the row was created."),
        ]);

        var table = $"public.{name}";
        var create = new StringBuilder().Append("CREATE TABLE ").Append(table).Append(" (\n");
        foreach (var column in columns)
        {
            create.Append("    ").Append(column.Name.PadRight(12)).Append(' ').Append(column.Definition).Append(",\n");
        }

        create.Append($"    CONSTRAINT pk_{name} PRIMARY KEY (id),\n");
        create.Append(uniquePerParent
            ? $"    CONSTRAINT uq_{name}_code UNIQUE (parent_id, code),\n"
            : $"    CONSTRAINT uq_{name}_code UNIQUE (code),\n");
        if (parents.Count > 0)
        {
            create.Append($"    CONSTRAINT fk_{name}_parent FOREIGN KEY (parent_id)\n        REFERENCES public.{parents[0]} (id) ON DELETE CASCADE,\n");
        }

        if (parents.Count > 1)
        {
            create.Append($"    CONSTRAINT fk_{name}_source FOREIGN KEY (source_id)\n        REFERENCES public.{parents[1]} (id) ON DELETE SET NULL,\n");
        }

        create.Append($"    CONSTRAINT ck_{name}_accuracy CHECK (accuracy >= 0),\n");
        create.Append($"    CONSTRAINT ck_{name}_status CHECK (status IN ('proposed', 'active', 'retired'))\n");
        create.Append(')');

        var statements = new List<string>
        {
            create.ToString(),
            $"CREATE INDEX idx_{name}_geom ON {table} USING gist (geom)",
            $"CREATE INDEX idx_{name}_search ON {table} USING gin (search)",
        };
        if (parents.Count > 0 && !uniquePerParent)
        {
            // With UNIQUE (parent_id, code) the unique index already serves the foreign key.
            statements.Add($"CREATE INDEX idx_{name}_parent ON {table} USING btree (parent_id)");
        }

        statements.Add($"COMMENT ON TABLE {table} IS 'Synthetic {name[..name.LastIndexOf('_')].Replace('_', ' ')} table {index} of the benchmark schema.'");
        statements.AddRange(columns.Select(c => $"COMMENT ON COLUMN {table}.{c.Name} IS '{c.Comment}'"));
        return new SyntheticTable(index, name, geometry, parents, statements);
    }
}
