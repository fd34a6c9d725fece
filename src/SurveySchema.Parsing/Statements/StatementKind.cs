namespace SurveySchema.Parsing.Statements;

/// <summary>What a statement does, as far as a declarative schema is concerned. The first four are
/// accepted in <c>schema/</c>; the others are errors.</summary>
public enum StatementKind
{
    /// <summary>CREATE of any object kind (tables, indexes, types, functions, views, extensions…).</summary>
    Create,

    /// <summary>COMMENT ON, SECURITY LABEL.</summary>
    Comment,

    /// <summary>GRANT, REVOKE, ALTER DEFAULT PRIVILEGES.</summary>
    Privilege,

    /// <summary>An ALTER PostgreSQL needs beside the CREATE: row level security, ownership, constraints
    /// (e.g. closing a foreign-key cycle), sequence ownership.</summary>
    Alter,

    /// <summary>INSERT, UPDATE, DELETE, MERGE, COPY, SELECT, TRUNCATE, CREATE TABLE AS.</summary>
    DataManipulation,

    /// <summary>BEGIN, COMMIT, ROLLBACK, SAVEPOINT…</summary>
    TransactionControl,

    /// <summary>Anything else: SET, DO, DROP, VACUUM, CREATE DATABASE, ALTER that changes a declared object…</summary>
    NotDeclarative,
}
