using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Orders steps by their footprints: a topological sort (Kahn) of the edges the footprints imply,
/// ties broken by (transaction needs, differ order) so the result is deterministic and statements that
/// must run outside a transaction gather at the end instead of splitting the script into many pieces.</summary>
/// <remarks>Edges: creator → user; releaser (drops a dependent) → remover or replacer; replacer → user
/// (dependents are re-created after); remover → re-creator of the same key; and the attribute changes of one
/// column keep the differ's order (drop default before changing the type, set it after).
/// The columns added to one table keep their declared order.</remarks>
internal sealed class OperationGraph
{
    private readonly IReadOnlyList<StepDraft> drafts;
    private readonly List<HashSet<int>> successors;
    private readonly int[] incoming;

    public OperationGraph(IReadOnlyList<StepDraft> drafts, IReadOnlyList<Footprint> footprints)
    {
        this.drafts = drafts;
        successors = [.. drafts.Select(_ => new HashSet<int>())];
        incoming = new int[drafts.Count];
        var byKey = (Func<Footprint, HashSet<string>> role) => Index(footprints, role);
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
        var lastOnColumn = new Dictionary<string, int>();
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
        cycles = [];
        var remaining = (int[])incoming.Clone();
        var ready = new SortedSet<(int Rank, int Index)>();
        var placed = new bool[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            if (remaining[i] == 0)
            {
                ready.Add(Priority(i));
            }
        }

        var order = new List<int>(drafts.Count);
        while (order.Count < drafts.Count)
        {
            int next;
            if (ready.Count > 0)
            {
                next = ready.Min.Index;
                ready.Remove(ready.Min);
            }
            else
            {
                // A cycle: place the earliest step of it in the differ's order and go on.
                next = Enumerable.Range(0, drafts.Count).Where(i => !placed[i]).MinBy(Priority);
                cycles.Add(next);
            }

            placed[next] = true;
            order.Add(next);
            foreach (var successor in successors[next])
            {
                if (!placed[successor] && --remaining[successor] == 0)
                {
                    ready.Add(Priority(successor));
                }
            }
        }

        return order;
    }

    private (int, int) Priority(int index) => ((int)drafts[index].Isolation, index);

    private static Dictionary<string, List<int>> Index(IReadOnlyList<Footprint> footprints, Func<Footprint, HashSet<string>> role)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
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

    private void Connect(Dictionary<string, List<int>> before, Dictionary<string, List<int>> after)
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

    private void Edge(int from, int to)
    {
        if (from != to && successors[from].Add(to))
        {
            incoming[to]++;
        }
    }
}
