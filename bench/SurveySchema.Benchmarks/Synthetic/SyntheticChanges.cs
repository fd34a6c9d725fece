namespace SurveySchema.Benchmarks.Synthetic;

/// <summary>What a schema developer typically changes between two releases, one kind per changed table.</summary>
internal enum ChangeKind
{
    AddColumn,
    ChangeType,
    AddIndex,
    DropCheck,
    ChangeSrid,
    AddCheck,
}

/// <summary>One changed table and the statements that change it.</summary>
internal sealed record SyntheticChange(string Table, ChangeKind Kind, IReadOnlyList<string> Statements);

/// <summary>Changes about 1 % of a <see cref="SyntheticSchema"/>'s tables (at least one), spread evenly over
/// the schema and cycling through the <see cref="ChangeKind"/>s: the "desired" side of the diff benchmark.</summary>
/// <remarks>Applied as ALTER statements to a clone of the benchmark database rather than rebuilt from changed
/// files: the diff benchmark times the planner and the script writer on two models, and cloning costs seconds
/// where a second shadow build of 5 000 tables costs most of a minute.</remarks>
internal static class SyntheticChanges
{
    public static IReadOnlyList<SyntheticChange> For(SyntheticSchema schema)
    {
        var count = Math.Max(1, schema.Tables.Count / 100);
        var kinds = Enum.GetValues<ChangeKind>();
        var changes = new List<SyntheticChange>(count);
        for (var k = 0; k < count; k++)
        {
            // The middle of each hundred, so the changed tables have parents and (mostly) children.
            var table = schema.Tables[Math.Min(schema.Tables.Count - 1, k * 100 + 50)];
            var kind = kinds[k % kinds.Length];
            changes.Add(new SyntheticChange(table.Name, kind, StatementsFor(table, kind)));
        }

        return changes;
    }

    private static string[] StatementsFor(SyntheticTable table, ChangeKind kind)
    {
        var name = table.Name;
        var qualified = $"public.{name}";
        return kind switch
        {
            ChangeKind.AddColumn =>
            [
                $"ALTER TABLE {qualified} ADD COLUMN remarks text",
                $"COMMENT ON COLUMN {qualified}.remarks IS 'Office remarks added after review.'",
            ],
            ChangeKind.ChangeType => [$"ALTER TABLE {qualified} ALTER COLUMN code TYPE varchar(120)"],
            ChangeKind.AddIndex => [$"CREATE INDEX idx_{name}_observed_at ON {qualified} USING btree (observed_at)"],
            ChangeKind.DropCheck => [$"ALTER TABLE {qualified} DROP CONSTRAINT ck_{name}_accuracy"],
            // NAD83(2011) / Texas Central (ftUS): a datum change of the survey geometry.
            ChangeKind.ChangeSrid => table.Geometry == SyntheticGeometry.PointZ
                ? [$"ALTER TABLE {qualified} ALTER COLUMN geom TYPE geometry(PointZ, 6588) USING ST_SetSRID(geom, 6588)"]
                : [$"ALTER TABLE {qualified} ALTER COLUMN geom TYPE geometry(MultiPolygon, 6588) USING ST_SetSRID(geom, 6588)"],
            ChangeKind.AddCheck => [$"ALTER TABLE {qualified} ADD CONSTRAINT ck_{name}_measured CHECK (measured >= 0)"],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
