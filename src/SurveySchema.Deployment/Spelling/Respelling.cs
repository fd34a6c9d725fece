using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Deployment.Spelling;

/// <summary>Compares two models with PostgreSQL as the arbiter of expression spelling. Both sides' expression
/// texts come from <c>pg_get_*def</c>, but PostgreSQL's deparse is not always a fixed point: a CHECK it prints as
/// <c>= ANY ((ARRAY[…])::text[])</c> (as pg_dump writes it) is stored back as <c>= ANY (ARRAY[(…)::text, …])</c>.
/// The trees differ, the meaning does not. So when objects differ, each side's differing objects (plus what they
/// need) are created from the model in a scratch database (as <see cref="Rehearsal"/> copies a target) and read
/// back; an object whose differences vanish or shrink in that round trip takes its re-spelled form on both sides,
/// and what is left is drift. Used by <c>drift</c>, <c>diff</c> and <c>deploy</c>'s equality checks alike, so
/// "no drift" and "empty plan" agree.</summary>
/// <remarks>Cheap by construction: nothing runs when the models are equal or no object exists on both sides with
/// a difference in deparsed text (<see cref="SpelledText"/>: a changed type, a missing column or index cannot be
/// spelling), so then no scratch database is made; otherwise one scratch database per side, built side by side,
/// holding only the objects concerned. A round trip that
/// cannot run (the copy fails to build) changes nothing and says why in a remark. An object whose round trip
/// would add a difference keeps its original form: the round trip may only ever remove differences.</remarks>
public static class Respelling
{
    public static async Task<SpellingComparison> CompareAsync(
        ScratchServer scratch, DatabaseModel live, DatabaseModel desired, DiffOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        ArgumentNullException.ThrowIfNull(options);
        using var stage = StageTrace.Start("respell");
        live = live.ToCanonical();
        desired = desired.ToCanonical();
        SchemaDifference first;
        using (StageTrace.Start("respell.first-diff"))
        {
            first = SchemaDiffer.Compare(live, desired, options);
        }

        var candidates = first.Operations.IsEmpty ? [] : SpellingScope.Candidates(live, desired);
        if (candidates.Count == 0)
        {
            return new SpellingComparison(live, desired, first, 0, default);
        }

        DatabaseModel liveCopy, desiredCopy;
        try
        {
            using var roundTrips = StageTrace.Start("respell.round-trips");
            var server = await scratch.GetAsync(cancellationToken);
            // The two copies share nothing but the server: built side by side, the round trip costs one copy's time.
            var copies = await Task.WhenAll(
                RoundTripAsync(server, SpellingScope.SubModel(live, candidates), cancellationToken),
                RoundTripAsync(server, SpellingScope.SubModel(desired, candidates), cancellationToken));
            (liveCopy, desiredCopy) = (copies[0], copies[1]);
        }
        catch (Exception exception) when (exception is RoundTripException or NpgsqlException or PostgresServerException
            or CatalogReadException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            var remark = new Remark(RemarkCodes.SpellingNotChecked, $"expression spelling not checked through PostgreSQL (a scratch copy of {candidates.Count} object(s) failed: "
                + $"{Redaction.RemovePasswords(exception.Message)}); a difference below may be spelling only");
            return new SpellingComparison(live, desired, first with { Remarks = first.Remarks.Append(remark).ToEquatableArray() }, 0, default);
        }

        using var restoring = StageTrace.Start("respell.restore");
        var (spelledLive, spelledDesired) = (live, desired);
        var spellingOnly = 0;
        var respelled = new List<ObjectRef>();
        foreach (var candidate in candidates)
        {
            var nextLive = SpellingScope.Restore(spelledLive, liveCopy, candidate);
            var nextDesired = SpellingScope.Restore(spelledDesired, desiredCopy, candidate);
            var before = Describe(SpellingScope.Only(live, candidate), SpellingScope.Only(desired, candidate), options);
            var after = Describe(SpellingScope.Only(nextLive, candidate), SpellingScope.Only(nextDesired, candidate), options);
            if (before is null || after is null || after.Count >= before.Count || !after.All(before.Contains))
            {
                continue;
            }

            (spelledLive, spelledDesired) = (nextLive.ToCanonical(), nextDesired.ToCanonical());
            spellingOnly += before.Count - after.Count;
            respelled.Add(candidate);
        }

        if (spellingOnly == 0)
        {
            return new SpellingComparison(live, desired, first, 0, default);
        }

        using var secondDiff = StageTrace.Start("respell.second-diff");
        var difference = SchemaDiffer.Compare(spelledLive, spelledDesired, options);
        var comparison = new SpellingComparison(spelledLive, spelledDesired, difference, spellingOnly, respelled.ToEquatableArray());
        return comparison with { Difference = difference with { Remarks = difference.Remarks.Append(comparison.SpellingRemark!).ToEquatableArray() } };
    }

    /// <summary>The differ's words for one object's differences, or null when the differ cannot judge the object
    /// on its own (then it is left as it is).</summary>
    private static List<string>? Describe(DatabaseModel live, DatabaseModel desired, DiffOptions options)
    {
        try
        {
            return [.. SchemaDiffer.Compare(live, desired, options with { Renames = default }).Operations.Select(o => o.Describe())];
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or KeyNotFoundException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary><paramref name="model"/> created in a scratch database from what a new database holds, in plain
    /// (not online-safe) forms, and read back.</summary>
    private static async Task<DatabaseModel> RoundTripAsync(PostgresServer server, DatabaseModel model, CancellationToken cancellationToken)
    {
        var template = model.Extensions.Any(e => e.Name == "postgis") ? DatabaseTemplate.PostGis : DatabaseTemplate.Empty;
        var created = StageTrace.Start("respell.create-database");
        await using var database = await server.CreateDatabaseAsync(template, "surveyschema_respell", cancellationToken);
        created?.Dispose();
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var readEmpty = StageTrace.Start("respell.read-empty");
        var empty = await CatalogReader.ReadAsync(connection, CatalogOptions.Default, cancellationToken);
        readEmpty?.Dispose();
        var planning = StageTrace.Start("respell.plan-copy");
        var build = MigrationPlanner.Plan(empty, model, PlanOptions.Default with { OnlineSafe = false });
        // Verbatim: the question is what PostgreSQL makes of the catalog's text, not of the generator's best spelling.
        var document = JsonPlanWriter.ToVerbatimDocument(build, new ScriptHeader("respell") { LockTimeout = "0" });
        planning?.Dispose();
        using var applying = StageTrace.Start("respell.apply-copy");
        if (await PlanExecution.RunAsync(connection, document, (_, _) => { }, cancellationToken) is { } failure)
        {
            throw new RoundTripException($"step {failure.Step.Number} ({failure.Step.Description}): {failure.Message}");
        }

        applying?.Dispose();
        using var readBack = StageTrace.Start("respell.read-back");
        return await CatalogReader.ReadAsync(connection, CatalogOptions.Default, cancellationToken);
    }

    private sealed class RoundTripException(string message) : Exception(message);
}
