namespace SurveySchema.Diff.Differs;

/// <summary>The parents a table has on both sides (its partitioned table, the tables it INHERITS from): what
/// PostgreSQL passes down from them (columns, their types, defaults and NOT NULL as changed on the parent)
/// is changed on the parent alone.</summary>
internal sealed class TableLineage
{
    private readonly DiffContext context;
    private readonly List<(Table Current, Table Desired)> parents;

    private TableLineage(DiffContext context, List<(Table Current, Table Desired)> parents)
    {
        this.context = context;
        this.parents = parents;
    }

    public static TableLineage Of(DiffContext context, Table current, Table desired)
    {
        var shared = ParentNames(current).Intersect(ParentNames(desired));
        var parents = shared
            .Select(name => (Current: Find(context.Current, name), Desired: Find(context.Desired, name)))
            .Where(p => p.Current is not null && p.Desired is not null)
            .Select(p => (p.Current!, p.Desired!))
            .ToList();
        return new TableLineage(context, parents);
    }

    /// <summary>The parent that has (or had) <paramref name="column"/>, with its column on each side; null when
    /// the column is the table's own.</summary>
    public InheritedColumn? For(string column)
    {
        foreach (var (current, desired) in parents)
        {
            var was = current.Columns.FirstOrDefault(c => c.Name == column);
            var wanted = desired.Columns.FirstOrDefault(c => c.Name == column);
            if (was is not null || wanted is not null)
            {
                return new InheritedColumn(Root(desired, column), was, wanted);
            }
        }

        return null;
    }

    /// <summary>The partitioned table, then the INHERITS parents.</summary>
    public static IEnumerable<QualifiedName> ParentNames(Table table) =>
        table.PartitionOf is { } partition ? table.Inherits.Prepend(partition.Parent) : table.Inherits;

    /// <summary>How many tables are above <paramref name="table"/> in the desired state: parents are compared
    /// first, so a child's own changes to an inherited column follow the parent's in the differ's order.</summary>
    public static int Depth(DatabaseModel model, Table table)
    {
        var depth = 0;
        for (var parents = ParentNames(table).ToList(); parents.Count > 0 && depth < 32; depth++)
        {
            parents = Find(model, parents[0]) is { } found ? [.. ParentNames(found)] : [];
        }

        return depth;
    }

    /// <summary>The topmost table the column comes down from.</summary>
    private QualifiedName Root(Table parent, string column)
    {
        var root = parent;
        for (var i = 0; i < 32; i++)
        {
            var above = ParentNames(root)
                .Select(n => Find(context.Desired, n))
                .FirstOrDefault(t => t is not null && t.Columns.Any(c => c.Name == column));
            if (above is null)
            {
                break;
            }

            root = above;
        }

        return root.Name;
    }

    private static Table? Find(DatabaseModel model, QualifiedName name) => model.Tables.FirstOrDefault(t => t.Name == name);
}

/// <summary>A column a table gets from a parent: the topmost parent, and the parent's column before and after.</summary>
internal sealed record InheritedColumn(QualifiedName Root, Column? ParentCurrent, Column? ParentDesired)
{
    /// <summary>The parent keeps the column: its changes come down to the child.</summary>
    public bool Kept => ParentCurrent is not null && ParentDesired is not null;

    public bool TypeChanges => Kept && (ParentCurrent!.Type != ParentDesired!.Type || ParentCurrent.Collation != ParentDesired.Collation);

    /// <summary>The parent's default is dropped or set (and with it every child's): on a change, and around
    /// a type change (see <see cref="ColumnDiffer"/>).</summary>
    public bool DefaultRedone => Kept && (ParentCurrent!.Default != ParentDesired!.Default || (TypeChanges && ParentCurrent.Default is not null));

    public bool NotNullChanges => Kept && ParentCurrent!.NotNull != ParentDesired!.NotNull;
}
