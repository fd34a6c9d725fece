namespace SurveySchema.Diff.Differs;

/// <summary>What a table is rather than what it holds: persistence (SET LOGGED / UNLOGGED), its place as a
/// partition (ATTACH / DETACH), its partition key, and the tables it inherits from (INHERIT / NO INHERIT).</summary>
internal static class TableStructureDiffer
{
    public static void Diff(DiffContext context, Table current, Table desired)
    {
        if (current.Persistence != desired.Persistence)
        {
            context.Add(DiffPhase.AlterColumns, new SetPersistence(desired.Name, desired.Persistence, current.Persistence));
        }

        if (current.PartitionKey != desired.PartitionKey)
        {
            // PostgreSQL has no ALTER for a partition key (nor for making a table partitioned or plain): the table
            // has to be created anew and its rows moved, which this tool leaves to a person.
            var what = (current.PartitionKey, desired.PartitionKey) switch
            {
                (null, { } key) => $"make it partitioned by {key}",
                ({ } key, null) => $"make it a plain table (now partitioned by {key})",
                _ => $"change its partition key from {current.PartitionKey} to {desired.PartitionKey}",
            };
            var reason = $"PostgreSQL cannot {what} in place: rebuild {desired.Name} by hand (create the new table, move the rows, swap the names)";
            context.Remarks.Add(new Remark(RemarkCodes.PartitionKeyByHand, $"table {desired.Name}: {reason}"));
            context.Add(DiffPhase.Rename, new ManualTableChange(desired.Name, reason));
        }

        if (current.PartitionOf != desired.PartitionOf)
        {
            // A new bound or another parent: out, then in again (ATTACH checks the rows against the new bound).
            if (current.PartitionOf is { } was)
            {
                context.Add(DiffPhase.DropDependents, new DetachPartition(desired.Name, was));
            }

            if (desired.PartitionOf is { } wanted)
            {
                context.Add(DiffPhase.CreateDependents, new AttachPartition(desired.Name, wanted) { Columns = desired.Columns });
            }
        }

        foreach (var parent in current.Inherits.Except(desired.Inherits))
        {
            context.Add(DiffPhase.DropDependents, new NoInheritTable(desired.Name, parent));
        }

        var added = desired.Inherits.Except(current.Inherits).ToList();
        foreach (var parent in added)
        {
            context.Add(DiffPhase.CreateDependents, new InheritTable(desired.Name, parent) { Columns = desired.Columns });
        }

        var staysLocal = desired.Columns.Where(c => c.IsInherited && current.Columns.Any(k => k.Name == c.Name && !k.IsInherited)).ToList();
        if (added.Count > 0 && desired.PartitionOf is null && staysLocal.Count > 0)
        {
            context.Remarks.Add(new Remark(RemarkCodes.InheritedColumnsStayLocal, $"table {desired.Name}: after INHERIT, column(s) {string.Join(", ", staysLocal.Select(c => c.Name))} stay declared by the table itself "
                + "(PostgreSQL marks a column inherited-only when the table is created with INHERITS); declare them in the table too for an exact match"));
        }
    }
}
