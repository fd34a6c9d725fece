using System.Text.Json;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Parsing.Statements;

/// <summary>The classification of one statement; <see cref="Code"/> and <see cref="Message"/> are set
/// when the statement is not allowed in a schema project.</summary>
internal sealed record Classification(StatementKind Kind, string? Code = null, string? Message = null)
{
    public bool IsAccepted => Code is null;
}

/// <summary>Sorts statements into what a declarative schema may hold (DESIGN.md, "Pipeline": Parse).</summary>
/// <remarks>
/// DO blocks are rejected: they run arbitrary procedural code whose effect cannot be read from the
/// tree, so neither ordering nor the shadow database could rely on them. CREATE TABLE … AS and
/// SELECT … INTO copy data, so they count as data manipulation. CREATE DATABASE and CREATE TABLESPACE
/// are cluster objects and cannot run inside a transaction; roles are accepted because GRANTs name them.
/// </remarks>
internal static class StatementClassifier
{
    private static readonly HashSet<string> DataManipulationNodes = new(StringComparer.Ordinal)
    {
        "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CopyStmt", "SelectStmt", "TruncateStmt", "ExplainStmt",
    };

    private static readonly HashSet<string> CreateNodes = new(StringComparer.Ordinal)
    {
        "CreateStmt", "CreateForeignTableStmt", "CreateSchemaStmt", "CreateExtensionStmt", "CreateSeqStmt",
        "CreateFunctionStmt", "CreateTrigStmt", "CreatePolicyStmt", "CreateDomainStmt", "CreateEnumStmt",
        "CreateRangeStmt", "CompositeTypeStmt", "DefineStmt", "ViewStmt", "IndexStmt", "RuleStmt", "CreateCastStmt",
        "CreateOpClassStmt", "CreateOpFamilyStmt", "CreateConversionStmt", "CreateEventTrigStmt", "CreateFdwStmt",
        "CreateForeignServerStmt", "CreateUserMappingStmt", "CreatePublicationStmt", "CreateSubscriptionStmt",
        "CreateStatsStmt", "CreateTransformStmt", "CreateAmStmt", "CreatePLangStmt", "CreateRoleStmt",
    };

    /// <summary>ALTER TABLE sub-commands with no CREATE TABLE spelling, or that pg_dump-style files use to
    /// attach what the CREATE could not (defaults from later sequences, constraints closing a cycle).
    /// Sub-commands that change a declared column or drop anything belong in the CREATE instead.</summary>
    private static readonly HashSet<string> AllowedAlterTableCommands = new(StringComparer.Ordinal)
    {
        "AT_EnableRowSecurity", "AT_DisableRowSecurity", "AT_ForceRowSecurity", "AT_NoForceRowSecurity",
        "AT_ChangeOwner", "AT_AddConstraint", "AT_ReplicaIdentity", "AT_ClusterOn", "AT_SetStatistics",
        "AT_SetStorage", "AT_SetCompression", "AT_SetOptions", "AT_ResetOptions", "AT_SetRelOptions",
        "AT_ResetRelOptions", "AT_AttachPartition", "AT_ColumnDefault", "AT_AddIdentity",
        "AT_EnableTrig", "AT_EnableAlwaysTrig", "AT_EnableReplicaTrig", "AT_DisableTrig",
        "AT_EnableRule", "AT_EnableAlwaysRule", "AT_EnableReplicaRule", "AT_DisableRule",
    };

