namespace SurveySchema.Diff.Differs;

/// <summary>The two models being compared, and the operations found so far, by phase.</summary>
internal sealed class DiffContext(DatabaseModel current, DatabaseModel desired)
{
    private readonly SortedDictionary<DiffPhase, List<Operation>> operations = [];

    /// <summary>The current model, after declared renames have been applied to it.</summary>
    public DatabaseModel Current { get; set; } = current;

    public DatabaseModel Desired { get; } = desired;

    public List<Remark> Remarks { get; } = [];

    /// <summary>Types that are recreated (an enum label removed): columns of the type are converted.</summary>
    public HashSet<QualifiedName> RecreatedTypes { get; } = [];

    /// <summary>The schema PostGIS lives in (for qualifying ST_* functions in USING clauses).</summary>
    public string? PostGisSchema =>
        Desired.Extensions.FirstOrDefault(e => e.Name == "postgis")?.Schema
        ?? Current.Extensions.FirstOrDefault(e => e.Name == "postgis")?.Schema;

    /// <summary>The current model's dependency edges (after declared renames).</summary>
    public DependencyGraph CurrentEdges => currentEdges ??= DependencyGraph.Of(Current);

    private DependencyGraph? currentEdges;

    /// <summary>Takes back operations found earlier: an object recreated as a dependent gets its full definition
    /// (comments, grants) from its create, not the changes found when it was compared.</summary>
    public void RemoveWhere(Func<Operation, bool> match)
    {
        foreach (var list in operations.Values)
        {
            list.RemoveAll(o => match(o));
        }
    }

    /// <summary>The operations found so far, in phase order.</summary>
    public IEnumerable<Operation> Found => operations.Values.SelectMany(o => o);

    public void Add(DiffPhase phase, Operation operation)
    {
        if (!operations.TryGetValue(phase, out var list))
        {
            list = [];
            operations.Add(phase, list);
        }

        list.Add(operation);
    }

    public EquatableArray<Operation> Operations() => operations.Values.SelectMany(o => o).ToEquatableArray();
}
