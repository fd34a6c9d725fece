namespace SurveySchema.Diff.Differs;

/// <summary>The columns of a table that exists on both sides.</summary>
internal static class ColumnDiffer
{
    public static void Diff(DiffContext context, Table current, Table desired)
    {
        // Columns match by name whether declared or inherited: PostgreSQL keeps a column's own declaration
        // (attislocal) through INHERIT and sets it on NO INHERIT, so the flag alone is no change to make.
        var lineage = TableLineage.Of(context, current, desired);
        var columns = Matching.Match(current.Columns, desired.Columns, c => c.Name);
        foreach (var column in columns.Dropped)
        {
            var inherited = lineage.For(column.Name);
            if (inherited is not null && column.IsInherited)
            {
                // Dropped on the parent, and with it here.
                continue;
            }

            context.Add(DiffPhase.DropColumns, new DropColumn(desired.Name, column) { InheritedFrom = inherited?.Root });
        }

        var regenerated = Regenerated(current, desired, columns.Both);
        var added = new List<Column>();
        foreach (var column in columns.Created)
        {
            // A partition or child gets the parent's new column from PostgreSQL ("cannot add column to a partition"),
            // with the parent's default and NOT NULL: only what this table declares of its own is set afterwards.
            if (lineage.For(column.Name) is { } inherited)
            {
                if (inherited.ParentDesired is { } fromParent)
                {
                    OwnAttributes(context, desired.Name, inherited.Root, column.Name, fromParent.Default, fromParent.NotNull, column);
                }
            }
            else
            {
                context.Add(DiffPhase.AlterColumns, new AddColumn(desired.Name, column));
                added.Add(column);
            }

            Labels(context, desired.Name, null, column);
        }

        foreach (var (was, wanted) in columns.Both)
        {
            if (lineage.For(wanted.Name) is { Kept: true } inherited)
            {
                CompareInherited(context, desired.Name, inherited, was, wanted);
            }
            else if (was.IsInherited && !wanted.IsInherited && lineage.For(wanted.Name) is { ParentCurrent: not null, ParentDesired: null })
            {
                // The parent drops a column this table has only through it, and PostgreSQL drops it here too; this
                // table declares it itself, so it is added again after (at the end, where a declaration puts it).
                context.Add(DiffPhase.AlterColumns, new AddColumn(desired.Name, wanted));
                added.Add(wanted);
            }
            else
            {
                Compare(context, desired.Name, was, wanted, regenerated.Contains(wanted.Name));
            }

            Labels(context, desired.Name, was, wanted);
        }

        RemarkOnOrder(context, current, desired, added);
    }

    /// <summary>A partition created by the plan (CREATE TABLE … PARTITION OF copies the parent's defaults and
    /// NOT NULL): its own defaults and NOT NULL, after the parent's changes.</summary>
    public static void NewPartition(DiffContext context, Table partition)
    {
        var parent = context.Desired.Tables.FirstOrDefault(t => t.Name == partition.PartitionOf?.Parent);
        if (parent is null)
        {
            return;
        }

        var lineage = TableLineage.Of(context, parent, parent);
        foreach (var column in partition.Columns)
        {
            if (parent.Columns.FirstOrDefault(c => c.Name == column.Name) is { } copied)
            {
                var root = lineage.For(column.Name)?.Root ?? parent.Name;
                OwnAttributes(context, partition.Name, root, column.Name, copied.Default, copied.NotNull, column);
            }
        }
    }

    /// <summary>A column that comes down from a parent which keeps it: type, default and NOT NULL changes of the
    /// parent reach this table by themselves; only what still differs afterwards is changed here.</summary>
    private static void CompareInherited(DiffContext context, QualifiedName table, InheritedColumn inherited, Column current, Column desired)
    {
        var defaultAfterParent = inherited.DefaultRedone ? inherited.ParentDesired!.Default : current.Default;
        var notNullAfterParent = inherited.NotNullChanges ? inherited.ParentDesired!.NotNull : current.NotNull;
        OwnAttributes(context, table, inherited.Root, desired.Name, defaultAfterParent, notNullAfterParent, desired);
    }

