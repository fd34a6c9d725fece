using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>Order, forms and hazards of the table-level operations.</summary>
public sealed class TablePlanningTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Added_columns_keep_their_declared_order_when_one_waits_for_a_new_enum_label()
    {
        var stage = new UserDefinedType(Name("stage"), TypeKind.Enum) { EnumLabels = ["draft", "done"] };
        var jobs = Table("jobs", Id);
        var wanted = Table(
            "jobs",
            Id,
            Column("title", "text", 2),
            Column("stage", "public.stage", 3, notNull: true) with { Default = "'review'::public.stage" },
            Column("owner", "text", 4));
        var current = Db(jobs) with { Types = [stage] };
        var desired = Db(wanted) with
        {
            Types = [stage with { EnumLabels = ["draft", "review", "done"] }],
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.Column, wanted.Name, "stage"), new ObjectRef(ObjectRefKind.Type, stage.Name))],
        };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(plan.Steps.Select(s => s.Operation).OfType<AddColumn>().Select(o => o.Column.Name), Is.EqualTo(new[] { "title", "stage", "owner" }));
        Assert.That(
            plan.Steps.Single(s => s.Operation is AddEnumValue).Number,
            Is.LessThan(plan.Steps.Single(s => s.Operation is AddColumn { Column.Name: "stage" }).Number),
            "the label is committed before the column that uses it");
    }

    [Test]
    public void An_index_on_a_partitioned_table_is_built_without_concurrently()
    {
        var parent = Table("readings", Id) with { PartitionKey = "RANGE (id)" };
        var index = Index("readings", "readings_id_idx", "id");

        var plan = MigrationPlanner.Plan(Db(parent), Db(parent with { Indexes = [index] }), PlanOptions.Default);

        var step = plan.Steps.Single();
        Assert.That(step.Operation, Is.EqualTo(new CreateIndex(Name("readings"), index)));
        Assert.That(step.Isolation, Is.EqualTo(StepIsolation.Shared));
        Assert.That(step.Hazards.Select(h => h.Kind), Is.EqualTo(new[] { HazardKind.IndexBuild }));
    }

    [Test]
    public void Set_unlogged_rewrites_the_table_under_an_exclusive_lock()
    {
        var events = Table("events", Id);

        var plan = MigrationPlanner.Plan(Db(events), Db(events with { Persistence = Persistence.Unlogged }), PlanOptions.Default);

        Assert.That(plan.Hazards.Select(h => h.Kind), Is.EquivalentTo(new[] { HazardKind.TableRewrite, HazardKind.AccessExclusiveLock }));
        Assert.That(plan.Reverse().Operations, Is.EqualTo(new Operation[] { new SetPersistence(Name("events"), Persistence.Permanent, Persistence.Unlogged) }));
    }

    [Test]
    public void A_partition_is_detached_before_it_is_dropped_and_before_it_is_attached_again()
    {
        var parent = Table("readings", Id) with { PartitionKey = "RANGE (id)" };
        var old = Table("readings_1", Id with { IsInherited = true }) with { PartitionOf = new PartitionOf(Name("readings"), "FOR VALUES FROM (0) TO (10)") };
        var moved = Table("readings_2", Id with { IsInherited = true }) with { PartitionOf = new PartitionOf(Name("readings"), "FOR VALUES FROM (10) TO (20)") };

        var plan = MigrationPlanner.Plan(Db(parent, old, moved), Db(parent, moved with { PartitionOf = moved.PartitionOf! with { Bound = "FOR VALUES FROM (10) TO (30)" } }), PlanOptions.Default);

        int Step(Func<Operation, bool> match) => plan.Steps.Single(s => match(s.Operation)).Number;
        Assert.That(Step(o => o is DetachPartition d && d.Table.Name == "readings_1"), Is.LessThan(Step(o => o is DropTable)));
        Assert.That(Step(o => o is DetachPartition d && d.Table.Name == "readings_2"), Is.LessThan(Step(o => o is AttachPartition)));
        Assert.That(plan.Hazards.Select(h => h.Kind).Distinct(), Is.EquivalentTo(new[] { HazardKind.DataLoss, HazardKind.Irreversible, HazardKind.ValidationScan }));
    }

    [Test]
    public void A_partition_key_change_carries_the_data_loss_of_dropping_the_table()
    {
        var parent = Table("readings", Id) with { PartitionKey = "RANGE (id)" };

        var plan = MigrationPlanner.Plan(Db(parent), Db(parent with { PartitionKey = "LIST (id)" }), PlanOptions.Default);

        Assert.That(plan.Hazards.Select(h => h.Kind).Distinct(), Is.EquivalentTo(new[] { HazardKind.DataLoss, HazardKind.Irreversible }));
    }
}
