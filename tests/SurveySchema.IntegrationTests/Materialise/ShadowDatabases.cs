using Npgsql;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>The shadow databases present on the test server, to prove a build leaves none behind.</summary>
internal static class ShadowDatabases
{
    public const string DefaultPrefix = "surveyschema_shadow";

    public static async Task<IReadOnlySet<string>> ListAsync(string prefix = DefaultPrefix)
    {
        await using var connection = new NpgsqlConnection(TestServer.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix + "_" });
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The shadow databases created since <paramref name="before"/> that are still there. Another test
    /// building at the same time may own a new one for a moment, so this waits a few seconds for those to go;
    /// a leaked database never goes.</summary>
    public static async Task<IReadOnlySet<string>> LeftSinceAsync(IReadOnlySet<string> before, string prefix = DefaultPrefix)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var left = (await ListAsync(prefix)).Except(before).ToHashSet(StringComparer.Ordinal);
            if (left.Count == 0 || DateTime.UtcNow > deadline)
            {
                return left;
            }

            await Task.Delay(250);
        }
    }
}
