namespace SurveySchema.Diff.Differs;

/// <summary>Tables: created, dropped, or compared part by part (columns, constraints, indexes, triggers,
/// row level security, policies, options, grants, comments).</summary>
internal static class TableDiffer
{
    public static void Diff(DiffContext context)
    {
        var tables = Matching.Match(context.Current.Tables, context.Desired.Tables, t => t.Name);
        var rebuilt = Rebuilt(tables.Both);
        foreach (var (current, desired) in rebuilt)
        {
            // PostgreSQL has no ALTER for a partition key, nor for making a table partitioned or plain: the table
            // (with its partitions) is dropped and created anew; the drop carries its data-loss hazard.
            context.Remarks.Add(new Remark(RemarkCodes.PartitioningRecreated, $"table {desired.Name}: its partitioning changes ({current.PartitionKey ?? "plain"} to {desired.PartitionKey ?? "plain"}), which PostgreSQL cannot alter: it is dropped and created again, without its rows"));
        }

        var dropped = tables.Dropped.Concat(rebuilt.Select(p => p.Current)).ToList();
        foreach (var candidate in dropped)
        {
            var table = WithoutForeignKeysBetweenDropped(context, candidate, dropped);
            if (table.PartitionOf is { } partition && context.Desired.Tables.Any(t => t.Name == partition.Parent))
            {
                // Out of the partitioned table first, which stays: its queries no longer see the rows being dropped.
                context.Add(DiffPhase.DropDependents, new DetachPartition(table.Name, partition));
            }

            context.Add(DiffPhase.DropTables, new DropTable(table));
        }

        var created = tables.Created.Concat(rebuilt.Select(p => p.Desired)).ToList();
        foreach (var table in created)
        {
            Create(context, table);
        }

        // Parents before their partitions and children: a child's own change to an inherited column follows the parent's.
        // The rebuilt are left out by name: a set of the pairs themselves would hash every table whole, which at
        // 5 000 tables cost more than comparing them (equal tables are most often one instance, compared at once).
        var rebuiltNames = rebuilt.Select(p => p.Desired.Name).ToHashSet();
        foreach (var (current, desired) in tables.Both
            .Where(p => !rebuiltNames.Contains(p.Desired.Name))
            .OrderBy(p => TableLineage.Depth(context.Desired, p.Desired)))
        {
            if (!NothingToCompare(current, desired))
            {
                Compare(context, current, desired);
            }
        }

        foreach (var table in created.Where(t => t.PartitionOf is not null))
        {
            ColumnDiffer.NewPartition(context, table);
        }
    }

    /// <summary>Foreign keys between dropped tables that DROP TABLE (without CASCADE) could not get past are dropped
    /// first, on their own: those on a cycle of references (no table of the cycle could go first), and those to a
    /// partitioned table, whose partitions the key depends on too while each partition is dropped by itself. The
    /// others only order the drops: the referencing table goes first.</summary>
    private static Table WithoutForeignKeysBetweenDropped(DiffContext context, Table table, IReadOnlyCollection<Table> dropped)
    {
        var between = table.Constraints
            .Where(c => !c.IsInherited && c.ForeignKey is { } fk && fk.ReferencedTable != table.Name
                && dropped.FirstOrDefault(t => t.Name == fk.ReferencedTable) is { } referenced
                && (referenced.PartitionKey is not null || Reaches(dropped, referenced.Name, table.Name)))
            .ToList();
        foreach (var constraint in between)
        {
            context.Add(DiffPhase.DropConstraints, new DropConstraint(table.Name, constraint));
        }

        return between.Count == 0 ? table : table with { Constraints = [.. table.Constraints.Except(between)] };
    }

    /// <summary>Whether a chain of foreign keys among the dropped tables leads from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Reaches(IReadOnlyCollection<Table> dropped, QualifiedName from, QualifiedName to)
    {
        var seen = new HashSet<QualifiedName> { from };
        var pending = new Stack<QualifiedName>([from]);
        while (pending.TryPop(out var name))
        {
            var references = dropped.FirstOrDefault(t => t.Name == name)?.Constraints
                .Where(c => !c.IsInherited)
                .Select(c => c.ForeignKey?.ReferencedTable)
                .OfType<QualifiedName>() ?? [];
            foreach (var next in references)
            {
                if (next == to)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }

    /// <summary>Tables on both sides whose partition key changes (or that become partitioned or plain), and the
    /// partitions of those: DROP TABLE takes a partitioned table's partitions with it.</summary>
    private static List<(Table Current, Table Desired)> Rebuilt(IReadOnlyList<(Table Current, Table Desired)> both)
    {
        var names = both.Where(p => p.Current.PartitionKey != p.Desired.PartitionKey).Select(p => p.Desired.Name).ToHashSet();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var (current, _) in both)
            {
                if (current.PartitionOf is { } partition && names.Contains(partition.Parent) && names.Add(current.Name))
                {
                    grown = true;
                }
            }
        }

        return [.. both.Where(p => names.Contains(p.Desired.Name))];
    }

