using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.Differs.AggregateDifferTests;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>The order of aggregate and collation steps against the objects they depend on.</summary>
public sealed class AggregateAndCollationPlanTests
{
    private static readonly UserDefinedType Pair = new(Name("pair"), TypeKind.Composite)
    {
        Attributes = [Column("total", "numeric", 1), Column("n", "bigint", 2)],
    };

    private static readonly Function PairStep = Step with
    {
        Name = Name("pair_step"),
        IdentityArguments = "state public.pair, value numeric",
        Definition = "CREATE OR REPLACE FUNCTION public.pair_step(state public.pair, value numeric) RETURNS public.pair LANGUAGE sql AS $$ SELECT state $$",
    };

    // Declared with a name that sorts before its function and type, so only the graph puts it after them.
    private static readonly Aggregate Average = Accumulate with { Name = Name("a_mean"), StateFunction = PairStep.Name, StateType = "public.pair" };

    private static readonly Table Owners = Table("owners", Column("name", "text", 1) with { Collation = "public.case_insensitive" })
        with { Indexes = [Index("owners", "owners_name", "name") with { Definition = "CREATE INDEX owners_name ON public.owners USING btree (name COLLATE public.case_insensitive)" }] };

    private static DatabaseModel Model(bool aggregate = true, bool collation = false, bool table = false) => new DatabaseModel
    {
        Schemas = [new Schema("public")],
        Types = aggregate ? [Pair] : [],
        Functions = aggregate ? [PairStep] : [],
        Aggregates = aggregate ? [Average] : [],
        Collations = collation ? [CaseInsensitive] : [],
        Tables = table ? [Owners] : [],
        Dependencies = [.. Edges(aggregate, collation && table)],
    }.ToCanonical();

    /// <summary>The edges pg_depend records for these objects: the ordering reads nothing else.</summary>
    private static IEnumerable<Dependency> Edges(bool aggregate, bool collatedTable)
    {
        var pair = new ObjectRef(ObjectRefKind.Type, Pair.Name);
        var step = new ObjectRef(ObjectRefKind.Function, PairStep.Name, PairStep.IdentityArguments);
        var mean = new ObjectRef(ObjectRefKind.Aggregate, Average.Name, Average.IdentityArguments);
        var collation = new ObjectRef(ObjectRefKind.Collation, CaseInsensitive.Name);
        if (aggregate)
        {
            yield return new Dependency(step, pair);
            yield return new Dependency(mean, step);
            yield return new Dependency(mean, pair);
        }

        if (collatedTable)
        {
            yield return new Dependency(new ObjectRef(ObjectRefKind.Column, Owners.Name, "name"), collation);
            yield return new Dependency(new ObjectRef(ObjectRefKind.Index, Owners.Name, "owners_name"), collation);
        }
    }

    private static int StepOf<T>(MigrationPlan plan, Func<T, bool>? match = null)
        where T : Operation =>
        plan.Steps.Single(s => s.Operation is T o && (match?.Invoke(o) ?? true)).Number;

    [Test]
    public void An_aggregate_is_created_after_its_state_function_and_type_and_dropped_before_them()
    {
        var empty = Model(aggregate: false);
        var create = MigrationPlanner.Plan(empty, Model(), PlanOptions.Default);
        var drop = MigrationPlanner.Plan(Model(), empty, PlanOptions.Default);

        Assert.That(StepOf<CreateType>(create), Is.LessThan(StepOf<CreateFunction>(create)));
        Assert.That(StepOf<CreateFunction>(create), Is.LessThan(StepOf<CreateAggregate>(create)));
        Assert.That(StepOf<DropAggregate>(drop), Is.LessThan(StepOf<DropFunction>(drop)));
        Assert.That(StepOf<DropAggregate>(drop), Is.LessThan(StepOf<DropType>(drop)));
        Assert.That(create.Remarks, Is.Empty);
    }

    [Test]
    public void A_collation_is_created_before_the_table_and_index_using_it_and_dropped_after_them()
    {
        var empty = Model(aggregate: false);
        var used = Model(aggregate: false, collation: true, table: true);
        var create = MigrationPlanner.Plan(empty, used, PlanOptions.Default);
        var drop = MigrationPlanner.Plan(used, empty, PlanOptions.Default);

        Assert.That(StepOf<CreateCollation>(create), Is.LessThan(StepOf<CreateTable>(create)));
        Assert.That(StepOf<CreateCollation>(create), Is.LessThan(StepOf<CreateIndex>(create)));
        Assert.That(StepOf<DropTable>(drop), Is.LessThan(StepOf<DropCollation>(drop)));
    }

    [Test]
    public void An_existing_column_moves_onto_a_new_collation_after_the_collation_exists()
    {
        var plain = Model(aggregate: false, table: true) with
        {
            Tables = [Owners with { Columns = [Column("name", "text", 1)], Indexes = [] }],
        };
        var plan = MigrationPlanner.Plan(plain, Model(aggregate: false, collation: true, table: true), PlanOptions.Default);
        var back = plan.Reverse();

        Assert.That(StepOf<CreateCollation>(plan), Is.LessThan(StepOf<AlterColumnType>(plan)));
        Assert.That(StepOf<CreateCollation>(plan), Is.LessThan(StepOf<CreateIndex>(plan)));
        Assert.That(StepOf<AlterColumnType>(back), Is.LessThan(StepOf<DropCollation>(back)));
        Assert.That(StepOf<DropIndex>(back), Is.LessThan(StepOf<DropCollation>(back)));
    }
}
