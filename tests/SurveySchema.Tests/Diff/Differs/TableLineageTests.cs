using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>What a partition or inheriting child gets from its parent (<c>TableLineage</c>): changed on the parent alone,
/// and only the child's own differences on the child.</summary>
[TestFixture]
public sealed class TableLineageTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);
    private static readonly Column Taken = Column("taken", "date", 2, notNull: true);

    private const string Bound2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";

    private static Table Parent(params Column[] columns) =>
        Table("readings", columns) with { PartitionKey = "RANGE (taken)" };

    private static Table Partition(string name, string bound, params Column[] columns) =>
        Table(name, [.. columns.Select(c => c with { IsInherited = true })]) with { PartitionOf = new PartitionOf(Name("readings"), bound) };

    private static IReadOnlyList<Operation> Diff(DatabaseModel current, DatabaseModel desired) =>
        SchemaDiffer.Diff(current, desired, DiffOptions.Default);

    [Test]
    public void A_column_added_to_a_partitioned_table_is_added_on_the_parent_only()
    {
        var unit = Column("unit", "text", 3) with { Default = "'m'::text" };
        var current = Db(Parent(Id, Taken), Partition("readings_2024", Bound2024, Id, Taken));
        var desired = Db(Parent(Id, Taken, unit), Partition("readings_2024", Bound2024, Id, Taken, unit));

        Assert.That(Diff(current, desired), Is.EqualTo(new Operation[] { new AddColumn(Name("readings"), unit) }));
    }

    [Test]
    public void A_partitions_own_default_is_set_on_the_partition_after_the_parents()
    {
        var status = Column("status", "text", 3) with { Default = "'new'::text" };
        var open = status with { Default = "'open'::text" };
        var current = Db(Parent(Id, Taken, status), Partition("readings_2024", Bound2024, Id, Taken, status));
        var desired = Db(Parent(Id, Taken, open), Partition("readings_2024", Bound2024, Id, Taken, status with { Default = "'archived'::text" }));

        var operations = Diff(current, desired).OfType<SetColumnDefault>().ToList();

        Assert.That(operations, Is.EqualTo(new[]
        {
            new SetColumnDefault(Name("readings"), "status", "'open'::text", "'new'::text"),
            new SetColumnDefault(Name("readings_2024"), "status", "'archived'::text", "'open'::text") { InheritedFrom = Name("readings") },
        }));
    }

    [Test]
    public void A_partition_equal_on_both_sides_still_gets_its_own_default_back_after_the_parents_change()
    {
        // The partition's record does not change, but the parent's SET DEFAULT comes down to it: an equal table
        // with a parent is compared all the same (only parentless equal tables are skipped).
        var status = Column("status", "text", 3) with { Default = "'new'::text" };
        var partition = Partition("readings_2024", Bound2024, Id, Taken, status with { Default = "'archived'::text" });
        var current = Db(Parent(Id, Taken, status), partition);
        var desired = Db(Parent(Id, Taken, status with { Default = "'open'::text" }), partition);

        Assert.That(Diff(current, desired).OfType<SetColumnDefault>(), Is.EqualTo(new[]
        {
            new SetColumnDefault(Name("readings"), "status", "'open'::text", "'new'::text"),
            new SetColumnDefault(Name("readings_2024"), "status", "'archived'::text", "'open'::text") { InheritedFrom = Name("readings") },
        }));
    }

    [Test]
    public void A_column_dropped_from_the_parent_is_not_dropped_again_on_an_inheriting_child()
    {
        var name = Column("name", "text", 2);
        var vehicles = Table("vehicles", Id, name);
        var child = Table("trucks", Id with { IsInherited = true }, name with { IsInherited = true }) with { Inherits = [Name("vehicles")] };

        var operations = Diff(Db(vehicles, child), Db(Table("vehicles", Id), child with { Columns = [child.Columns[0]] }));

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropColumn(Name("vehicles"), name) }));
    }
}