    private static void Create(DiffContext context, Table table)
    {
        context.Add(DiffPhase.CreateTables, new CreateTable(table));
        var empty = new Table(table.Name);
        ConstraintDiffer.Diff(context, empty, table with { Constraints = [.. table.Constraints.Where(c => !IsInline(c))] });
        IndexDiffer.Diff(context, table.Name, [], table.Indexes);
        TriggerDiffer.Diff(context, table.Name, [], table.Triggers);
        RowSecurity(context, empty, table);
        PolicyDiffer.Diff(context, table.Name, [], table.Policies);
        CommentGrantOwnerDiffer.GrantsOnCreate(context, new ObjectTarget(ObjectRefKind.Table, table.Name), table.Grants);
        CommentGrantOwnerDiffer.Owner(context, new ObjectTarget(ObjectRefKind.Table, table.Name), null, table.Owner);
        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Table, table.Name), null, table.Comment);
        foreach (var column in table.Columns)
        {
            // Comments and column grants belong to each table, inherited column or not.
            ColumnDiffer.Labels(context, table.Name, null, column);
        }

        foreach (var constraint in table.Constraints.Where(c => IsInline(c) && c.Comment is not null))
        {
            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Constraint, table.Name, constraint.Name), null, constraint.Comment);
        }
    }

    /// <summary>Constraints written inside CREATE TABLE: all but foreign keys (which wait until the
    /// referenced table exists) and those a partition inherits.</summary>
    internal static bool IsInline(Constraint constraint) =>
        constraint.Kind != ConstraintKind.ForeignKey && !constraint.IsInherited;

    /// <summary>An equal table with no parent yields no operation and no remark: every part differ compares its
    /// two sides and finds them equal. Only a parent's changes (which come down to a child that is equal itself)
    /// and an invalid index (rebuilt even when its definition is unchanged) make an equal table act; at thousands
    /// of tables the part differs' matching is most of a diff's time, the record comparison a small part.</summary>
    private static bool NothingToCompare(Table current, Table desired) =>
        current.Inherits.IsEmpty && current.PartitionOf is null && current.Indexes.All(i => i.IsValid) && current == desired;

    private static void Compare(DiffContext context, Table current, Table desired)
    {
        TableStructureDiffer.Diff(context, current, desired);
        ColumnDiffer.Diff(context, current, desired);
        ConstraintDiffer.Diff(context, current, desired);
        IndexDiffer.Diff(context, desired.Name, current.Indexes, desired.Indexes);
        TriggerDiffer.Diff(context, desired.Name, current.Triggers, desired.Triggers);
        RowSecurity(context, current, desired);
        PolicyDiffer.Diff(context, desired.Name, current.Policies, desired.Policies);
        if (current.Options != desired.Options)
        {
            var set = desired.Options.Except(current.Options).ToEquatableArray();
            var reset = current.Options.Select(OptionName)
                .Except(desired.Options.Select(OptionName))
                .ToEquatableArray();
            context.Add(DiffPhase.AlterColumns, new SetTableOptions(desired.Name, set, reset));
        }

        CommentGrantOwnerDiffer.Grants(context, new ObjectTarget(ObjectRefKind.Table, desired.Name), current.Grants, desired.Grants);
        CommentGrantOwnerDiffer.Owner(context, new ObjectTarget(ObjectRefKind.Table, desired.Name), current.Owner, desired.Owner);
        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Table, desired.Name), current.Comment, desired.Comment);
    }

    private static string OptionName(string option) => option.Split('=', 2)[0];

    private static void RowSecurity(DiffContext context, Table current, Table desired)
    {
        if (current.RowLevelSecurity != desired.RowLevelSecurity)
        {
            context.Add(
                DiffPhase.CreateDependents,
                desired.RowLevelSecurity ? new EnableRowLevelSecurity(desired.Name) : new DisableRowLevelSecurity(desired.Name));
        }

        if (current.ForceRowLevelSecurity != desired.ForceRowLevelSecurity)
        {
            context.Add(DiffPhase.CreateDependents, new SetForceRowLevelSecurity(desired.Name, desired.ForceRowLevelSecurity));
        }
    }
}
