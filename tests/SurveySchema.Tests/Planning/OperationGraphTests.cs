using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>The graph orders steps by their footprints alone: each role pair gives an edge, and ties keep the differ's
/// order with non-transactional steps gathered last.</summary>
public sealed class OperationGraphTests
{
    private static readonly FootprintKey X = Footprint.Relation(Name("x"));

    /// <summary>Steps whose operations only tell them apart; the footprints carry the ordering.</summary>
    private static List<int> Order(out List<int> cycles, params (StepIsolation Isolation, Action<Footprint> Fill)[] steps)
    {
        var drafts = steps.Select((s, i) => new StepDraft(new CreateSchema("s" + i), s.Isolation)).ToList();
        var footprints = steps.Select(s =>
        {
            var footprint = new Footprint();
            s.Fill(footprint);
            return footprint;
        }).ToList();
        return new OperationGraph(drafts, footprints).Sort(out cycles);
    }

    private static List<int> Order(params (StepIsolation Isolation, Action<Footprint> Fill)[] steps)
    {
        var order = Order(out var cycles, steps);
        Assert.That(cycles, Is.Empty);
        return order;
    }

    private static (StepIsolation, Action<Footprint>) Shared(Action<Footprint> fill) => (StepIsolation.Shared, fill);

    [Test]
    public void Without_edges_the_differ_order_stays()
    {
        Assert.That(Order(Shared(_ => { }), Shared(_ => { }), Shared(_ => { })), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void A_creator_runs_before_the_step_that_needs_it()
    {
        Assert.That(Order(Shared(f => f.Needs.Add(X)), Shared(f => f.Creates.Add(X))), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void A_releaser_runs_before_the_remover_and_the_replacer()
    {
        Assert.That(Order(Shared(f => f.Removes.Add(X)), Shared(f => f.Releases.Add(X))), Is.EqualTo(new[] { 1, 0 }));
        Assert.That(Order(Shared(f => f.Replaces.Add(X)), Shared(f => f.Releases.Add(X))), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void A_replacer_runs_before_the_steps_that_need_the_object_again()
    {
        Assert.That(Order(Shared(f => f.Needs.Add(X)), Shared(f => f.Replaces.Add(X))), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void A_remover_runs_before_the_step_that_creates_the_same_key_again()
    {
        Assert.That(Order(Shared(f => f.Creates.Add(X)), Shared(f => f.Removes.Add(X))), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void Steps_outside_a_transaction_gather_after_the_others_unless_an_edge_says_otherwise()
    {
        var order = Order((StepIsolation.NoTransaction, _ => { }), Shared(_ => { }), (StepIsolation.OwnTransaction, _ => { }));

        Assert.That(order, Is.EqualTo(new[] { 1, 2, 0 }));
        Assert.That(
            Order((StepIsolation.NoTransaction, f => f.Creates.Add(X)), Shared(f => f.Needs.Add(X))),
            Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void The_changes_of_one_column_keep_the_differ_order()
    {
        var column = Footprint.Column(Name("t"), "c");

        var order = Order((StepIsolation.NoTransaction, f => f.ColumnChain = column), Shared(f => f.ColumnChain = column));

        Assert.That(order, Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void The_columns_added_to_one_table_come_in_declared_order()
    {
        var drafts = new[] { Column("b", "integer", 2), Column("a", "integer", 1) }
            .Select(c => new StepDraft(new AddColumn(Name("t"), c), StepIsolation.Shared)).ToList();

        var order = new OperationGraph(drafts, [new Footprint(), new Footprint()]).Sort(out _);

        Assert.That(order, Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void A_cycle_is_broken_at_its_earliest_step_and_reported()
    {
        var y = Footprint.Type(Name("y"));

        var order = Order(out var cycles, Shared(_ => { }), Shared(f => { f.Creates.Add(X); f.Needs.Add(y); }), Shared(f => { f.Creates.Add(y); f.Needs.Add(X); }));

        Assert.That(order, Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(cycles, Is.EqualTo(new[] { 1 }));
    }
}
