using System.Diagnostics;
using CsCheck;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>Random schema pairs (docs/convergence.md): for each, the plan A → B applied with psql must turn A
/// into B with its rows kept, and the reverse plan must turn it back. 200 pairs by default;
/// <c>SURVEYSCHEMA_CONVERGENCE_PAIRS</c> asks for more, <c>SURVEYSCHEMA_CONVERGENCE_SEED</c> (or CsCheck's own
/// <c>CsCheck_Seed</c>) replays a reported failure.</summary>
[TestFixture]
public sealed class RandomConvergenceTests
{
    public const string PairsVariable = "SURVEYSCHEMA_CONVERGENCE_PAIRS";
    public const string SeedVariable = "SURVEYSCHEMA_CONVERGENCE_SEED";
    public const string ThreadsVariable = "SURVEYSCHEMA_CONVERGENCE_THREADS";

    [Test]
    public async Task RandomSchemaPairsConvergeAndReverse()
    {
        var pairs = int.TryParse(Environment.GetEnvironmentVariable(PairsVariable), out var configured) && configured > 0 ? configured : 200;
        var threads = int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), out var t) && t > 0 ? t : Math.Max(2, Environment.ProcessorCount);
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } s ? s : null;
        var statistics = new PairStatistics();
        var clock = Stopwatch.StartNew();
        await using var pool = new PairDatabasePool();

        await SchemaGenerator.Pairs.SampleAsync(
            async pair =>
            {
                var databases = await pool.RentAsync();
                try
                {
                    await PairCheck.RunAsync(pair, databases, statistics);
                }
                finally
                {
                    pool.Return(databases);
                }
            },
            writeLine: TestContext.Out.WriteLine,
            seed: seed,
            iter: pairs,
            threads: threads,
            print: pair => pair.ToString());

        TestContext.Out.WriteLine($"{statistics}\n{pool.Created} database pairs, {threads} threads, {clock.Elapsed.TotalSeconds:0} s");
        Assert.That(statistics.Pairs, Is.GreaterThanOrEqualTo(1), "pairs ran");
    }

    /// <summary>For whoever hunts planner bugs: runs pairs without stopping or shrinking and prints one example
    /// per kind of failure (the failure's first two lines, numbers masked), most frequent first.</summary>
    [Test]
    [Explicit("a diagnostic: groups the failures of many pairs")]
    public async Task SurveyFailures()
    {
        var pairs = int.TryParse(Environment.GetEnvironmentVariable(PairsVariable), out var configured) && configured > 0 ? configured : 300;
        var statistics = new PairStatistics();
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, (int Count, string Example)>();
        await using var pool = new PairDatabasePool();
        await Parallel.ForEachAsync(Enumerable.Range(1, pairs), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, async (seed, _) =>
        {
            var pair = SchemaGenerator.Generate(1 + seed % 4, seed);
            var databases = await pool.RentAsync();
            try
            {
                await PairCheck.RunAsync(pair, databases, statistics);
            }
            catch (ConvergenceFailure failure)
            {
                var key = System.Text.RegularExpressions.Regex.Replace(string.Join(" | ", failure.Message.Split('\n').Take(2)), @"[0-9a-f]{32}|\d+", "N");
                failures.AddOrUpdate(key, (1, failure.Message), (_, old) => (old.Count + 1, old.Example.Length <= failure.Message.Length ? old.Example : failure.Message));
            }
            finally
            {
                pool.Return(databases);
            }
        });

        TestContext.Out.WriteLine($"{statistics}\n{failures.Values.Sum(f => f.Count)} failures of {pairs} pairs in {failures.Count} kinds");
        foreach (var (key, (count, example)) in failures.OrderByDescending(f => f.Value.Count))
        {
            TestContext.Out.WriteLine($"\n==== {count}× {key}\n{example}");
        }
    }

    [Test]
    public void TheGeneratorIsDeterministic()
    {
        var first = SchemaGenerator.Generate(3, 12345);
        var second = SchemaGenerator.Generate(3, 12345);

        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(first.A.ToDdl(), Does.Contain("CREATE TABLE"));
    }
}
