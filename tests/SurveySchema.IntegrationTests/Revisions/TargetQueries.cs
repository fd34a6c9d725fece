using Dapper;
using Npgsql;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>Looks at a target database the way a test asserts on it.</summary>
internal static class TargetQueries
{
    public static async Task<List<string>> HistoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var exists = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('surveyschema.revision_history') IS NOT NULL");
        return exists
            ? [.. await connection.QueryAsync<string>("SELECT revision FROM surveyschema.revision_history ORDER BY revision")]
            : [];
    }

    public static async Task<bool> TableExistsAsync(string connectionString, string qualifiedName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<bool>("SELECT to_regclass(@qualifiedName) IS NOT NULL", new { qualifiedName });
    }

    public static async Task<bool> ColumnExistsAsync(string connectionString, string table, string column)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = to_regclass(@table) AND attname = @column AND NOT attisdropped)",
            new { table, column });
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
