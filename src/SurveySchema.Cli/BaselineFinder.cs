using SurveySchema.Catalog;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.Cli;

/// <summary>Which revision of the chain a database without revision history matches: the question
/// <c>stamp &lt;rev&gt;</c> leaves to the operator when adopting a database built by hand or by Alembic.</summary>
/// <remarks>
/// The chain is replayed on ONE scratch database, a revision at a time (base → 0001 → 0002 …), and the schema
/// is read back after each step with the same <see cref="CatalogReader"/> as the target, so both sides are in
/// PostgreSQL's own spelling and their fingerprints compare. Replaying rather than diffing the up scripts is the
/// only faithful way: a revision's effect is whatever PostgreSQL makes of its SQL. The target is only read,
/// never written: the scratch database is on <c>--dev-connection</c> or an embedded server, never on the target's.
/// </remarks>
internal static class BaselineFinder
{
    /// <param name="chain">The verified revision chain.</param>
    /// <param name="target">The target's model, read with <see cref="CatalogOptions.Default"/>.</param>
    /// <param name="server">Where the scratch database goes; null starts an embedded PostgreSQL for the search.</param>
    /// <param name="diffOptions">How differences are counted (the project's renames, as drift uses them).</param>
    /// <param name="progress">One line when the replay starts, for the command's error stream.</param>
    /// <param name="cancellationToken">Cancels; the scratch database (and its server) go all the same.</param>
    /// <exception cref="PostgresServerException">The scratch server could not be started or reached; also
    /// <see cref="Npgsql.NpgsqlException"/> and <see cref="CatalogReadException"/>.</exception>
    public static async Task<BaselineSearch> FindAsync(
        RevisionChain chain,
        DatabaseModel target,
        PostgresServer? server,
        DiffOptions diffOptions,
        Action<string>? progress,
        CancellationToken cancellationToken)
    {
        var targetFingerprint = Fingerprint.Of(target);
        await using var scratch = await TargetDatabase.OpenScratchAsync(server, DatabaseTemplate.Empty, cancellationToken);
        progress?.Invoke($"looking for the revision the database matches: replaying {chain.Directory} "
            + $"({string.Join(" → ", Enumerable.Range(0, chain.Count + 1).Select(chain.NameAt))}) on a scratch database ({scratch.Display})");

        // The runner's lock and history live in the scratch database, which nobody else knows of: a short wait is plenty.
        var runner = new RevisionRunner(chain, scratch.ConnectionString, new RunnerOptions { LockTimeout = TimeSpan.FromSeconds(10) });
        var candidates = new List<BaselineCandidate>(chain.Count);
        foreach (var revision in chain.Revisions)
        {
            var outcome = await runner.UpgradeAsync(revision.Id, cancellationToken);
            if (outcome.Status != RunStatus.Succeeded)
            {
                var why = outcome.Failure?.Problem ?? outcome.Problems.FirstOrDefault();
                return new BaselineSearch(targetFingerprint, [.. candidates], $"replaying {revision} failed: {why?.Message ?? outcome.Status.ToString()}");
            }

            var state = await CatalogReader.ReadAsync(scratch.ConnectionString, CatalogOptions.Default, cancellationToken);
            var difference = SchemaDiffer.Compare(target, state, diffOptions);
            candidates.Add(new BaselineCandidate(revision, Fingerprint.Of(state), difference.Operations, difference.Remarks));
        }

        return new BaselineSearch(targetFingerprint, [.. candidates], null);
    }
}