    public static Classification Classify(string nodeType, JsonElement body)
    {
        if (CreateNodes.Contains(nodeType))
        {
            return new Classification(StatementKind.Create);
        }

        switch (nodeType)
        {
            case "CreateTableAsStmt" when body.String("objtype") == "OBJECT_MATVIEW":
                return new Classification(StatementKind.Create);
            case "CreateTableAsStmt":
                return Rejected(StatementKind.DataManipulation, DiagnosticCodes.DataManipulation,
                    "CREATE TABLE … AS copies data; declare the table's columns with CREATE TABLE instead");
            case "SelectStmt" when body.Field("intoClause") is not null:
                return Rejected(StatementKind.DataManipulation, DiagnosticCodes.DataManipulation,
                    "SELECT … INTO copies data; declare the table's columns with CREATE TABLE instead");
            case "CommentStmt" or "SecLabelStmt":
                return new Classification(StatementKind.Comment);
            case "GrantStmt" or "GrantRoleStmt" or "AlterDefaultPrivilegesStmt":
                return new Classification(StatementKind.Privilege);
            case "AlterSeqStmt" or "AlterOwnerStmt":
                return new Classification(StatementKind.Alter);
            case "AlterTableStmt":
                return AlterTable(body);
            case "TransactionStmt":
                return Rejected(StatementKind.TransactionControl, DiagnosticCodes.TransactionControl,
                    $"transaction control ({Describe(nodeType, body)}) is not allowed in the schema: the tools choose the transactions when they apply it");
            case "DoStmt":
                return Rejected(StatementKind.NotDeclarative, DiagnosticCodes.NotDeclarative,
                    "DO blocks are not allowed in the schema: their effect cannot be read without running them; declare the objects they would create");
            case "CreatedbStmt" or "CreateTableSpaceStmt":
                return Rejected(StatementKind.NotDeclarative, DiagnosticCodes.NotDeclarative,
                    $"{Describe(nodeType, body)} creates a cluster-wide object, not part of a database schema");
        }

        if (DataManipulationNodes.Contains(nodeType))
        {
            return Rejected(StatementKind.DataManipulation, DiagnosticCodes.DataManipulation,
                $"data manipulation ({Describe(nodeType, body)}) is not allowed in the schema: it holds declarations only; put data changes in a revision");
        }

        return Rejected(StatementKind.NotDeclarative, DiagnosticCodes.NotDeclarative,
            $"{Describe(nodeType, body)} is not allowed in the schema: it declares nothing (only CREATE, COMMENT ON, GRANT/REVOKE and the ALTERs PostgreSQL needs are)");
    }

    private static Classification AlterTable(JsonElement body)
    {
        foreach (var item in body.Items("cmds"))
        {
            var subtype = item.As("AlterTableCmd")?.String("subtype") ?? "?";
            if (!AllowedAlterTableCommands.Contains(subtype))
            {
                var what = subtype.StartsWith("AT_", StringComparison.Ordinal) ? subtype[3..] : subtype;
                return Rejected(StatementKind.NotDeclarative, DiagnosticCodes.AlterNotAllowed,
                    $"ALTER TABLE … ({what}) changes a declared object; declare it in the CREATE statement instead (ALTER is for row level security, ownership, constraints and similar)");
            }
        }

        return new Classification(StatementKind.Alter);
    }

    private static Classification Rejected(StatementKind kind, string code, string message) => new(kind, code, message);

    /// <summary>A readable name for a statement node: <c>InsertStmt</c> → <c>INSERT</c>.</summary>
    internal static string Describe(string nodeType, JsonElement body) => nodeType switch
    {
        "InsertStmt" => "INSERT",
        "UpdateStmt" => "UPDATE",
        "DeleteStmt" => "DELETE",
        "MergeStmt" => "MERGE",
        "CopyStmt" => "COPY",
        "SelectStmt" => "SELECT",
        "TruncateStmt" => "TRUNCATE",
        "ExplainStmt" => "EXPLAIN",
        "TransactionStmt" => body.String("kind") is { } kind ? kind.Replace("TRANS_STMT_", string.Empty, StringComparison.Ordinal).Replace('_', ' ') : "transaction",
        "VariableSetStmt" => "SET",
        "VariableShowStmt" => "SHOW",
        "VacuumStmt" => body.Bool("is_vacuumcmd") ? "VACUUM" : "ANALYZE",
        "DropStmt" => "DROP",
        "RenameStmt" => "RENAME",
        "CreatedbStmt" => "CREATE DATABASE",
        "CreateTableSpaceStmt" => "CREATE TABLESPACE",
        "CallStmt" => "CALL",
        _ => nodeType.EndsWith("Stmt", StringComparison.Ordinal) ? nodeType[..^4] : nodeType,
    };
}
