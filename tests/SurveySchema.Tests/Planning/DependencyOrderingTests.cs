using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>The plan's order comes from the models' dependency edges (as the catalog reads them from pg_depend):
/// what depends on a dropped or replaced object goes first and comes back after.</summary>
public sealed class DependencyOrderingTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);
    private static readonly Column U = Column("u", "integer", 2, notNull: true);

    private static ObjectRef Col(string table, string column) => new(ObjectRefKind.Column, Name(table), column);

    private static Dependency Edge(ObjectRef dependent, ObjectRef referenced) => new(dependent, referenced);

    private static int StepOf<T>(MigrationPlan plan, Func<T, bool>? match = null)
        where T : Operation =>
        plan.Steps.Single(s => s.Operation is T o && (match?.Invoke(o) ?? true)).Number;

    [Test]
    public void Foreign_keys_on_a_unique_key_turned_primary_key_are_dropped_before_and_added_after()
    {
        var unique = new Constraint("t_u_key", ConstraintKind.Unique) { Columns = ["u"], Definition = "UNIQUE (u)" };
        var primary = new Constraint("t_pkey", ConstraintKind.PrimaryKey) { Columns = ["u"], Definition = "PRIMARY KEY (u)" };
        var fk = new Constraint("r_u_fkey", ConstraintKind.ForeignKey)
        {
            Columns = ["u"],
            Definition = "FOREIGN KEY (u) REFERENCES public.t(u)",
            ForeignKey = new ForeignKey(Name("t"), ["u"], ReferentialAction.NoAction, ReferentialAction.NoAction, ForeignKeyMatch.Simple),
        };
        var r = Table("r", U) with { Constraints = [fk] };
        var fkRef = new ObjectRef(ObjectRefKind.Constraint, Name("r"), "r_u_fkey");
        var current = Db(Table("t", U) with { Constraints = [unique] }, r) with
        {
            Dependencies = [Edge(fkRef, new ObjectRef(ObjectRefKind.Index, Name("t"), "t_u_key")), Edge(fkRef, Col("t", "u"))],
        };
        var desired = Db(Table("t", U) with { Constraints = [primary] }, r) with
        {
            Dependencies = [Edge(fkRef, new ObjectRef(ObjectRefKind.Index, Name("t"), "t_pkey")), Edge(fkRef, Col("t", "u"))],
        };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        var dropFk = StepOf<DropConstraint>(plan, o => o.Constraint.Name == "r_u_fkey");
        var dropUnique = StepOf<DropConstraint>(plan, o => o.Constraint.Name == "t_u_key");
        var addPrimary = StepOf<AddConstraint>(plan, o => o.Constraint.Name == "t_pkey");
        var addFk = StepOf<AddConstraint>(plan, o => o.Constraint.Name == "r_u_fkey");
        Assert.That(new[] { dropFk, dropUnique, addPrimary, addFk }, Is.Ordered);
    }

    [Test]
    public void A_foreign_key_on_a_key_that_stays_is_left_alone()
    {
        var primary = new Constraint("t_pkey", ConstraintKind.PrimaryKey) { Columns = ["u"], Definition = "PRIMARY KEY (u)" };
        var fkRef = new ObjectRef(ObjectRefKind.Constraint, Name("r"), "r_u_fkey");
        var fk = new Constraint("r_u_fkey", ConstraintKind.ForeignKey) { Columns = ["u"], Definition = "FOREIGN KEY (u) REFERENCES public.t(u)" };
        var current = Db(Table("t", U) with { Constraints = [primary] }, Table("r", U) with { Constraints = [fk] }) with
        {
            Dependencies = [Edge(fkRef, new ObjectRef(ObjectRefKind.Index, Name("t"), "t_pkey"))],
        };
        var desired = current with { Tables = [.. current.Tables.Select(t => t with { Comment = "changed" })] };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(plan.Operations.OfType<DropConstraint>(), Is.Empty);
    }

    [Test]
    public void A_default_calling_a_function_whose_signature_changes_moves_to_the_new_one_before_the_old_one_goes()
    {
        var before = new Function(Name("f"), "x integer") { Arguments = "x integer", Result = "integer", Definition = "CREATE FUNCTION public.f(x integer) ..." };
        var after = new Function(Name("f"), "x text") { Arguments = "x text", Result = "integer", Definition = "CREATE FUNCTION public.f(x text) ..." };
        var current = Db(Table("t", Id, Column("n", "integer", 2) with { Default = "public.f(1)" })) with
        {
            Functions = [before],
            Dependencies = [Edge(Col("t", "n"), new ObjectRef(ObjectRefKind.Function, Name("f"), "x integer"))],
        };
        var desired = Db(Table("t", Id, Column("n", "integer", 2) with { Default = "public.f('1'::text)" })) with
        {
            Functions = [after],
            Dependencies = [Edge(Col("t", "n"), new ObjectRef(ObjectRefKind.Function, Name("f"), "x text"))],
        };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        var create = StepOf<CreateFunction>(plan);
        var setDefault = StepOf<SetColumnDefault>(plan);
        var drop = StepOf<DropFunction>(plan);
        Assert.That(new[] { create, setDefault, drop }, Is.Ordered);
    }

    [Test]
    public void A_default_whose_text_stays_is_dropped_and_set_again_around_its_recreated_function()
    {
        var before = new Function(Name("f"), "") { Result = "integer", Definition = "CREATE FUNCTION public.f() RETURNS integer ..." };
        var after = before with { Result = "bigint", Definition = "CREATE FUNCTION public.f() RETURNS bigint ..." };
        Dependency[] edges = [Edge(Col("t", "n"), new ObjectRef(ObjectRefKind.Function, Name("f"), ""))];
        var table = Table("t", Id, Column("n", "bigint", 2) with { Default = "public.f()" });
        var current = Db(table) with { Functions = [before], Dependencies = [.. edges] };
        var desired = Db(table) with { Functions = [after], Dependencies = [.. edges] };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(
            new[] { StepOf<DropColumnDefault>(plan), StepOf<DropFunction>(plan), StepOf<CreateFunction>(plan), StepOf<SetColumnDefault>(plan) },
            Is.Ordered);
    }

    [Test]
    public void Views_over_views_over_a_retyped_column_are_dropped_outside_in_and_created_inside_out()
    {
        var v1 = new View(Name("v1"), ViewKind.View) { Definition = " SELECT t.n FROM public.t;", Columns = [Column("n", "integer", 1)] };
        var v2 = new View(Name("v2"), ViewKind.View) { Definition = " SELECT v1.n FROM public.v1;", Columns = [Column("n", "integer", 1)] };
        Dependency[] edges =
        [
            Edge(new ObjectRef(ObjectRefKind.View, Name("v1")), Col("t", "n")),
            Edge(new ObjectRef(ObjectRefKind.View, Name("v2")), Col("v1", "n")),
        ];
        var current = Db(Table("t", Id, Column("n", "integer", 2))) with { Views = [v1, v2], Dependencies = [.. edges] };
        var desired = Db(Table("t", Id, Column("n", "bigint", 2))) with
        {
            Views = [v1 with { Columns = [Column("n", "bigint", 1)] }, v2 with { Columns = [Column("n", "bigint", 1)] }],
            Dependencies = [.. edges],
        };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(
            new[]
            {
                StepOf<DropView>(plan, o => o.View.Name == Name("v2")),
                StepOf<DropView>(plan, o => o.View.Name == Name("v1")),
                StepOf<AlterColumnType>(plan),
                StepOf<CreateView>(plan, o => o.View.Name == Name("v1")),
                StepOf<CreateView>(plan, o => o.View.Name == Name("v2")),
            },
            Is.Ordered);
    }

    [Test]
    public void A_function_taking_an_enum_that_is_recreated_is_dropped_before_and_created_after()
    {
        var mood = new UserDefinedType(Name("mood"), TypeKind.Enum) { EnumLabels = ["sad", "ok", "happy"] };
        var function = new Function(Name("cheer"), "m public.mood") { Result = "public.mood", Definition = "CREATE FUNCTION public.cheer(m public.mood) ..." };
        Dependency[] edges = [Edge(new ObjectRef(ObjectRefKind.Function, Name("cheer"), "m public.mood"), new ObjectRef(ObjectRefKind.Type, Name("mood")))];
        var current = Db() with { Types = [mood], Functions = [function], Dependencies = [.. edges] };
        var desired = Db() with { Types = [mood with { EnumLabels = ["sad", "happy"] }], Functions = [function], Dependencies = [.. edges] };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(
            new[]
            {
                StepOf<DropFunction>(plan),
                StepOf<RenameType>(plan),
                StepOf<CreateType>(plan),
                StepOf<CreateFunction>(plan),
            },
            Is.Ordered);
        Assert.That(StepOf<DropFunction>(plan), Is.LessThan(StepOf<DropType>(plan)));
    }

    [Test]
    public void A_routine_dropped_with_the_routine_using_it_goes_last()
    {
        // An aggregate and its state function, or any routine whose body (BEGIN ATOMIC) calls another: the edge
        // says which one uses the other, whatever their names.
        var inner = new Function(Name("a_inner"), "integer") { Result = "integer", Definition = "CREATE FUNCTION public.a_inner(integer) ..." };
        var outer = new Function(Name("z_outer"), "integer") { Result = "integer", Definition = "CREATE FUNCTION public.z_outer(integer) ..." };
        var current = Db() with
        {
            Functions = [inner, outer],
            Dependencies = [Edge(new ObjectRef(ObjectRefKind.Function, Name("z_outer"), "integer"), new ObjectRef(ObjectRefKind.Function, Name("a_inner"), "integer"))],
        };

        var plan = MigrationPlanner.Plan(current, Db(), PlanOptions.Default);

        Assert.That(StepOf<DropFunction>(plan, o => o.Function.Name == Name("z_outer")), Is.LessThan(StepOf<DropFunction>(plan, o => o.Function.Name == Name("a_inner"))));
    }

    [Test]
    public void Dependencies_are_not_part_of_the_fingerprint_and_alone_make_no_plan()
    {
        var model = Db(Table("t", Id, Column("n", "integer", 2)));
        var withEdges = model with { Dependencies = [Edge(new ObjectRef(ObjectRefKind.Constraint, Name("t"), "c"), Col("t", "n"))] };

        Assert.That(Fingerprint.Of(withEdges), Is.EqualTo(Fingerprint.Of(model)));
        Assert.That(MigrationPlanner.Plan(model, withEdges, PlanOptions.Default).IsEmpty, Is.True);
        Assert.That(ModelJson.Deserialize(ModelJson.Serialize(withEdges)).Dependencies, Is.EqualTo(withEdges.Dependencies), "the canonical JSON keeps them");
    }
}