    /// <summary>A child's own default and NOT NULL on an inherited column, from what it has once the parent's
    /// changes have come down (<paramref name="defaultBefore"/>, <paramref name="notNullBefore"/>).</summary>
    private static void OwnAttributes(DiffContext context, QualifiedName table, QualifiedName root, string column, string? defaultBefore, bool notNullBefore, Column desired)
    {
        if (defaultBefore != desired.Default)
        {
            // SET DEFAULT replaces a default: dropping first is only for going without one.
            if (defaultBefore is not null && desired.Default is null)
            {
                context.Add(DiffPhase.AlterColumns, new DropColumnDefault(table, column, defaultBefore) { InheritedFrom = root });
            }

            if (desired.Default is not null)
            {
                context.Add(DiffPhase.AlterColumns, new SetColumnDefault(table, column, desired.Default, defaultBefore) { InheritedFrom = root });
            }
        }

        if (notNullBefore && !desired.NotNull)
        {
            context.Add(DiffPhase.AlterColumns, new DropNotNull(table, column) { InheritedFrom = root });
        }

        if (!notNullBefore && desired.NotNull)
        {
            context.Add(DiffPhase.AlterColumns, new SetNotNull(table, column) { InheritedFrom = root });
        }
    }

    /// <summary>Comment and column privileges.</summary>
    public static void Labels(DiffContext context, QualifiedName table, Column? current, Column desired)
    {
        var target = new ObjectTarget(ObjectRefKind.Column, table, desired.Name);
        CommentGrantOwnerDiffer.Grants(context, target, current?.Grants ?? [], desired.Grants);
        CommentGrantOwnerDiffer.Comment(context, target, current?.Comment, desired.Comment);
    }

    /// <summary>The generated columns that become plain and are dropped and added again rather than kept with DROP
    /// EXPRESSION: only when keeping them in place would leave the columns out of their declared order and moving
    /// them to the end puts the columns in it (added columns go to the end, in declared order).</summary>
    private static HashSet<string> Regenerated(Table current, Table desired, List<(Column Current, Column Desired)> both)
    {
        var toPlain = both.Where(p => p.Current.Generated is not null && p.Desired.Generated is null).Select(p => p.Desired.Name).ToHashSet();
        if (toPlain.Count == 0)
        {
            return [];
        }

        var readded = both.Where(p => p.Current.Generated != p.Desired.Generated && !toPlain.Contains(p.Desired.Name)).Select(p => p.Desired.Name).ToHashSet();
        bool InOrder(HashSet<string> moved)
        {
            var stays = current.Columns.Select(c => c.Name).Where(n => desired.Columns.Any(d => d.Name == n) && !moved.Contains(n));
            var end = desired.Columns.Select(c => c.Name).Where(n => moved.Contains(n) || !current.Columns.Any(c => c.Name == n));
            return stays.Concat(end).SequenceEqual(desired.Columns.Select(c => c.Name));
        }

        return !InOrder(readded) && InOrder([.. readded, .. toPlain]) ? toPlain : [];
    }

