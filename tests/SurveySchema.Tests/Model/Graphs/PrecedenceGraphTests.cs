using SurveySchema.Model.Graphs;

namespace SurveySchema.Tests.Model.Graphs;

/// <summary>The one topological sort the project loader and the planner share: edges first, then the smallest
/// priority among the ready nodes, then the smaller node number; cycles stop the sort or are placed by priority.</summary>
public sealed class PrecedenceGraphTests
{
    private static PrecedenceGraph Graph(int count, params (int Before, int After)[] edges)
    {
        var graph = new PrecedenceGraph(count);
        foreach (var (before, after) in edges)
        {
            graph.AddEdge(before, after);
        }

        return graph;
    }

    private static int[] Flat(int count) => new int[count];

    [Test]
    public void Without_edges_the_nodes_come_by_priority_then_by_number()
    {
        var sorted = Graph(4).Sort(new[] { 1, 0, 1, 0 }, CycleHandling.Stop);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 1, 3, 0, 2 }));
        Assert.That(sorted.OnCycles, Is.Empty);
    }

    [Test]
    public void An_edge_wins_over_priority()
    {
        var sorted = Graph(3, (2, 0)).Sort(Flat(3), CycleHandling.Stop);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 1, 2, 0 }));
    }

    [Test]
    public void A_node_becomes_ready_when_its_last_predecessor_is_placed_and_then_competes_by_priority()
    {
        // 0 → 2 and 1 → 2; 3 is ready from the start but has a larger priority than 2.
        var sorted = Graph(4, (0, 2), (1, 2)).Sort(new[] { 0, 0, 0, 5 }, CycleHandling.Stop);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Priorities_of_any_comparable_type_order_ties()
    {
        var sorted = Graph(3).Sort(new[] { "b", "c", "a" }, CycleHandling.Stop);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 2, 0, 1 }));
    }

    [Test]
    public void Self_edges_are_ignored_and_a_repeated_edge_counts_once()
    {
        var graph = new PrecedenceGraph(2);

        Assert.That(new[] { graph.AddEdge(0, 0), graph.AddEdge(1, 0), graph.AddEdge(1, 0) }, Is.EqualTo(new[] { false, true, false }));
        Assert.That(graph.Sort(Flat(2), CycleHandling.Stop).Order, Is.EqualTo(new[] { 1, 0 }));
        Assert.That(graph.Successors(1), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void Stop_leaves_the_nodes_on_and_behind_a_cycle_out_by_priority()
    {
        // 1 ⇄ 2 is a cycle; 3 waits behind it; 0 is free.
        var graph = Graph(4, (1, 2), (2, 1), (2, 3));

        var sorted = graph.Sort(new[] { 0, 9, 8, 0 }, CycleHandling.Stop);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 0 }));
        Assert.That(sorted.OnCycles, Is.EqualTo(new[] { 3, 2, 1 }));
        Assert.That(graph.Cycles(sorted.OnCycles).Select(c => c.Order()), Is.EqualTo(new[] { new[] { 1, 2 } }));
    }

    [Test]
    public void Place_smallest_breaks_a_cycle_at_its_smallest_priority_and_goes_on()
    {
        var graph = Graph(4, (1, 2), (2, 1), (2, 3));

        var sorted = graph.Sort(new[] { 0, 9, 8, 10 }, CycleHandling.PlaceSmallest);

        Assert.That(sorted.Order, Is.EqualTo(new[] { 0, 2, 1, 3 }));
        Assert.That(sorted.OnCycles, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Cycles_are_the_strongly_connected_components_of_more_than_one_node()
    {
        var graph = Graph(6, (0, 1), (1, 2), (2, 0), (3, 4), (4, 3), (2, 5));

        var cycles = graph.Cycles([0, 1, 2, 3, 4, 5]).Select(c => c.Order().ToArray()).OrderBy(c => c[0]).ToList();

        Assert.That(cycles, Is.EqualTo(new[] { new[] { 0, 1, 2 }, new[] { 3, 4 } }));
    }

    [Test]
    public void Priorities_must_cover_every_node()
    {
        Assert.That(() => Graph(2).Sort(Flat(1), CycleHandling.Stop), Throws.ArgumentException);
    }
}
