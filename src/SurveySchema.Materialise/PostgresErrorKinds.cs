using Npgsql;

namespace SurveySchema.Materialise;

/// <summary>Which of PostgreSQL's errors, by SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html),
/// mean that a statement ran too early, and which that it declares something twice.</summary>
internal static class PostgresErrorKinds
{
    /// <summary>Errors a statement may stop raising once another statement of the project has run: it names
    /// something not created yet (a table, type, collation, function, schema, column, the unique key a
    /// foreign key needs) or something not yet in the state it needs.</summary>
    private static readonly HashSet<string> MissingObject = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.UndefinedTable,                // 42P01 relation … does not exist
        PostgresErrorCodes.UndefinedObject,               // 42704 type / collation / role … does not exist
        PostgresErrorCodes.UndefinedFunction,             // 42883 function / operator … does not exist
        PostgresErrorCodes.InvalidSchemaName,             // 3F000 schema … does not exist
        PostgresErrorCodes.UndefinedColumn,               // 42703 column … does not exist (added later by ALTER TABLE)
        PostgresErrorCodes.WrongObjectType,               // 42809 e.g. a name that is not yet the kind it will be
        PostgresErrorCodes.InvalidForeignKey,             // 42830 no unique constraint matching given keys
        PostgresErrorCodes.DependentObjectsStillExist,    // 2BP01
        PostgresErrorCodes.ObjectNotInPrerequisiteState,  // 55000
    };

    /// <summary>"already exists": the project declares the object twice.</summary>
    private static readonly HashSet<string> AlreadyExists = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.DuplicateTable,     // 42P07 relation … already exists
        PostgresErrorCodes.DuplicateObject,    // 42710 type / constraint / trigger / role … already exists
        PostgresErrorCodes.DuplicateFunction,  // 42723
        PostgresErrorCodes.DuplicateSchema,    // 42P06
        PostgresErrorCodes.DuplicateDatabase,  // 42P04
        PostgresErrorCodes.DuplicateColumn,    // 42701
        PostgresErrorCodes.DuplicateAlias,     // 42712
    };

    public static bool IsMissingObject(PostgresException exception) => MissingObject.Contains(exception.SqlState);

    public static bool IsAlreadyExists(PostgresException exception) => AlreadyExists.Contains(exception.SqlState);
}
