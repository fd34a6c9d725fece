using System.Text.Json;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Parsing.Statements;

/// <summary>The classification of one statement. <see cref="Code"/> and <see cref="Message"/> are set when
/// the statement is not kept: an error when it is not allowed in a schema project, a warning when it is
/// skipped (<see cref="IsSkipped"/>: psql would run it, but it has no place in the shadow build).</summary>
internal sealed record Classification(StatementKind Kind, string? Code = null, string? Message = null, bool IsSkipped = false)
{
    public bool IsAccepted => Code is null;
}

/// <summary>Sorts statements into what a schema project may hold (DESIGN.md, "PostgreSQL is the arbiter").</summary>
/// <remarks>
/// Whatever declares state is accepted: every CREATE (CREATE OR REPLACE included), every ALTER of an object
/// (ALTER TABLE with any sub-command, ALTER TYPE, ALTER DOMAIN…), COMMENT, GRANT/REVOKE, DO blocks (the
/// shadow database runs them and the catalog says what they did), and the session settings pg_dump writes.
/// Refused: data (INSERT, UPDATE, DELETE, COPY, a plain SELECT, CREATE TABLE … AS), transaction control
/// (the tools choose the transactions), DROP, and cluster objects that are no part of a database schema
/// (CREATE DATABASE, CREATE TABLESPACE). Roles are cluster objects too, but GRANTs and policies name them,
/// so CREATE ROLE is accepted and the shadow build makes them exist (docs/project-contents.md).
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
        "ImportForeignSchemaStmt",
    };

    /// <summary>The ALTER statements that declare state of an object in the database (or of a role). ALTER
    /// DATABASE and ALTER SYSTEM are left out: they change the database or the server, not the schema.</summary>
    private static readonly HashSet<string> AlterNodes = new(StringComparer.Ordinal)
    {
        "AlterTableStmt", "AlterSeqStmt", "AlterOwnerStmt", "AlterDomainStmt", "AlterEnumStmt", "AlterFunctionStmt",
        "AlterTypeStmt", "AlterObjectSchemaStmt", "AlterPolicyStmt", "AlterRoleStmt", "AlterRoleSetStmt",
        "AlterCollationStmt", "AlterExtensionStmt", "AlterExtensionContentsStmt", "AlterStatsStmt",
        "AlterOpFamilyStmt", "AlterOperatorStmt", "AlterTSDictionaryStmt", "AlterTSConfigurationStmt",
        "AlterEventTrigStmt", "AlterPublicationStmt", "AlterForeignServerStmt", "AlterFdwStmt",
        "AlterUserMappingStmt", "AlterObjectDependsStmt", "RenameStmt",
    };

    /// <summary>Settings that would change who runs the following statements; the shadow build runs them as
    /// its own role (pg_dump writes <c>SET SESSION AUTHORIZATION</c> only with --use-set-session-authorization).</summary>
    private static readonly HashSet<string> IdentitySettings = new(StringComparer.OrdinalIgnoreCase) { "role", "session_authorization" };

    public static Classification Classify(string nodeType, JsonElement body)
    {
        if (CreateNodes.Contains(nodeType))
        {
            return new Classification(StatementKind.Create);
        }

        if (AlterNodes.Contains(nodeType))
        {
            return new Classification(StatementKind.Alter);
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
            case "SelectStmt" when SetConfigCalls(body) is { } isLocal:
                return isLocal
                    ? Skipped("SELECT set_config(…, true) sets a value for the current transaction only; psql runs each statement in its own, so it has no effect on the statements after it and is skipped")
                    : new Classification(StatementKind.Setting);
            case "VariableSetStmt":
                return Setting(body);
            case "CommentStmt" or "SecLabelStmt":
                return new Classification(StatementKind.Comment);
            case "GrantStmt" or "GrantRoleStmt" or "AlterDefaultPrivilegesStmt":
                return new Classification(StatementKind.Privilege);
            case "DoStmt":
                return new Classification(StatementKind.Procedural);
            case "TransactionStmt":
                return Rejected(StatementKind.TransactionControl, DiagnosticCodes.TransactionControl,
                    $"transaction control ({Describe(nodeType, body)}) is not allowed in the schema: the tools choose the transactions when they apply it");
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
            $"{Describe(nodeType, body)} is not allowed in the schema: it declares nothing (CREATE, ALTER, COMMENT ON, GRANT/REVOKE, DO and session settings are)");
    }

    /// <summary><c>SET name = value</c>, <c>SET name TO DEFAULT</c>, <c>RESET name</c>, <c>RESET ALL</c> are
    /// session settings; those that last a transaction only or change the session's identity are skipped.</summary>
    private static Classification Setting(JsonElement body)
    {
        var name = body.String("name") ?? string.Empty;
        if (IdentitySettings.Contains(name))
        {
            var what = name.Equals("role", StringComparison.OrdinalIgnoreCase) ? "SET ROLE" : "SET SESSION AUTHORIZATION";
            return Skipped($"{what} is skipped: the shadow build runs every statement as its own role, and ownership is declared with OWNER TO");
        }

        if (body.Bool("is_local"))
        {
            return Skipped("SET LOCAL lasts until the end of the current transaction; psql runs each statement in its own, so it has no effect on the statements after it and is skipped");
        }

        if (body.String("kind") == "VAR_SET_MULTI")
        {
            return Skipped($"SET {name} sets transaction characteristics, which the tools choose; it is skipped");
        }

        return new Classification(StatementKind.Setting);
    }

    /// <summary>For a SELECT of nothing but <c>set_config(name, value, is_local)</c> calls (how pg_dump sets
    /// an empty search_path): whether any of them is local; null for any other SELECT.</summary>
    private static bool? SetConfigCalls(JsonElement body)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name is not ("targetList" or "limitOption" or "op"))
            {
                return null;
            }
        }

        var isLocal = false;
        var any = false;
        foreach (var target in body.Items("targetList"))
        {
            var call = target.As("ResTarget")?.Field("val")?.As("FuncCall");
            var name = call?.Items("funcname").Names() ?? [];
            var isSetConfig = name.Count switch
            {
                1 => name[0] == "set_config",
                2 => name[0] == "pg_catalog" && name[1] == "set_config",
                _ => false,
            };
            var arguments = call?.Items("args").ToList() ?? [];
            if (!isSetConfig || arguments.Count != 3)
            {
                return null;
            }

            any = true;
            isLocal |= arguments[2].As("A_Const")?.Field("boolval") is { } flag && flag.Bool("boolval");
        }

        return any ? isLocal : null;
    }

    private static Classification Rejected(StatementKind kind, string code, string message) => new(kind, code, message);

    private static Classification Skipped(string message) => new(StatementKind.Setting, DiagnosticCodes.SettingSkipped, message, IsSkipped: true);

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
