using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

public sealed class MigrationPlannerTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);
    private static readonly Table Projects = Table("projects", Id) with { Constraints = [PrimaryKey("projects_pkey", "id")] };
    private static readonly Table Tasks = Table("tasks", Id, Column("project_id", "integer", 2));
    private static readonly Table TasksWithFk = Tasks with { Constraints = [ForeignKey("tasks_project_fk", "project_id", "projects")] };

    private static int StepOf<T>(MigrationPlan plan, Func<T, bool>? match = null)
        where T : Operation =>
        plan.Steps.Single(s => s.Operation is T o && (match?.Invoke(o) ?? true)).Number;

    [Test]
    public void The_foreign_key_is_dropped_before_the_table_it_references()
    {
        var plan = MigrationPlanner.Plan(Db(Projects, TasksWithFk), Db(Tasks), PlanOptions.Default);

        Assert.That(StepOf<DropConstraint>(plan), Is.LessThan(StepOf<DropTable>(plan)));
    }

    [Test]
    public void Tables_dropped_together_go_referencing_table_first()
    {
        var plan = MigrationPlanner.Plan(Db(TasksWithFk, Projects), Db(), PlanOptions.Default);

        Assert.That(StepOf<DropTable>(plan, o => o.Table.Name == "tasks"), Is.LessThan(StepOf<DropTable>(plan, o => o.Table.Name == "projects")));
    }

    [Test]
    public void Both_tables_are_created_before_the_foreign_key_between_them()
    {
        var plan = MigrationPlanner.Plan(Db(), Db(TasksWithFk, Projects), PlanOptions.Default);
        var fk = StepOf<AddConstraint>(plan);

        Assert.That(plan.Steps.Where(s => s.Operation is CreateTable).Select(s => s.Number), Has.All.LessThan(fk));
        Assert.That(plan.Steps.Single(s => s.Number == fk).Operation, Is.EqualTo(new AddConstraint(Name("tasks"), TasksWithFk.Constraints[0])),
            "a table created in the plan gets its foreign key validated inline, not NOT VALID");
    }

    [Test]
    public void An_index_on_an_existing_table_is_built_concurrently_in_its_own_segment()
    {
        var index = Index("tasks", "tasks_project", "project_id");
        var plan = MigrationPlanner.Plan(Db(Tasks), Db(Tasks with { Indexes = [index] }), PlanOptions.Default);

        var step = plan.Steps.Single();
        Assert.That(step.Operation, Is.EqualTo(new CreateIndex(Name("tasks"), index) { Concurrently = true }));
        Assert.That(plan.Segments.Single(s => s.Number == step.Segment).Transactional, Is.False);
        Assert.That(step.Hazards.Select(h => h.Kind), Is.EqualTo(new[] { HazardKind.IndexBuild }));
    }

    [Test]
    public void An_index_on_a_new_table_is_plain_and_in_the_transaction()
    {
        var index = Index("tasks", "tasks_project", "project_id");
        var plan = MigrationPlanner.Plan(Db(), Db(Tasks with { Indexes = [index] }), PlanOptions.Default);

        Assert.That(plan.Operations.OfType<CreateIndex>().Single().Concurrently, Is.False);
        Assert.That(plan.Segments, Has.Count.EqualTo(1));
        Assert.That(plan.Segments[0].Transactional, Is.True);
    }

    [Test]
    public void Offline_plans_use_plain_forms()
    {
        var index = Index("tasks", "tasks_project", "project_id");
        var plan = MigrationPlanner.Plan(Db(Tasks), Db(Tasks with { Indexes = [index] }), PlanOptions.Default with { OnlineSafe = false });

        Assert.That(plan.Operations.OfType<CreateIndex>().Single().Concurrently, Is.False);
    }

    [Test]
    public void A_foreign_key_on_an_existing_table_is_added_not_valid_then_validated_in_another_transaction()
    {
        var plan = MigrationPlanner.Plan(Db(Projects, Tasks), Db(Projects, TasksWithFk), PlanOptions.Default);

        Assert.That(plan.Operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(AddConstraint), typeof(ValidateConstraint) }));
        Assert.That(plan.Operations.OfType<AddConstraint>().Single().NotValid, Is.True);
        Assert.That(plan.Steps[0].Segment, Is.Not.EqualTo(plan.Steps[1].Segment));
    }

    [Test]
    public void Set_not_null_on_an_existing_column_goes_through_a_validated_check()
    {
        var plan = MigrationPlanner.Plan(Db(Table("t", Id, Column("a", "text", 2))), Db(Table("t", Id, Column("a", "text", 2, notNull: true))), PlanOptions.Default);

        Assert.That(plan.Operations.Select(o => o.GetType()), Is.EqualTo(new[]
        {
            typeof(AddNotNullCheck), typeof(ValidateConstraint), typeof(SetNotNull), typeof(DropConstraint),
        }));
        Assert.That(plan.Remarks, Is.Empty, "no dependency cycle");
        Assert.That(plan.Hazards.Select(h => h.Kind), Is.EqualTo(new[] { HazardKind.ValidationScan }));
    }

    [Test]
    public void Dropping_a_column_is_data_loss_and_irreversible()
    {
        var plan = MigrationPlanner.Plan(Db(Table("t", Id, Column("a", "text", 2))), Db(Table("t", Id)), PlanOptions.Default);

        Assert.That(plan.Hazards.Select(h => h.Kind), Is.EquivalentTo(new[] { HazardKind.DataLoss, HazardKind.Irreversible }));
        Assert.That(plan.IsReversible, Is.False);
        Assert.That(plan.Reverse().Operations, Is.EqualTo(new Operation[] { new AddColumn(Name("t"), Column("a", "text", 2)) }));
    }

    [Test]
    public void A_type_change_on_a_table_known_to_be_empty_is_not_a_lock_hazard()
    {
        var current = Db(Table("t", Id, Column("a", "integer", 2)));
        var desired = Db(Table("t", Id, Column("a", "bigint", 2)));
        var rows = new Dictionary<QualifiedName, long> { [Name("t")] = 0 };

        var empty = MigrationPlanner.Plan(current, desired, PlanOptions.Default with { RowEstimates = rows });
        var unknown = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(empty.Hazards.Select(h => h.Kind), Does.Not.Contain(HazardKind.AccessExclusiveLock));
        Assert.That(unknown.Hazards.Select(h => h.Kind), Does.Contain(HazardKind.AccessExclusiveLock));
        Assert.That(empty.Steps.Single().EstimatedRows, Is.Zero);
    }

    [Test]
    public void A_view_on_a_changed_column_is_dropped_before_and_created_after()
    {
        var view = new View(Name("v"), ViewKind.View)
        {
            Definition = " SELECT t.id,\n    t.a\n   FROM public.t;",
            Columns = [Column("id", "integer", 1), Column("a", "integer", 2)],
        };
        var current = Db(Table("t", Id, Column("a", "integer", 2))) with { Views = [view] };
        var desired = Db(Table("t", Id, Column("a", "bigint", 2))) with { Views = [view with { Columns = [Column("id", "integer", 1), Column("a", "bigint", 2)] }] };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(plan.Operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(DropView), typeof(AlterColumnType), typeof(CreateView) }));
    }

    [Test]
    public void The_plan_carries_both_fingerprints()
    {
        var current = Db(Table("t", Id));
        var desired = Db(Table("t", Id, Column("a", "text", 2)));

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That((plan.SourceFingerprint, plan.TargetFingerprint), Is.EqualTo((Fingerprint.Of(current), Fingerprint.Of(desired))));
        Assert.That(plan.Reverse().TargetFingerprint, Is.EqualTo(Fingerprint.Of(current)));
    }
}
