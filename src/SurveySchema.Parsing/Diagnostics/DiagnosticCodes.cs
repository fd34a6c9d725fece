namespace SurveySchema.Parsing.Diagnostics;

/// <summary>Every diagnostic code the parsing and materialise stages report, with its one-line meaning
/// (docs/error-codes.md lists the same table for users). SS00xx: the environment; SS01xx: reading, parsing and classifying
/// statements; SS02xx: what statements create and reference, and their order; SS03xx: materialising the
/// project in a shadow database (reported by the materialise stage).</summary>
public static class DiagnosticCodes
{
    public const string ParserUnavailable = "SS0001";
    public const string ProjectNotFound = "SS0100";
    public const string SyntaxError = "SS0101";
    public const string DataManipulation = "SS0102";
    public const string TransactionControl = "SS0103";
    public const string NotDeclarative = "SS0104";

    /// <summary>No longer reported: every ALTER sub-command is accepted. Kept so the number is not reused.</summary>
    public const string AlterNotAllowed = "SS0105";
    public const string NoFiles = "SS0106";
    public const string MetaCommandSkipped = "SS0107";
    public const string SettingSkipped = "SS0108";
    public const string InvalidUtf8 = "SS0109";

    /// <summary>Reported by the shadow build, when PostgreSQL says an object already exists.</summary>
    public const string DuplicateDeclaration = "SS0201";
    public const string UnknownReference = "SS0202";

    /// <summary>No longer reported: the shadow build retries what the static order got wrong.</summary>
    public const string DependencyCycle = "SS0203";
    public const string ExtensionUnavailable = "SS0204";
    public const string ShadowApplyFailed = "SS0301";
    public const string ShadowServerFailed = "SS0302";
    public const string RoleMissing = "SS0303";

    /// <summary>Code → meaning, in code order.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (ParserUnavailable, "libpg_query (PostgreSQL's parser as a library) is not installed: apt-get install libpg-query-dev"),
        (ProjectNotFound, "the project folder does not exist"),
        (SyntaxError, "PostgreSQL's parser rejected the statement (syntax error)"),
        (DataManipulation, "data manipulation (INSERT, UPDATE, DELETE, MERGE, COPY, SELECT, TRUNCATE, CREATE TABLE AS) in the schema"),
        (TransactionControl, "transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT…) in the schema: the tools decide transactions"),
        (NotDeclarative, "a statement that declares nothing (DROP, VACUUM, CALL, CREATE DATABASE / TABLESPACE…) in the schema"),
        (AlterNotAllowed, "no longer reported: every ALTER sub-command is accepted"),
        (NoFiles, "the project folder holds no .sql files outside revisions/"),
        (MetaCommandSkipped, "warning: a psql meta-command (\\connect, \\i, \\set…) was skipped; \\restrict and \\unrestrict are skipped silently"),
        (SettingSkipped, "warning: SET ROLE, SET SESSION AUTHORIZATION, SET LOCAL or SET TRANSACTION was skipped"),
        (InvalidUtf8, "a schema file is not valid UTF-8: refused at the first bad byte's line and column"),
        (DuplicateDeclaration, "PostgreSQL said an object already exists while the shadow database was built (both places are named when known)"),
        (UnknownReference, "warning: a statement references a table, view, sequence, type or function that no statement declares and no declared extension provides"),
        (DependencyCycle, "no longer reported: a cycle the static order cannot break is retried by the shadow build"),
        (ExtensionUnavailable, "warning: a declared extension's install script was not found, so what it provides is not checked"),
        (ShadowApplyFailed, "PostgreSQL rejected a statement while the project was applied to a shadow database, in every order tried"),
        (ShadowServerFailed, "no shadow database could be created, filled or read (server unreachable, missing CREATEDB privilege…)"),
        (RoleMissing, "a role the project references is neither declared (CREATE ROLE) nor present on the server that hosts the shadow database"),
    ];
}
