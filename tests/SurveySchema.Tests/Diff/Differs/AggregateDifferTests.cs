using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Aggregates (<c>AggregateDiffer</c>): what the differ emits for each change, as operations. The collation
/// fixtures stay here because the collation tests share the model builder.</summary>
public sealed class AggregateDifferTests
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

    internal static DatabaseModel With(Aggregate[]? aggregates = null, Collation[]? collations = null, Function[]? functions = null, Table[]? tables = null) =>
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
        var target = new ObjectTarget(ObjectRefKind.Aggregate, Accumulate.Name, "numeric");

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

        Assert.That(operations, Is.EqualTo(new Operation[] { new SetComment(new ObjectTarget(ObjectRefKind.Aggregate, Accumulate.Name, "numeric"), "sum", null) }));
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
            new SetComment(new ObjectTarget(ObjectRefKind.Aggregate, Accumulate.Name, "numeric"), "half", null),
        }));
    }
}
