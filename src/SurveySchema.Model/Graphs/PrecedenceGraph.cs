namespace SurveySchema.Model.Graphs;

/// <summary>Nodes <c>0 … Count-1</c> with "runs before" edges, and the one topological sort both the project
/// loader (statements) and the planner (steps) order by: Kahn's algorithm that always takes the ready node with
/// the smallest priority, ties broken by the smaller node number, so equal inputs give equal orders.</summary>
public sealed class PrecedenceGraph
{
    private readonly List<HashSet<int>> successors;
    private readonly int[] predecessorCount;

    public PrecedenceGraph(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        successors = [.. Enumerable.Range(0, count).Select(_ => new HashSet<int>())];
        predecessorCount = new int[count];
    }

    public int Count => predecessorCount.Length;

    /// <summary><paramref name="before"/> runs before <paramref name="after"/>. An edge from a node to itself
    /// means nothing and is ignored; an edge given twice counts once.</summary>
    /// <returns>Whether the edge is new.</returns>
    public bool AddEdge(int before, int after)
    {
        if (before == after || !successors[before].Add(after))
        {
            return false;
        }

        predecessorCount[after]++;
        return true;
    }

    /// <summary>The nodes that run after <paramref name="node"/> directly.</summary>
    public IReadOnlyCollection<int> Successors(int node) => successors[node];

    /// <summary>The nodes in an order that respects every edge, taking the smallest ready priority first.</summary>
    /// <param name="priorities">One per node: which of the nodes ready at the same time comes first.</param>
    /// <param name="cycles">What to do when every node left waits for another.</param>
    public TopologicalOrder Sort<TPriority>(IReadOnlyList<TPriority> priorities, CycleHandling cycles)
        where TPriority : IComparable<TPriority>
    {
        ArgumentNullException.ThrowIfNull(priorities);
        if (priorities.Count != Count)
        {
            throw new ArgumentException($"{priorities.Count} priorities for {Count} nodes", nameof(priorities));
        }

        var first = Comparer<int>.Create((a, b) =>
        {
            var byPriority = priorities[a].CompareTo(priorities[b]);
            return byPriority != 0 ? byPriority : a.CompareTo(b);
        });
        var waiting = (int[])predecessorCount.Clone();
        var placed = new bool[Count];
        var ready = new SortedSet<int>(Enumerable.Range(0, Count).Where(n => waiting[n] == 0), first);
        var order = new List<int>(Count);
        var forced = new List<int>();
        while (order.Count < Count)
        {
            int next;
            if (ready.Count > 0)
            {
                next = ready.Min;
                ready.Remove(next);
            }
            else if (cycles == CycleHandling.PlaceSmallest)
            {
                next = Enumerable.Range(0, Count).Where(n => !placed[n]).Order(first).First();
                forced.Add(next);
            }
            else
            {
                break;
            }

            placed[next] = true;
            order.Add(next);
            foreach (var successor in successors[next])
            {
                if (!placed[successor] && --waiting[successor] == 0)
                {
                    ready.Add(successor);
                }
            }
        }

        var left = cycles == CycleHandling.Stop ? Enumerable.Range(0, Count).Where(n => !placed[n]).Order(first).ToList() : forced;
        return new TopologicalOrder(order, left);
    }

    /// <summary>The cycles among <paramref name="nodes"/>: strongly connected components of more than one node
    /// (Tarjan's algorithm), for naming what could not be sorted.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cycles(IReadOnlyCollection<int> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var inScope = nodes.ToHashSet();
        var index = new Dictionary<int, int>();
        var lowLink = new Dictionary<int, int>();
        var onStack = new HashSet<int>();
        var stack = new Stack<int>();
        var components = new List<IReadOnlyList<int>>();
        var counter = 0;

        void Connect(int node)
        {
            index[node] = lowLink[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in successors[node].Where(inScope.Contains))
            {
                if (!index.ContainsKey(next))
                {
                    Connect(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], index[next]);
                }
            }

            if (lowLink[node] == index[node])
            {
                var component = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    components.Add(component);
                }
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Connect(node);
        }

        return components;
    }
}

/// <summary>What <see cref="PrecedenceGraph.Sort"/> does when every node left waits for another.</summary>
public enum CycleHandling
{
    /// <summary>Stop there: the nodes on or behind a cycle stay out of the order (the project loader splits a
    /// foreign key out, or reports the cycle).</summary>
    Stop,

    /// <summary>Place the waiting node with the smallest priority anyway and go on (the planner remarks it).</summary>
    PlaceSmallest,
}

/// <summary>The result of <see cref="PrecedenceGraph.Sort"/>.</summary>
/// <param name="Order">The nodes in execution order.</param>
/// <param name="OnCycles">With <see cref="CycleHandling.Stop"/>, the nodes left out of <paramref name="Order"/>, by
/// priority; with <see cref="CycleHandling.PlaceSmallest"/>, the nodes placed despite a cycle, in the order placed.</param>
public sealed record TopologicalOrder(IReadOnlyList<int> Order, IReadOnlyList<int> OnCycles);
