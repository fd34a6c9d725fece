using Dapper;
using Npgsql;

namespace SurveySchema.Revisions;

/// <summary>Reads a <see cref="TargetState"/>; changes nothing, so <c>current</c> and <c>history</c> can use it
/// without the lock and on a database the tool has never touched.</summary>
public static class TargetStateReader
{
    public static async Task<TargetState> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "surveyschema";
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    public static async Task<TargetState> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = await connection.QuerySingleAsync<(bool History, bool Progress)>(new CommandDefinition(
            $"SELECT to_regclass('{HistoryTable.Name}') IS NOT NULL, to_regclass('{HistoryTable.ProgressName}') IS NOT NULL",
            cancellationToken: cancellationToken));

        var history = tables.History
            ? (await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"""
                SELECT revision AS "Revision", description AS "Description", checksum AS "Checksum", kind AS "Kind",
                       applied_at AS "AppliedAt", applied_by_role AS "AppliedByRole", applied_by_os_user AS "AppliedByOsUser",
                       duration_ms AS "DurationMs", tool_version AS "ToolVersion"
                FROM {HistoryTable.Name}
                ORDER BY length(revision), revision
                """,
                cancellationToken: cancellationToken))).ToList()
            : [];

        var progress = tables.Progress
            ? (await connection.QueryAsync<ProgressRow>(new CommandDefinition(
                $"""
                SELECT revision AS "Revision", direction AS "Direction", unit AS "Unit", lines AS "Lines", done_at AS "DoneAt"
                FROM {HistoryTable.ProgressName}
                ORDER BY length(revision), revision, direction, unit
                """,
                cancellationToken: cancellationToken))).ToList()
            : [];

        var alembic = await ReadAlembicAsync(connection, cancellationToken);
        var userTables = await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema', '{HistoryTable.Schema}')
              AND n.nspname NOT LIKE 'pg\_%'
              AND c.relname <> 'alembic_version'
              AND NOT EXISTS (SELECT FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.relname <> 'projects', 1
            LIMIT 5
            """,
            cancellationToken: cancellationToken));

        return new TargetState(tables.History, [.. history], [.. progress], alembic, [.. userTables]);
    }

    private static async Task<AlembicVersionTable?> ReadAlembicAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var table = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            """
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'version_num' AND NOT a.attisdropped
            WHERE c.relname = 'alembic_version' AND c.relkind IN ('r', 'p')
            ORDER BY n.nspname <> 'public', n.nspname
            LIMIT 1
            """,
            cancellationToken: cancellationToken));
        if (table is null)
        {
            return null;
        }

        var versions = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT version_num::text FROM {table} ORDER BY 1", cancellationToken: cancellationToken));
        return new AlembicVersionTable(table, [.. versions]);
    }
}
