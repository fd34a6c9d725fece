using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>A failed convergence check: what failed and the pair that shows it. Not an NUnit assertion, because
/// CsCheck catches it on a worker thread and goes on looking for a smaller failing pair.</summary>
internal sealed class ConvergenceFailure(string message) : Exception(message);

/// <summary>Databases A and B for one worker, reused from pair to pair: resetting is a DROP SCHEMA … CASCADE of
/// the generated schema, far cheaper than a new database.</summary>
internal sealed class PairDatabases(ScratchDatabase a, ScratchDatabase b) : IAsyncDisposable
{
    public ScratchDatabase A { get; } = a;

    public ScratchDatabase B { get; } = b;

    public async Task ResetAsync()
    {
        foreach (var database in new[] { A, B })
        {
            await ExecuteAsync(database.ConnectionString, $"DROP SCHEMA IF EXISTS {SchemaSpec.Schema} CASCADE");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a script as an operator would (<c>psql -X -v ON_ERROR_STOP=1 -f</c>); psql's error
    /// output when it fails, null when it succeeds.</summary>
    public static async Task<string?> RunPsqlAsync(string connectionString, string scriptPath)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("psql") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", scriptPath })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = builder.Username;
        start.Environment["PGDATABASE"] = builder.Database;
        if (builder.Password is not null)
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? null : $"psql exited {process.ExitCode}: {await error}{await output}";
    }
}

/// <summary>Hands each CsCheck worker a <see cref="PairDatabases"/>, creating one the first time a worker has
/// none free; disposing drops them all.</summary>
internal sealed class PairDatabasePool : IAsyncDisposable
{
    private readonly ConcurrentBag<PairDatabases> free = [];
    private readonly ConcurrentBag<PairDatabases> all = [];

    public async Task<PairDatabases> RentAsync()
    {
        if (free.TryTake(out var pair))
        {
            return pair;
        }

        pair = new PairDatabases(
            await TestServer.CreateDatabaseAsync(DatabaseTemplate.PostGis),
            await TestServer.CreateDatabaseAsync(DatabaseTemplate.PostGis));
        all.Add(pair);
        return pair;
    }

    public void Return(PairDatabases pair) => free.Add(pair);

    public int Created => all.Count;

    public async ValueTask DisposeAsync()
    {
        foreach (var pair in all)
        {
            await pair.DisposeAsync();
        }
    }
}
