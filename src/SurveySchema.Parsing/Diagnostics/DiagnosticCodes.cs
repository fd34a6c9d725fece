namespace SurveySchema.Parsing.Diagnostics;

/// <summary>Every diagnostic code the parsing stage reports, with its one-line meaning
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
    public const string AlterNotAllowed = "SS0105";
    public const string NoFiles = "SS0106";
    public const string InvalidUtf8 = "SS0107";
    public const string DuplicateDeclaration = "SS0201";
    public const string UnknownReference = "SS0202";
    public const string DependencyCycle = "SS0203";
    public const string ExtensionUnavailable = "SS0204";
    public const string ShadowApplyFailed = "SS0301";
    public const string ShadowServerFailed = "SS0302";

    /// <summary>Code → meaning, in code order.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (ParserUnavailable, "libpg_query (PostgreSQL's parser as a library) is not installed: apt-get install libpg-query-dev"),
        (ProjectNotFound, "the --project folder does not exist"),
        (SyntaxError, "PostgreSQL's parser rejected the statement (syntax error)"),
        (DataManipulation, "data manipulation (INSERT, UPDATE, DELETE, MERGE, COPY, SELECT, TRUNCATE, CREATE TABLE AS) in the schema"),
        (TransactionControl, "transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT…) in the schema: the tools decide transactions"),
        (NotDeclarative, "a statement that declares nothing (SET, DO, DROP, VACUUM, CREATE DATABASE…) in the schema"),
        (AlterNotAllowed, "an ALTER that changes what a CREATE should declare; only row level security, ownership, constraints, sequence ownership and similar are allowed"),
        (NoFiles, "the project folder holds no .sql files outside revisions/"),
        (DuplicateDeclaration, "an object is declared twice (both places are named)"),
        (UnknownReference, "a statement references a table, view, sequence, type or function that no statement declares and no declared extension provides"),
        (DependencyCycle, "statements depend on each other in a cycle that splitting foreign keys out cannot break"),
        (ExtensionUnavailable, "warning: a declared extension's install script was not found, so what it provides is not checked"),
        (ShadowApplyFailed, "PostgreSQL rejected a statement while the project was applied to a shadow database"),
        (ShadowServerFailed, "no shadow database could be created, filled or read (server unreachable, missing CREATEDB privilege…)"),
    ];
}
