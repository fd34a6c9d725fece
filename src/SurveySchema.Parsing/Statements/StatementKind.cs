namespace SurveySchema.Parsing.Statements;

/// <summary>What a statement does, as far as a schema project is concerned. <see cref="Create"/>,
/// <see cref="Comment"/>, <see cref="Privilege"/>, <see cref="Alter"/> and <see cref="Procedural"/> statements
/// are kept and applied in the shadow database; <see cref="Setting"/> statements are kept as the session
/// settings of the statements after them in their file (<see cref="SchemaStatement.Session"/>); the others
/// are errors.</summary>
public enum StatementKind
{
    /// <summary>CREATE of any object kind (tables, indexes, types, functions, views, extensions, roles…),
    /// CREATE OR REPLACE included.</summary>
    Create,

    /// <summary>COMMENT ON, SECURITY LABEL.</summary>
    Comment,

    /// <summary>GRANT, REVOKE, ALTER DEFAULT PRIVILEGES.</summary>
    Privilege,

    /// <summary>Any ALTER of an object in the database or of a role: ALTER TABLE with every sub-command (ADD
    /// COLUMN, ADD CONSTRAINT … USING INDEX, INHERIT, ATTACH PARTITION, SET LOGGED, OWNER TO, REPLICA
    /// IDENTITY…), ALTER TYPE, ALTER DOMAIN, ALTER FUNCTION, ALTER … OWNER TO, ALTER … SET SCHEMA, ALTER
    /// … RENAME, ALTER TEXT SEARCH…, ALTER ROLE….</summary>
    Alter,

    /// <summary>INSERT, UPDATE, DELETE, MERGE, COPY, SELECT, TRUNCATE, CREATE TABLE AS.</summary>
    DataManipulation,

    /// <summary>BEGIN, COMMIT, ROLLBACK, SAVEPOINT…</summary>
    TransactionControl,

    /// <summary>Anything else: DROP, VACUUM, CALL, CREATE DATABASE, CREATE TABLESPACE, ALTER DATABASE…</summary>
    NotDeclarative,

    /// <summary>A session setting as psql runs it: <c>SET name = value</c>, <c>SET name TO value</c>,
    /// <c>RESET name</c>, <c>RESET ALL</c>, or a SELECT of nothing but <c>pg_catalog.set_config(name, value,
    /// false)</c> calls (pg_dump's way of emptying search_path). It applies to the statements after it in the
    /// same file; <c>SET ROLE</c>, <c>SET SESSION AUTHORIZATION</c> and <c>SET LOCAL</c> are skipped with a
    /// warning.</summary>
    Setting,

    /// <summary>A <c>DO</c> block: the shadow database runs it, and the catalog says what it declared.</summary>
    Procedural,
}
