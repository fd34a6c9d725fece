using SurveySchema.Diff;
using SurveySchema.Model.Graphs;

namespace SurveySchema.Planning;

/// <summary>Orders steps by their footprints: a topological sort (<see cref="PrecedenceGraph"/>) of the edges the footprints imply,
/// ties broken by (transaction needs, differ order) so the result is deterministic and statements that
/// must run outside a transaction gather at the end instead of splitting the script into many pieces.</summary>
/// <remarks>Edges: creator → user; releaser (drops a dependent) → remover or replacer; replacer → user
/// (dependents are re-created after); remover → re-creator of the same key; and the attribute changes of one
/// column keep the differ's order (drop default before changing the type, set it after).
/// The columns added to one table keep their declared order.</remarks>
internal sealed class OperationGraph
{
    private readonly IReadOnlyList<StepDraft> drafts;
    private readonly PrecedenceGraph graph;

    public OperationGraph(IReadOnlyList<StepDraft> drafts, IReadOnlyList<Footprint> footprints)
    {
        this.drafts = drafts;
        graph = new PrecedenceGraph(drafts.Count);
        var byKey = (Func<Footprint, HashSet<FootprintKey>> role) => Index(footprints, role);
        var creates = byKey(f => f.Creates);
        var needs = byKey(f => f.Needs);
        var removes = byKey(f => f.Removes);
        var releases = byKey(f => f.Releases);
        var replaces = byKey(f => f.Replaces);
        Connect(creates, needs);
        Connect(releases, removes);
        Connect(releases, replaces);
        Connect(replaces, needs);
        Connect(removes, creates);
        var lastOnColumn = new Dictionary<FootprintKey, int>();
        for (var i = 0; i < footprints.Count; i++)
        {
            if (footprints[i].ColumnChain is { } column)
            {
                if (lastOnColumn.TryGetValue(column, out var previous))
                {
                    Edge(previous, i);
                }

                lastOnColumn[column] = i;
            }
        }

        AddColumnsInDeclaredOrder();
    }

    /// <summary>PostgreSQL appends each added column at the end, so the order of the ADD COLUMN statements is the
    /// table's column order: the columns one table gains are chained in their declared order, whatever segment
    /// (an enum label to commit first, say) one of them waits for.</summary>
    private void AddColumnsInDeclaredOrder()
    {
        var added = drafts.Select((d, i) => (Operation: d.Operation as AddColumn, Index: i))
            .Where(a => a.Operation is not null)
            .GroupBy(a => a.Operation!.Table);
        foreach (var table in added)
        {
            var ordered = table.OrderBy(a => a.Operation!.Column.Ordinal).ThenBy(a => a.Index).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Edge(ordered[i - 1].Index, ordered[i].Index);
            }
        }
    }

    /// <summary>Step indexes in execution order; <paramref name="cycles"/> names steps placed despite a cycle.</summary>
    public List<int> Sort(out List<int> cycles)
    {
        // A cycle places its earliest step in (transaction needs, differ order) and goes on.
        var sorted = graph.Sort(drafts.Select(d => (int)d.Isolation).ToList(), CycleHandling.PlaceSmallest);
        cycles = [.. sorted.OnCycles];
        return [.. sorted.Order];
    }

    private static Dictionary<FootprintKey, List<int>> Index(IReadOnlyList<Footprint> footprints, Func<Footprint, HashSet<FootprintKey>> role)
    {
        var index = new Dictionary<FootprintKey, List<int>>();
        for (var i = 0; i < footprints.Count; i++)
        {
            foreach (var key in role(footprints[i]))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    list = [];
                    index.Add(key, list);
                }

                list.Add(i);
            }
        }

        return index;
    }

    private void Connect(Dictionary<FootprintKey, List<int>> before, Dictionary<FootprintKey, List<int>> after)
    {
        foreach (var (key, first) in before)
        {
            if (!after.TryGetValue(key, out var second))
            {
                continue;
            }

            foreach (var from in first)
            {
                foreach (var to in second)
                {
                    Edge(from, to);
                }
            }
        }
    }

    private void Edge(int from, int to) => graph.AddEdge(from, to);
}
