using System.Collections.Concurrent;
using System.Text;
using Npgsql;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>What one run of pairs saw, for the test's log: operation kinds and hazards planned.</summary>
internal sealed class PairStatistics
{
    public ConcurrentDictionary<string, int> Operations { get; } = new();

    public ConcurrentDictionary<string, int> Hazards { get; } = new();

    public int Pairs;

    public int EmptyPlans;

    public int ReversedWithRows;

    public override string ToString() =>
        $"{Pairs} pairs ({EmptyPlans} with nothing to do, {ReversedWithRows} reversed with their rows kept)\n"
        + $"operations: {string.Join(", ", Operations.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}\n"
        + $"hazards: {string.Join(", ", Hazards.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}";
}

/// <summary>The convergence check for one <see cref="SchemaPair"/>: create A and B, put rows in A, plan A → B
/// with the real planner, apply the script to A with psql; A must then read back exactly like B with its
/// surviving tables' rows kept; the reverse script must bring A back to its original model.</summary>
internal static class PairCheck
{
    private static readonly ScriptHeader Header = new("random") { Source = "A", Target = "B", LockTimeout = "5s" };

    public static async Task RunAsync(SchemaPair pair, PairDatabases databases, PairStatistics statistics)
    {
        await databases.ResetAsync();
        await SetUpAsync(databases.A.ConnectionString, pair.A.ToDdl() + pair.A.ToRows(), pair, "creating A with its rows");
        await SetUpAsync(databases.B.ConnectionString, pair.B.ToDdl(), pair, "creating B");
        var original = await ConvergenceDatabase.ReadAsync(databases.A.ConnectionString);
        var desired = await ConvergenceDatabase.ReadAsync(databases.B.ConnectionString);

        // Both forms are exercised: online-safe (CONCURRENTLY, NOT VALID + VALIDATE) for even seeds, plain for odd.
        var options = PlanOptions.Default with { OnlineSafe = pair.Seed % 2 == 0 };
        var plan = Plan(pair, original, desired, options);
        try
        {
            await CheckPlanAsync(pair, databases, statistics, original, desired, plan);
        }
        catch (ConvergenceFailure failure) when (failure.Forward is null)
        {
            throw new ConvergenceFailure(failure.Message) { Forward = plan };
        }
    }

    private static async Task CheckPlanAsync(
        SchemaPair pair, PairDatabases databases, PairStatistics statistics, DatabaseModel original, DatabaseModel desired, MigrationPlan plan)
    {
        Interlocked.Increment(ref statistics.Pairs);
        if (plan.IsEmpty)
        {
            Interlocked.Increment(ref statistics.EmptyPlans);
        }

        foreach (var step in plan.Steps)
        {
            statistics.Operations.AddOrUpdate(step.Operation.GetType().Name, 1, (_, n) => n + 1);
            foreach (var hazard in step.Hazards)
            {
                statistics.Hazards.AddOrUpdate(hazard.Kind.ToString(), 1, (_, n) => n + 1);
            }
        }

        var surviving = original.Tables.Select(t => t.Name).Where(name => desired.Tables.Any(t => t.Name == name)).ToList();
        var rowsBefore = await ConvergenceDatabase.CountRowsAsync(databases.A.ConnectionString, surviving);
        await ApplyAsync(pair, databases.A.ConnectionString, plan, "forward");
        await ExpectModelAsync(pair, databases.A.ConnectionString, desired, "forward", exact: true, plan);
        var rowsAfter = await ConvergenceDatabase.CountRowsAsync(databases.A.ConnectionString, surviving);
        if (!rowsBefore.SequenceEqual(rowsAfter))
        {
            throw Failure(pair, "forward: rows lost", $"before: {string.Join(", ", rowsBefore)}\nafter: {string.Join(", ", rowsAfter)}", plan);
        }

        if (!plan.IsReversible)
        {
            // What the plan dropped comes back empty; rows would meet columns re-added NOT NULL without a default.
            var tables = string.Join(", ", desired.Tables.Select(t => SchemaSpec.Q(t.Name.Name)));
            if (tables.Length > 0)
            {
                await ConvergenceDatabase.ExecuteAsync(databases.A.ConnectionString, $"TRUNCATE {tables} CASCADE");
            }
        }
        else
        {
            Interlocked.Increment(ref statistics.ReversedWithRows);
        }

        var reverse = Reverse(pair, plan);
        await ApplyAsync(pair, databases.A.ConnectionString, reverse, "reverse");

        // Columns re-added by the reverse plan come last: PostgreSQL cannot put them back in place, and the differ
        // only remarks on order, so the reverse is held to "nothing left to do" rather than an equal fingerprint.
        await ExpectModelAsync(pair, databases.A.ConnectionString, original, "reverse", exact: false, reverse);
    }

    private static MigrationPlan Plan(SchemaPair pair, DatabaseModel from, DatabaseModel to, PlanOptions options)
    {
        try
        {
            return MigrationPlanner.Plan(from, to, options);
        }
        catch (Exception exception) when (exception is not ConvergenceFailure)
        {
            throw new ConvergenceFailure($"forward: the planner threw {exception}\n{pair}");
        }
    }

    /// <summary>What <c>diff</c> writes as <c>&lt;out&gt;.down.sql</c>.</summary>
    private static MigrationPlan Reverse(SchemaPair pair, MigrationPlan plan)
    {
        try
        {
            return plan.Reverse();
        }
        catch (Exception exception)
        {
            throw new ConvergenceFailure($"reverse: the planner threw {exception}\n{pair}");
        }
    }

    private static async Task SetUpAsync(string connectionString, string sql, SchemaPair pair, string what)
    {
        try
        {
            await ConvergenceDatabase.ExecuteAsync(connectionString, sql);
        }
        catch (PostgresException exception)
        {
            // The generator's own fault, not the planner's: reported apart so the two are never confused.
            throw new ConvergenceFailure($"GENERATOR: {what} failed: {exception.MessageText} ({exception.SqlState})\n{pair}");
        }
    }

    private static async Task ApplyAsync(SchemaPair pair, string connectionString, MigrationPlan plan, string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"surveyschema-random-{Guid.NewGuid():N}.sql");
        var script = SqlScriptWriter.Write(plan, Header);
        await File.WriteAllTextAsync(path, script, new UTF8Encoding(false));
        try
        {
            if (await ConvergenceDatabase.TryRunPsqlAsync(connectionString, path) is { } error)
            {
                throw Failure(pair, $"{what}: the script failed", error, plan);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task ExpectModelAsync(SchemaPair pair, string connectionString, DatabaseModel expected, string what, bool exact, MigrationPlan plan)
    {
        var actual = await ConvergenceDatabase.ReadAsync(connectionString);
        if (ConvergenceDatabase.SameIncludingColumnOrder(actual, expected))
        {
            return;
        }

        var remaining = SchemaDiffer.Compare(actual, expected, DiffOptions.Default);
        if (!exact && remaining.Operations.IsEmpty)
        {
            return;
        }

        throw Failure(pair, $"{what}: the database does not match after the script",
            "remaining operations:\n" + string.Join("\n", remaining.Operations.Select(o => $"  {o.Describe()}    {o}"))
            + "\nremarks:\n" + string.Join("\n", remaining.Remarks.Select(r => "  " + r)), plan);
    }

    private static ConvergenceFailure Failure(SchemaPair pair, string what, string detail, MigrationPlan plan) =>
        new($"{what}\n{detail}\n-- script:\n{SqlScriptWriter.Write(plan, Header)}\n{pair}");
}
