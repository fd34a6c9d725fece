namespace SurveySchema.Parsing.Ordering;

/// <summary>Statements as nodes, "must run before" as edges; a topological sort that always takes the
/// ready statement with the smallest <see cref="OrderingKey"/> (Kahn's algorithm with a priority
/// queue), and the strongly connected components of what could not be sorted.</summary>
internal sealed class StatementGraph
{
    private readonly List<HashSet<int>> _dependents;
    private readonly int[] _dependencyCount;

    public StatementGraph(int count)
    {
        _dependents = [.. Enumerable.Range(0, count).Select(_ => new HashSet<int>())];
        _dependencyCount = new int[count];
    }

    public int Count => _dependencyCount.Length;

    /// <summary><paramref name="dependency"/> must run before <paramref name="dependent"/>.</summary>
    public void AddEdge(int dependency, int dependent)
    {
        if (dependency != dependent && _dependents[dependency].Add(dependent))
        {
            _dependencyCount[dependent]++;
        }
    }

    /// <summary>The sorted statements, and those left over because they sit on or behind a cycle.</summary>
    public (IReadOnlyList<int> Order, IReadOnlyList<int> Remaining) Sort(IReadOnlyList<OrderingKey> keys)
    {
        var waiting = (int[])_dependencyCount.Clone();
        var ready = new PriorityQueue<int, OrderingKey>();
        for (var node = 0; node < Count; node++)
        {
            if (waiting[node] == 0)
            {
                ready.Enqueue(node, keys[node]);
            }
        }

        var order = new List<int>(Count);
        while (ready.TryDequeue(out var node, out _))
        {
            order.Add(node);
            foreach (var dependent in _dependents[node])
            {
                if (--waiting[dependent] == 0)
                {
                    ready.Enqueue(dependent, keys[dependent]);
                }
            }
        }

        var remaining = Enumerable.Range(0, Count).Where(node => waiting[node] > 0).OrderBy(node => keys[node]).ToList();
        return (order, remaining);
    }

    /// <summary>The cycles among <paramref name="nodes"/>: strongly connected components with more than
    /// one statement (Tarjan's algorithm).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cycles(IReadOnlyCollection<int> nodes)
    {
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
            foreach (var next in _dependents[node].Where(inScope.Contains))
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
