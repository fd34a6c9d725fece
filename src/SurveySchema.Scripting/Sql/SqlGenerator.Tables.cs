using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>What a table is: persistence, partitions, inheritance.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> TableStructureStatements(Operation operation) => operation switch
    {
        SetPersistence o => [$"ALTER TABLE {Q(o.Table)} SET {(o.To == Persistence.Unlogged ? "UNLOGGED" : "LOGGED")}"],
        AttachPartition o => [$"ALTER TABLE {Q(o.Partition.Parent)} ATTACH PARTITION {Q(o.Table)} {o.Partition.Bound}"],
        DetachPartition o => [$"ALTER TABLE {Q(o.Partition.Parent)} DETACH PARTITION {Q(o.Table)}"],
        InheritTable o => [$"ALTER TABLE {Q(o.Table)} INHERIT {Q(o.Parent)}"],
        NoInheritTable o => [$"ALTER TABLE {Q(o.Table)} NO INHERIT {Q(o.Parent)}"],

        // Stops psql -v ON_ERROR_STOP=1 (and deploy) here, with the reason as the error message.
        ManualTableChange o => [$"DO $manual$ BEGIN RAISE EXCEPTION '%', {SqlLiteral.Quote(o.Reason)}; END $manual$"],
        _ => throw new NotSupportedException(operation.GetType().Name),
    };
}
