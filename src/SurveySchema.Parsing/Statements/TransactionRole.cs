namespace SurveySchema.Parsing.Statements;

/// <summary>How a statement stands towards the transaction it runs in, as PostgreSQL decides it.</summary>
public enum TransactionRole
{
    /// <summary>Runs inside a transaction block or on its own; SAVEPOINT, RELEASE and ROLLBACK TO included,
    /// since they work within a transaction.</summary>
    Ordinary,

    /// <summary>Opens or ends a transaction: BEGIN, START TRANSACTION, COMMIT/END, ROLLBACK/ABORT,
    /// PREPARE TRANSACTION, COMMIT PREPARED, ROLLBACK PREPARED.</summary>
    TransactionControl,

    /// <summary>PostgreSQL refuses it inside a transaction block ("cannot run inside a transaction block"):
    /// CREATE/DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, REINDEX SCHEMA/SYSTEM/DATABASE,
    /// ALTER TABLE … DETACH PARTITION … CONCURRENTLY, VACUUM, CLUSTER of every table, CREATE/DROP DATABASE,
    /// ALTER DATABASE … SET TABLESPACE, CREATE/DROP TABLESPACE, ALTER SYSTEM.</summary>
    RefusesTransactionBlock,
}
