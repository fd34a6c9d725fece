using Npgsql;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>Runs a case's <c>setup</c> on the test cluster (roles live in the cluster, not in a database).</summary>
internal static class ClusterSetup
{
    /// <summary>One setup at a time: two cases creating the same role at once would make one of them fail on
    /// pg_authid's unique index even when both tolerate an existing role.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task RunAsync(string? sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            Gate.Release();
        }
    }
}