    private static void Compare(DiffContext context, QualifiedName table, Column current, Column desired, bool regenerate = false)
    {
        if (current.Generated is not null && desired.Generated is null && !regenerate)
        {
            // DROP EXPRESSION turns a generated column into a plain one with the values it had: no data lost.
            context.Add(DiffPhase.AlterColumns, new DropColumnExpression(table, desired.Name, current.Generated));
            current = current with { Generated = null };
        }

        if (current.Generated != desired.Generated)
        {
            // PostgreSQL 15 cannot change a generation expression in place (only DROP EXPRESSION):
            // the column is dropped and added again, which recomputes it.
            context.Add(DiffPhase.DropColumns, new DropColumn(table, current));
            context.Add(DiffPhase.AlterColumns, new AddColumn(table, desired));
            return;
        }

        var typeChanged = current.Type != desired.Type || current.Collation != desired.Collation;

        // A default is cast along with the column, and that fails when no assignment cast exists
        // ("default for column … cannot be cast automatically"): take it off before, put it back after.
        var defaultChanged = current.Default != desired.Default || (typeChanged && current.Default is not null);
        var identityChanged = current.Identity != desired.Identity;
        if (identityChanged && current.Identity is not null)
        {
            if (desired.Identity is not null)
            {
                context.Remarks.Add(new Remark(RemarkCodes.IdentityRecreated, $"column {table}.{desired.Name}: identity options change; the identity is dropped and added again, so its sequence restarts at START WITH"));
            }

            context.Add(DiffPhase.AlterColumns, new DropIdentity(table, desired.Name, current.Identity));
        }

        if (defaultChanged && current.Default is not null)
        {
            context.Add(DiffPhase.AlterColumns, new DropColumnDefault(table, desired.Name, current.Default));
        }

        if (typeChanged)
        {
            var conversion = current.Spatial is not null && desired.Spatial is not null
                ? SpatialConversion.For(current.Spatial, desired.Spatial, context.PostGisSchema)
                : CastConversion(context, table, current, desired);
            context.Add(DiffPhase.AlterColumns, new AlterColumnType(table, current, desired, conversion));
        }

        if (current.NotNull && !desired.NotNull)
        {
            context.Add(DiffPhase.AlterColumns, new DropNotNull(table, desired.Name));
        }

        if (!current.NotNull && desired.NotNull)
        {
            context.Add(DiffPhase.AlterColumns, new SetNotNull(table, desired.Name));
        }

        if (identityChanged && desired.Identity is not null)
        {
            context.Add(DiffPhase.AlterColumns, new AddIdentity(table, desired.Name, desired.Identity));
        }

        if (defaultChanged && desired.Default is not null)
        {
            context.Add(DiffPhase.AlterColumns, new SetColumnDefault(table, desired.Name, desired.Default, current.Default));
        }
    }

    /// <summary>An explicit cast, since ALTER COLUMN … TYPE without USING needs an assignment cast (text to
    /// boolean has none). Not for string and bit targets: their explicit cast truncates silently where the
    /// assignment cast fails on a value that does not fit, and failing is what a reviewer wants.</summary>
    private static ColumnConversion? CastConversion(DiffContext context, QualifiedName table, Column current, Column desired)
    {
        if (current.Type == desired.Type || current.Spatial is not null || desired.Spatial is not null
            || desired.TypeFacts is { Name: { Schema: "pg_catalog", Name: "text" or "bpchar" or "varchar" or "bit" or "varbit" or "char" or "name" } })
        {
            return null;
        }

        if (IsEnum(context.Current, table, current.Name) && IsEnum(context.Desired, table, desired.Name))
        {
            // There is no cast between two enum types ("cannot cast type a to b"): through their labels as text.
            return new ViaText(desired.Type, desired.TypeFacts?.IsArray == true);
        }

        return new CastTo(desired.Type);
    }

    /// <summary>Whether the column's type is an enum (or an array of one): the type the catalog records the column
    /// depending on, not a guess from its spelling.</summary>
    private static bool IsEnum(DatabaseModel model, QualifiedName table, string column) =>
        DependencyGraph.Of(model).Uses(new ObjectRef(ObjectRefKind.Column, table, column))
            .Any(r => r.Kind == ObjectRefKind.Type && model.Types.Any(t => t.Kind == TypeKind.Enum && t.Name == r.Name));

    /// <summary>PostgreSQL adds columns at the end and cannot reorder them without rebuilding the table:
    /// an order difference is reported, never fixed.</summary>
    private static void RemarkOnOrder(DiffContext context, Table current, Table desired, List<Column> added)
    {
        var shared = desired.Columns.Select(c => c.Name).Intersect(current.Columns.Select(c => c.Name)).ToHashSet();
        var currentOrder = current.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Name);
        var desiredOrder = desired.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Name);
        if (!currentOrder.SequenceEqual(desiredOrder))
        {
            context.Remarks.Add(new Remark(RemarkCodes.ColumnOrder, $"table {desired.Name}: column order differs; not changed (reordering columns needs a table rebuild)"));
        }

        var last = desired.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Ordinal).DefaultIfEmpty(0).Max();
        var early = added.Where(c => c.Ordinal < last).Select(c => c.Name).ToList();
        if (early.Count > 0)
        {
            context.Remarks.Add(new Remark(RemarkCodes.ColumnsAddedAtEnd, $"table {desired.Name}: new column(s) {string.Join(", ", early)} will be added at the end, not in their declared position"));
        }
    }
}
