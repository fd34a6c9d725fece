using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Benchmarks.Synthetic;
using SurveySchema.Catalog;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>What the diff benchmark measured at one size.</summary>
/// <param name="Prepare">Cloning the benchmark database, applying the changes and reading the changed model
/// (set-up, not part of the diff).</param>
/// <param name="Plan">MigrationPlanner.Plan(current, desired): differ, online rewrites, ordering graph, hazards.</param>
/// <param name="Write">SqlScriptWriter.Write of that plan.</param>
/// <param name="Differ">SchemaDiffer.Compare alone: the first stage of Plan.</param>
/// <param name="Fingerprints">Fingerprint.Of both models (canonical JSON + SHA-256), which Plan also computes.</param>
internal sealed record DiffTimings(
    int Tables,
    IReadOnlyList<SyntheticChange> Changes,
    TimeSpan Prepare,
    Measurement Plan,
    Measurement Write,
    Measurement Differ,
    Measurement Fingerprints,
    int Steps,
    int Hazards,
    int ScriptBytes);

/// <summary>Times planning and script writing between a generated schema and the same schema with about
/// 1 % of its tables changed, both read from real databases.</summary>
internal sealed class DiffBenchmark(Action<string> log)
{
    public async Task<DiffTimings> RunAsync(
        SyntheticSchema schema, BenchDatabase database, DatabaseModel current, int repetitions, CancellationToken cancellationToken)
    {
        var changes = SyntheticChanges.For(schema);
        DatabaseModel? desired = null;
        var prepare = await Runner.TimeAsync(async () =>
        {
            await using var changed = await database.CloneAsync(database.Name + "_changed", cancellationToken).ConfigureAwait(false);
            await changed.ApplyAsync(changes.SelectMany(c => c.Statements), cancellationToken).ConfigureAwait(false);
            desired = await CatalogReader.ReadAsync(changed.ConnectionString, CatalogOptions.Default, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        log($"  prepare (clone, {changes.Count} changed tables, read): {Format.Seconds(prepare.Elapsed)}");

        MigrationPlan? plan = null;
        var planned = await Runner.MeasureAsync("MigrationPlanner.Plan", repetitions, () =>
        {
            plan = MigrationPlanner.Plan(current, desired!, PlanOptions.Default);
            return Task.CompletedTask;
        }, log: log).ConfigureAwait(false);

        // The parts of Plan that do not depend on the number of changes, to tell where its time goes.
        var differ = await Runner.MeasureAsync("SchemaDiffer.Compare", repetitions, () =>
        {
            _ = SchemaDiffer.Compare(current, desired!, DiffOptions.Default);
            return Task.CompletedTask;
        }, log: log).ConfigureAwait(false);
        var fingerprints = await Runner.MeasureAsync("Fingerprint.Of x2", repetitions, () =>
        {
            _ = Fingerprint.Of(current) + Fingerprint.Of(desired!);
            return Task.CompletedTask;
        }, log: log).ConfigureAwait(false);

        var header = new ScriptHeader("benchmark") { Source = "benchmark database", Target = "changed benchmark database" };
        var script = string.Empty;
        var written = await Runner.MeasureAsync("SqlScriptWriter.Write", repetitions, () =>
        {
            script = SqlScriptWriter.Write(plan!, header);
            return Task.CompletedTask;
        }, log: log).ConfigureAwait(false);

        // Every change must show up as at least one step, else the benchmark timed a diff that found nothing.
        if (plan!.Steps.Count < changes.Count)
        {
            throw new InvalidOperationException(
                $"the plan has {plan.Steps.Count} steps for {changes.Count} changed tables:\n{script}");
        }

        return new DiffTimings(
            schema.Tables.Count, changes, prepare.Elapsed, planned, written, differ, fingerprints, plan.Steps.Count, plan.Hazards.Count,
            System.Text.Encoding.UTF8.GetByteCount(script));
    }
}
