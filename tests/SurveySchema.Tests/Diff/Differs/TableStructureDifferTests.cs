using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Persistence, partitions and inheritance (<c>TableStructureDiffer</c>), and enum-to-enum conversion, as operations.
/// What children inherit from their parent is <see cref="TableLineageTests"/>.</summary>
[TestFixture]
public sealed class TableStructureDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);
    private static readonly Column Taken = Column("taken", "date", 2, notNull: true);

    private static Table Parent(params Column[] columns) =>
        Table("readings", columns) with { PartitionKey = "RANGE (taken)" };

    private static Table Partition(string name, string bound, params Column[] columns) =>
        Table(name, [.. columns.Select(c => c with { IsInherited = true })]) with { PartitionOf = new PartitionOf(Name("readings"), bound) };

    private const string Bound2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";

    private static IReadOnlyList<Operation> Diff(DatabaseModel current, DatabaseModel desired) =>
        SchemaDiffer.Diff(current, desired, DiffOptions.Default);

    [Test]
    public void Unlogged_to_logged_is_SetPersistence()
    {
        var logged = Table("events", Id);
        var operations = Diff(Db(logged with { Persistence = Persistence.Unlogged }), Db(logged));

        Assert.That(operations, Is.EqualTo(new Operation[] { new SetPersistence(Name("events"), Persistence.Permanent, Persistence.Unlogged) }));
    }

    [Test]
    public void A_sequence_the_table_owns_follows_SET_UNLOGGED_without_a_remark()
    {
        var options = new SequenceOptions("integer", 1, 1, 2147483647, 1, 1, false);
        var owned = new Sequence(Name("events_id_seq"), options) { OwnedBy = new ColumnReference(Name("events"), "id") };
        var table = Table("events", Id);
        var current = Db(table) with { Sequences = [owned] };
        var desired = Db(table with { Persistence = Persistence.Unlogged })
            with { Sequences = [owned with { Persistence = Persistence.Unlogged }] };

        var difference = SchemaDiffer.Compare(current, desired, DiffOptions.Default);

        Assert.That(difference.Operations, Is.EqualTo(new Operation[] { new SetPersistence(Name("events"), Persistence.Unlogged, Persistence.Permanent) }));
        Assert.That(difference.Remarks, Is.Empty, "SET UNLOGGED changes the owned sequence too");
    }

    [Test]
    public void A_type_and_default_change_on_the_parent_is_not_repeated_on_the_partition()
    {
        var value = Column("value", "integer", 3) with { Default = "0" };
        var wider = Column("value", "bigint", 3) with { Default = "0" };
        var current = Db(Parent(Id, Taken, value), Partition("readings_2024", Bound2024, Id, Taken, value));
        var desired = Db(Parent(Id, Taken, wider), Partition("readings_2024", Bound2024, Id, Taken, wider));

        var operations = Diff(current, desired);

        Assert.That(operations.Select(o => ((TableOperation)o).Table).Distinct(), Is.EqualTo(new[] { Name("readings") }));
        Assert.That(operations.OfType<AlterColumnType>().Single().To.Type, Is.EqualTo("bigint"));
    }

    [Test]
    public void A_removed_partition_is_detached_then_dropped_and_a_changed_bound_is_detach_and_attach()
    {
        var wider = "FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')";
        var p2023 = Partition("readings_2023", "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')", Id, Taken);
        var current = Db(Parent(Id, Taken), p2023, Partition("readings_2024", Bound2024, Id, Taken));
        var desired = Db(Parent(Id, Taken), Partition("readings_2024", wider, Id, Taken));

        var operations = Diff(current, desired);

        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new DetachPartition(Name("readings_2023"), p2023.PartitionOf!),
            new DropTable(p2023),
            new DetachPartition(Name("readings_2024"), new PartitionOf(Name("readings"), Bound2024)),
            new AttachPartition(Name("readings_2024"), new PartitionOf(Name("readings"), wider)) { Columns = desired.Tables[1].Columns },
        }));
    }

    [Test]
    public void A_changed_partition_key_drops_and_creates_the_table_with_a_remark_never_a_silent_success()
    {
        var difference = SchemaDiffer.Compare(Db(Parent(Id, Taken)), Db(Parent(Id, Taken) with { PartitionKey = "LIST (id)" }), DiffOptions.Default);

        Assert.That(difference.Operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(DropTable), typeof(CreateTable) }));
        Assert.That(difference.Remarks.Single().Code, Is.EqualTo(RemarkCodes.PartitioningRecreated));
    }

    [Test]
    public void Inherits_added_and_removed_are_INHERIT_and_NO_INHERIT_without_column_changes()
    {
        var name = Column("name", "text", 2);
        var vehicles = Table("vehicles", Id, name);
        var trucks = Table("trucks", Id, name, Column("payload", "numeric", 3));
        var child = trucks with { Inherits = [Name("vehicles")], Columns = [.. trucks.Columns.Select(c => c.Name == "payload" ? c : c with { IsInherited = true })] };

        Assert.That(Diff(Db(vehicles, trucks), Db(vehicles, child)), Is.EqualTo(new Operation[] { new InheritTable(Name("trucks"), Name("vehicles")) { Columns = child.Columns } }));
        Assert.That(Diff(Db(vehicles, child), Db(vehicles, trucks)), Is.EqualTo(new Operation[] { new NoInheritTable(Name("trucks"), Name("vehicles")) }));
    }

    [Test]
    public void Enum_to_enum_converts_through_text_with_the_default_dropped_and_set_around_it()
    {
        var mood = new UserDefinedType(Name("mood"), TypeKind.Enum) { EnumLabels = ["happy", "sad"] };
        var feeling = new UserDefinedType(Name("feeling"), TypeKind.Enum) { EnumLabels = ["happy", "meh", "sad"] };
        var was = Column("mood", "public.mood", 2) with { Default = "'happy'::public.mood" };
        var wanted = Column("mood", "public.feeling", 2) with { Default = "'meh'::public.feeling" };
        // The column's type as the catalog records it: an edge to the enum, not a guess from its spelling.
        var column = new ObjectRef(ObjectRefKind.Column, Name("people"), "mood");
        var current = Db(Table("people", Id, was)) with
        {
            Types = [mood, feeling],
            Dependencies = [new Dependency(column, new ObjectRef(ObjectRefKind.Type, mood.Name))],
        };
        var desired = Db(Table("people", Id, wanted)) with
        {
            Types = [mood, feeling],
            Dependencies = [new Dependency(column, new ObjectRef(ObjectRefKind.Type, feeling.Name))],
        };

        var operations = Diff(current, desired);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropColumnDefault(Name("people"), "mood", "'happy'::public.mood"),
            new AlterColumnType(Name("people"), was, wanted, new ViaText("public.feeling", IsArray: false)),
            new SetColumnDefault(Name("people"), "mood", "'meh'::public.feeling", "'happy'::public.mood"),
        }));
    }
}
