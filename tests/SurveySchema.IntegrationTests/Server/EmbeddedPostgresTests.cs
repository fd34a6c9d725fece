using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>Starts clusters of its own (not the shared test server) to observe start and stop.</summary>
[TestFixture]
public sealed class EmbeddedPostgresTests
{
    [Test]
    public async Task StartsOnLoopbackWithTheSettingsLargeSchemasNeed()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await EmbeddedPostgres.StartAsync();
        var started = clock.Elapsed;
        await using var connection = new NpgsqlConnection(cluster.Server.AdminConnectionString);
        await connection.OpenAsync();

        TestContext.Out.WriteLine($"embedded start (initdb + start + PostGIS template): {started.TotalMilliseconds:F0} ms");
        Assert.That(cluster.MajorVersion, Is.GreaterThanOrEqualTo(15));
        Assert.That(await SettingAsync(connection, "listen_addresses"), Is.EqualTo("127.0.0.1"));
        Assert.That(await SettingAsync(connection, "fsync"), Is.EqualTo("off"));
        Assert.That(await SettingAsync(connection, "max_locks_per_transaction"), Is.EqualTo("1024"));
        Assert.That(int.Parse(await SettingAsync(connection, "max_connections"), CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(100));
        Assert.That(await SettingAsync(connection, "port"), Is.EqualTo(cluster.Port.ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task PostGisTemplateExistsAndIsMarkedAsTemplate()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync();
        await using var connection = new NpgsqlConnection(cluster.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT datistemplate FROM pg_database WHERE datname = 'surveyschema_template_postgis'", connection);

        Assert.That(await command.ExecuteScalarAsync(), Is.True);
    }

    [Test]
    public async Task DisposeStopsThePostmasterAndDeletesTheFolder()
    {
        var cluster = await EmbeddedPostgres.StartAsync();
        var postmaster = PostmasterId(cluster.DataDirectory);
        Assert.That(IsRunning(postmaster), Is.True, "postmaster should run while the cluster is open");

        await cluster.DisposeAsync();

        Assert.That(IsRunning(postmaster), Is.False, $"postmaster {postmaster} still runs");
        Assert.That(Directory.Exists(cluster.RootDirectory), Is.False, cluster.RootDirectory);
    }

    [Test]
    public async Task DatabaseOfAStoppedClusterDisposesQuietly()
    {
        var cluster = await EmbeddedPostgres.StartAsync();
        var database = await cluster.Server.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await cluster.DisposeAsync();

        Assert.That(async () => await database.DisposeAsync(), Throws.Nothing);
    }

    internal static int PostmasterId(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="processId"/> is a live postgres process (a reused PID of another
    /// program does not count).</summary>
    internal static bool IsRunning(int processId)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{processId}/status");
            return status.Any(line => line.StartsWith("Name:", StringComparison.Ordinal) && line.Contains("postgres", StringComparison.Ordinal))
                && !status.Any(line => line.StartsWith("State:", StringComparison.Ordinal) && line.Contains('Z', StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<string> SettingAsync(NpgsqlConnection connection, string name)
    {
        await using var command = new NpgsqlCommand("SELECT current_setting($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
