using System.CommandLine;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>The live side of <c>diff</c> and <c>drift</c>: the configured target read into a model, or, with no
/// connection configured, the revision chain's head replayed on a scratch database of an embedded server (so
/// that without any setup the two commands check that the chain and <c>schema/</c> agree).</summary>
internal sealed class ComparedDatabase : IAsyncDisposable
{
    private ComparedDatabase(TargetDatabase database, string display, DatabaseModel model, IReadOnlyDictionary<QualifiedName, long> rowEstimates)
    {
        Database = database;
        Display = display;
        Model = model;
        RowEstimates = rowEstimates;
    }

    /// <summary>The open target; its embedded server (if any) also hosts the shadow database.</summary>
    public TargetDatabase Database { get; }

    /// <summary>What the target is, for messages and script headers; never a password.</summary>
    public string Display { get; }

    public DatabaseModel Model { get; private set; }

    /// <summary>Adds the roles the desired side declares to <see cref="Model"/>: roles are cluster-wide, so the
    /// target's model covers exactly the roles the project declares (none by default).</summary>
    public async Task ReadRolesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var roles = await RoleCatalog.ReadAsync(Database.ConnectionString, names, cancellationToken);
        if (roles == Model.Roles)
        {
            // Most projects declare no role: the model stays the same instance, so it is not put in canonical order
            // again (a copy of every record) and keeps the fingerprint and the comparisons already made of it.
            return;
        }

        Model = (Model with { Roles = roles }).ToCanonical();
    }

    /// <summary><c>pg_class.reltuples</c> of every table that has been vacuumed or analysed at least once.</summary>
    public IReadOnlyDictionary<QualifiedName, long> RowEstimates { get; }

    /// <summary>True when the target is the chain's head replayed, not a configured database.</summary>
    public bool IsChainHead => Database.IsScratch;

    /// <summary>Opens and reads the target; null after printing why it failed. With <c>chainHeadOn</c> null the target
    /// is the configured one (<c>--connection</c> and the rest; with none, the chain's head on an embedded server);
    /// otherwise it is always the chain's head, replayed on a scratch database on <see cref="ChainHead.Server"/>
    /// (<c>--dev-connection</c>) or on an embedded server: what <c>revision --autogenerate</c> starts from, whatever
    /// database is configured.</summary>
    public static async Task<ComparedDatabase?> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken, ChainHead? chainHeadOn = null)
    {
        var error = parseResult.InvocationConfiguration.Error;
        TargetDatabase? database = null;
        try
        {
            database = chainHeadOn is { } chainHead
                ? await TargetDatabase.OpenScratchAsync(chainHead.Server, DatabaseTemplate.Empty, cancellationToken)
                : await TargetDatabase.OpenAsync(
                    parseResult.GetValue(SharedOptions.Connection), Directory.GetCurrentDirectory(), DatabaseTemplate.Empty, cancellationToken);
            var display = database.Display;
            if (database.IsScratch)
            {
                display = await ReplayChainHeadAsync(parseResult, database, chainHeadOn is not null, cancellationToken);
                if (display is null)
                {
                    await database.DisposeAsync();
                    return null;
                }
            }

            DatabaseModel model;
            using (StageTrace.Start("target.catalog-read"))
            {
                model = await CatalogReader.ReadAsync(database.ConnectionString, CatalogOptions.Default, cancellationToken);
            }

            using var estimatesStage = StageTrace.Start("target.row-estimates");
            var estimates = await SurveySchema.Catalog.RowEstimates.ReadAsync(database.ConnectionString, cancellationToken);
            return new ComparedDatabase(database, display, model, estimates);
        }
        catch (Exception exception) when (exception is CatalogReadException or PostgresServerException
            or NpgsqlException or FormatException or IOException or UnauthorizedAccessException)
        {
            var message = Redaction.RemovePasswords(LockTimeout.Explain(exception) ?? exception.Message, database?.ConnectionString, chainHeadOn?.Server?.AdminConnectionString);
            await error.WriteLineAsync($"error: cannot read the target{(database is null ? "" : $" {database.Display}")}: {message}");
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            return null;
        }
    }

    /// <summary>Runs the chain's up scripts on the (empty) scratch database; returns how to name the result,
    /// or null after printing the chain's or the run's problems.</summary>
    private static async Task<string?> ReplayChainHeadAsync(
        ParseResult parseResult, TargetDatabase database, bool requested, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var directory = RevisionConsole.RevisionsDirectory(parseResult);
        if (!Directory.Exists(directory))
        {
            await error.WriteLineAsync(requested
                ? $"error: no revision chain at {directory}"
                : $"error: no connection configured and no revision chain at {directory}: give --connection (or SURVEYSCHEMA_CONNECTION, DATABASE_URL, PG*)");
            return null;
        }

        if (RevisionConsole.LoadChain(parseResult) is not { } chain)
        {
            return null;
        }

        var head = chain.NameAt(chain.Count);
        await error.WriteLineAsync(requested
            ? $"replaying the revision chain's head ({head}, {directory}) on a scratch database ({database.Display})"
            : $"no connection configured: comparing with the revision chain's head ({head}, {directory}) replayed on a scratch database");
        var runner = new RevisionRunner(chain, database.ConnectionString, new RunnerOptions { LockTimeout = TimeSpan.FromSeconds(10) });
        var outcome = await runner.UpgradeAsync(null, cancellationToken);
        if (outcome.Status != RunStatus.Succeeded)
        {
            await error.WriteLineAsync($"error: replaying the revision chain to {head} failed:");
            RevisionConsole.Finish(parseResult, outcome);
            return null;
        }

        return $"revision chain head {head} ({directory})";
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>Where <see cref="ComparedDatabase.OpenAsync"/> replays the chain's head when asked to: on
/// <see cref="Server"/>, or with none on an embedded PostgreSQL.</summary>
internal sealed record ChainHead(PostgresServer? Server);
