using System.Collections.Concurrent;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>A failed convergence check: what failed and the pair that shows it. Not an NUnit assertion, so that an
/// exploration run can catch it, record the pair and go on with the next one.</summary>
internal sealed class ConvergenceFailure(string message) : Exception(message)
{
    /// <summary>The forward plan, when the pair got that far: its hazards go into the case folder written for it.</summary>
    public SurveySchema.Planning.MigrationPlan? Forward { get; init; }
}

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
            await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, $"DROP SCHEMA IF EXISTS {SchemaSpec.Schema} CASCADE");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
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
