using System.Text.Json;

namespace SurveySchema.Parsing.Statements;

/// <summary>Reads a statement's <see cref="TransactionRole"/> from its parse tree, so that
/// <c>CREATE INDEX CONCURRENTLY</c> is found however it is spelled or commented, and a word
/// CONCURRENTLY inside a string or a function body is not.</summary>
/// <remarks>
/// The list follows PostgreSQL 15's calls to PreventInTransactionBlock
/// (https://www.postgresql.org/docs/15/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY and the
/// pages of the other statements). Subscriptions are left out: whether CREATE/DROP SUBSCRIPTION refuses
/// a transaction depends on their slot options, and a revision has no business managing replication.
/// </remarks>
internal static class TransactionRules
{
    /// <summary>What PostgreSQL's parse_bool reads as false, as an option value may be spelled.</summary>
    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase) { "false", "off", "no", "f", "n", "0" };

    /// <summary>The statement's role and a few words naming it (<c>CREATE INDEX CONCURRENTLY</c>,
    /// <c>VACUUM</c>, <c>BEGIN</c>) for messages.</summary>
    public static (TransactionRole Role, string Description) Classify(string nodeType, JsonElement body)
    {
        var refusing = RefusingDescription(nodeType, body);
        if (refusing is not null)
        {
            return (TransactionRole.RefusesTransactionBlock, refusing);
        }

        if (nodeType == "TransactionStmt")
        {
            var kind = body.String("kind") ?? "TRANS_STMT_BEGIN";
            return kind switch
            {
                "TRANS_STMT_SAVEPOINT" => (TransactionRole.Ordinary, "SAVEPOINT"),
                "TRANS_STMT_RELEASE" => (TransactionRole.Ordinary, "RELEASE SAVEPOINT"),
                "TRANS_STMT_ROLLBACK_TO" => (TransactionRole.Ordinary, "ROLLBACK TO SAVEPOINT"),
                "TRANS_STMT_START" => (TransactionRole.TransactionControl, "START TRANSACTION"),
                "TRANS_STMT_PREPARE" => (TransactionRole.TransactionControl, "PREPARE TRANSACTION"),
                _ => (TransactionRole.TransactionControl, StatementClassifier.Describe(nodeType, body)),
            };
        }

        return (TransactionRole.Ordinary, StatementClassifier.Describe(nodeType, body));
    }

    private static string? RefusingDescription(string nodeType, JsonElement body) => nodeType switch
    {
        "IndexStmt" when body.Bool("concurrent") => "CREATE INDEX CONCURRENTLY",
        "DropStmt" when body.Bool("concurrent") => "DROP INDEX CONCURRENTLY",
        "ReindexStmt" when body.Items("params").Any(IsConcurrentlyOption) => "REINDEX … CONCURRENTLY",
        "ReindexStmt" => body.String("kind") switch
        {
            "REINDEX_OBJECT_SCHEMA" => "REINDEX SCHEMA",
            "REINDEX_OBJECT_SYSTEM" => "REINDEX SYSTEM",
            "REINDEX_OBJECT_DATABASE" => "REINDEX DATABASE",
            _ => null,
        },
        "AlterTableStmt" when body.Items("cmds").Any(IsConcurrentDetach) => "ALTER TABLE … DETACH PARTITION … CONCURRENTLY",
        "VacuumStmt" when body.Bool("is_vacuumcmd") => "VACUUM",
        "ClusterStmt" when body.Field("relation") is null => "CLUSTER of every table",
        "CreatedbStmt" => "CREATE DATABASE",
        "DropdbStmt" => "DROP DATABASE",
        "AlterDatabaseStmt" when body.Items("options").Any(option => option.As("DefElem")?.String("defname") == "tablespace")
            => "ALTER DATABASE … SET TABLESPACE",
        "CreateTableSpaceStmt" => "CREATE TABLESPACE",
        "DropTableSpaceStmt" => "DROP TABLESPACE",
        "AlterSystemStmt" => "ALTER SYSTEM",
        _ => null,
    };

    /// <summary><c>(CONCURRENTLY)</c> or <c>(CONCURRENTLY true)</c>, not <c>(CONCURRENTLY false)</c>: the
    /// grammar leaves the value as written (a String or an Integer node), as PostgreSQL's defGetBoolean reads it.</summary>
    private static bool IsConcurrentlyOption(JsonElement option)
    {
        if (option.As("DefElem") is not { } definition || definition.String("defname") != "concurrently")
        {
            return false;
        }

        return definition.Field("arg") switch
        {
            null => true,
            { } value when value.As("Integer") is { } integer => integer.Field("ival") is { ValueKind: JsonValueKind.Number } number && number.GetInt32() != 0,
            { } value when value.StringValue() is { } text => !FalseWords.Contains(text),
            _ => true,
        };
    }

    private static bool IsConcurrentDetach(JsonElement command) =>
        command.As("AlterTableCmd") is { } alter
        && alter.String("subtype") == "AT_DetachPartition"
        && alter.Field("def")?.As("PartitionCmd") is { } partition
        && partition.Bool("concurrent");
}
