namespace SurveySchema.Diff.Differs;

/// <summary>The columns of a table that exists on both sides.</summary>
internal static class ColumnDiffer
{
    public static void Diff(DiffContext context, Table current, Table desired)
    {
        var columns = Matching.Match(
            current.Columns.Where(c => !c.IsInherited),
            desired.Columns.Where(c => !c.IsInherited),
            c => c.Name);
        foreach (var column in columns.Dropped)
        {
            context.ChangedColumns.Add((desired.Name, column.Name));
            context.Add(DiffPhase.DropColumns, new DropColumn(desired.Name, column));
        }

        foreach (var column in columns.Created)
        {
            context.Add(DiffPhase.AlterColumns, new AddColumn(desired.Name, column));
            Labels(context, desired.Name, null, column);
        }

        foreach (var (was, wanted) in columns.Both)
        {
            Compare(context, desired.Name, was, wanted);
            Labels(context, desired.Name, was, wanted);
        }

        RemarkOnOrder(context, current, desired, columns.Created);
    }

    /// <summary>Comment and column privileges.</summary>
    public static void Labels(DiffContext context, QualifiedName table, Column? current, Column desired)
    {
        var target = new ObjectTarget(ObjectKind.Column, table, desired.Name);
        SecurityLabels.Grants(context, target, current?.Grants ?? [], desired.Grants);
        SecurityLabels.Comment(context, target, current?.Comment, desired.Comment);
    }

    private static void Compare(DiffContext context, QualifiedName table, Column current, Column desired)
    {
        if (current.Generated != desired.Generated)
        {
            // PostgreSQL 15 cannot change a generation expression in place (only DROP EXPRESSION):
            // the column is dropped and added again, which recomputes it.
            context.ChangedColumns.Add((table, desired.Name));
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
                context.Remarks.Add($"column {table}.{desired.Name}: identity options change; the identity is dropped and added again, so its sequence restarts at START WITH");
            }

            context.Add(DiffPhase.AlterColumns, new DropIdentity(table, desired.Name, current.Identity));
        }

        if (defaultChanged && current.Default is not null)
        {
            context.Add(DiffPhase.AlterColumns, new DropColumnDefault(table, desired.Name, current.Default));
        }

        if (typeChanged)
        {
            context.ChangedColumns.Add((table, desired.Name));
            var conversion = current.Spatial is not null && desired.Spatial is not null
                ? SpatialConversion.For(current.Spatial, desired.Spatial, context.PostGisSchema)
                : CastConversion(current, desired);
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
    private static ColumnConversion? CastConversion(Column current, Column desired)
    {
        string[] truncating = ["text", "character", "bit", "\"char\"", "name"];
        if (current.Type == desired.Type || current.Spatial is not null || desired.Spatial is not null
            || truncating.Any(t => desired.Type.StartsWith(t, StringComparison.Ordinal)))
        {
            return null;
        }

        return new ColumnConversion([ConversionStep.Cast(desired.Type)]);
    }

    /// <summary>PostgreSQL adds columns at the end and cannot reorder them without rebuilding the table:
    /// an order difference is reported, never fixed.</summary>
    private static void RemarkOnOrder(DiffContext context, Table current, Table desired, List<Column> created)
    {
        var shared = desired.Columns.Select(c => c.Name).Intersect(current.Columns.Select(c => c.Name)).ToHashSet();
        var currentOrder = current.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Name);
        var desiredOrder = desired.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Name);
        if (!currentOrder.SequenceEqual(desiredOrder))
        {
            context.Remarks.Add($"table {desired.Name}: column order differs; not changed (reordering columns needs a table rebuild)");
        }

        var last = desired.Columns.Where(c => shared.Contains(c.Name)).Select(c => c.Ordinal).DefaultIfEmpty(0).Max();
        var early = created.Where(c => c.Ordinal < last).Select(c => c.Name).ToList();
        if (early.Count > 0)
        {
            context.Remarks.Add($"table {desired.Name}: new column(s) {string.Join(", ", early)} will be added at the end, not in their declared position");
        }
    }
}
