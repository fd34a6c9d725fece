using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff;

/// <summary>Aggregates and collations: what the differ emits for each change, as operations.</summary>
public sealed class AggregateAndCollationDifferTests
{
    internal static readonly Function Step = new(Name("add_step"), "state numeric, value numeric")
    {
        Arguments = "state numeric, value numeric",
        Result = "numeric",
        Definition = "CREATE OR REPLACE FUNCTION public.add_step(state numeric, value numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT state + value $$",
        Grants = [new Grant(Grant.Public, "EXECUTE")],
    };

    internal static readonly Aggregate Accumulate = new(Name("accumulate"), "numeric")
    {
        Arguments = "numeric",
        StateFunction = Name("add_step"),
        StateType = "numeric",
        InitialCondition = "0",
        Grants = [new Grant(Grant.Public, "EXECUTE")],
    };

    internal static readonly Collation CaseInsensitive = new(Name("case_insensitive"))
    {
        Provider = CollationProvider.Icu,
        Locale = "und-u-ks-level2",
        Deterministic = false,
    };

    private static DatabaseModel With(Aggregate[]? aggregates = null, Collation[]? collations = null, Function[]? functions = null, Table[]? tables = null) =>
        (Db(tables ?? []) with { Aggregates = [.. aggregates ?? []], Collations = [.. collations ?? []], Functions = [.. functions ?? []] }).ToCanonical();

    [Test]
    public void A_new_aggregate_is_one_CreateAggregate_and_keeps_the_default_execute_grant()
    {
        var operations = SchemaDiffer.Diff(With(functions: [Step]), With([Accumulate], functions: [Step]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new CreateAggregate(Accumulate) }));
    }

    [Test]
    public void A_revoked_execute_and_a_comment_on_a_new_aggregate_follow_its_creation()
    {
        var desired = Accumulate with { Grants = [], Comment = "sum" };
        var target = new ObjectTarget(ObjectKind.Aggregate, Accumulate.Name, "numeric");

        var operations = SchemaDiffer.Diff(With(functions: [Step]), With([desired], functions: [Step]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new CreateAggregate(desired),
            new RevokePrivilege(target, new Grant(Grant.Public, "EXECUTE")),
            new SetComment(target, "sum", null),
        }));
    }

    [Test]
    public void A_dropped_aggregate_is_one_DropAggregate()
    {
        var operations = SchemaDiffer.Diff(With([Accumulate], functions: [Step]), With(functions: [Step]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropAggregate(Accumulate) }));
    }

    [Test]
    public void A_comment_alone_is_a_SetComment_not_a_recreation()
    {
        var commented = Accumulate with { Comment = "sum" };

        var operations = SchemaDiffer.Diff(With([Accumulate], functions: [Step]), With([commented], functions: [Step]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new SetComment(new ObjectTarget(ObjectKind.Aggregate, Accumulate.Name, "numeric"), "sum", null) }));
    }

    [Test]
    public void A_changed_aggregate_is_dropped_and_created_again_with_its_comment()
    {
        var changed = Accumulate with { InitialCondition = "10", FinalFunction = Name("halve"), Comment = "half" };

        var operations = SchemaDiffer.Diff(With([Accumulate], functions: [Step]), With([changed], functions: [Step]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropAggregate(Accumulate),
            new CreateAggregate(changed),
            new SetComment(new ObjectTarget(ObjectKind.Aggregate, Accumulate.Name, "numeric"), "half", null),
        }));
    }

    [Test]
    public void Collations_are_created_dropped_and_commented()
    {
        var bytewise = new Collation(Name("bytewise")) { Locale = "C" };

        var operations = SchemaDiffer.Diff(With(collations: [bytewise]), With(collations: [CaseInsensitive with { Comment = "no case" }]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropCollation(bytewise),
            new CreateCollation(CaseInsensitive with { Comment = "no case" }),
            new SetComment(new ObjectTarget(ObjectKind.Collation, CaseInsensitive.Name), "no case", null),
        }));
    }

    [Test]
    public void A_changed_collation_is_dropped_and_created_again_and_columns_using_it_are_named()
    {
        var table = Table("owners", Column("name", "text", 1) with { Collation = "public.case_insensitive" });
        var changed = CaseInsensitive with { Locale = "und-u-ks-level1" };

        var current = With(collations: [CaseInsensitive], tables: [table]) with
        {
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.Column, table.Name, "name"), new ObjectRef(ObjectRefKind.Collation, CaseInsensitive.Name))],
        };

        var difference = SchemaDiffer.Compare(current, With(collations: [changed], tables: [table]), DiffOptions.Default);

        Assert.That(difference.Operations, Is.EqualTo(new Operation[] { new DropCollation(CaseInsensitive), new CreateCollation(changed) }));
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.CollationRecreated }));
        Assert.That(difference.Remarks.Single().Text, Does.Contain("public.owners.name"), "the remark names the column that uses the collation");
    }
}
