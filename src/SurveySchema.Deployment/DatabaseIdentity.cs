using Npgsql;
using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>Which database a connection reaches, as a plan and its approval record it: the cluster's system
/// identifier (chosen by initdb, unique per cluster, the same on its backups and streaming replicas) and the
/// database's name. A plan approved for staging cannot then be run against production by a mistyped connection.</summary>
public static class DatabaseIdentity
{
    public static async Task<PlanDocumentDatabase> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        var database = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new PlanDocumentDatabase(await SystemIdentifierAsync(connection, cancellationToken), database);
    }

    public static async Task<PlanDocumentDatabase> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    /// <summary>A role without EXECUTE on pg_control_system() (an administrator may revoke it) gets null, and the
    /// binding rests on the database name and fingerprint alone.</summary>
    private static async Task<string?> SystemIdentifierAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE') "
            + "THEN (SELECT system_identifier::text FROM pg_control_system()) END", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
