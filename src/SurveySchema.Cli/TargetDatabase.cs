using SurveySchema.Deployment;
using SurveySchema.Server;

namespace SurveySchema.Cli;

/// <summary>The database a command works on: the configured connection (DESIGN.md, "Commands"), or with
/// none a scratch database on an embedded throwaway PostgreSQL that disposing stops.</summary>
internal sealed class TargetDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres? cluster;
    private readonly ScratchDatabase? scratch;
    private LockWatch? lockWatch;

    private TargetDatabase(string connectionString, string display, EmbeddedPostgres? cluster, ScratchDatabase? scratch)
    {
        ConnectionString = connectionString;
        Display = display;
        this.cluster = cluster;
        this.scratch = scratch;
    }

    /// <summary>The Npgsql connection string (may hold a password: never print it).</summary>
    public string ConnectionString { get; }

    /// <summary>Host, port, database, user and source, for messages; never the password.</summary>
    public string Display { get; }

    public bool IsEmbedded => cluster is not null;

    /// <summary>True when the database was created for this command (and is dropped with it).</summary>
    public bool IsScratch => scratch is not null;

    /// <summary>The embedded server, for commands that need more databases (shadow, baseline); null when the
    /// target is a configured connection.</summary>
    public PostgresServer? Embedded => cluster?.Server;

    /// <param name="connectionOption">The <c>--connection</c> value, if given.</param>
    /// <param name="rootDirectory">Where a <c>.env</c> file is looked for.</param>
    /// <param name="embeddedTemplate">What the embedded scratch database starts with.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="lockTimeout">The lock_timeout every statement on a configured target runs under (DESIGN.md:
    /// one <c>--lock-timeout</c> for everything the tool runs against a target), as PostgreSQL spells it.</param>
    public static async Task<TargetDatabase> OpenAsync(
        string? connectionOption, string rootDirectory, DatabaseTemplate embeddedTemplate, CancellationToken cancellationToken,
        string lockTimeout = SurveySchema.Cli.LockTimeout.Default)
    {
        var resolved = ConnectionResolver.Resolve(connectionOption, rootDirectory);
        if (resolved is not null)
        {
            var bound = LockWatch.Bound(resolved.ConnectionString, lockTimeout);
            return new TargetDatabase(bound, resolved.Display, null, null)
            {
                lockWatch = LockWatch.Start(bound, SurveySchema.Cli.LockTimeout.ToTimeSpan(lockTimeout)),
            };
        }

        var started = await EmbeddedPostgres.StartAsync(cancellationToken).ConfigureAwait(false);
        var target = await OnEmbeddedAsync(started, embeddedTemplate, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync(
            $"no connection configured: using an embedded PostgreSQL at 127.0.0.1:{started.Port}").ConfigureAwait(false);
        return target;
    }

    /// <summary>A new scratch database that disposing drops: on <paramref name="server"/> (a server the developer
    /// chose for scratch databases, <c>--dev-connection</c>), or with none on an embedded throwaway PostgreSQL.
    /// For commands that need a database of their own whatever the configured target (<c>revision --autogenerate</c>
    /// replays the chain there).</summary>
    public static async Task<TargetDatabase> OpenScratchAsync(
        PostgresServer? server, DatabaseTemplate template, CancellationToken cancellationToken)
    {
        if (server is null)
        {
            var started = await EmbeddedPostgres.StartAsync(cancellationToken).ConfigureAwait(false);
            return await OnEmbeddedAsync(started, template, cancellationToken).ConfigureAwait(false);
        }

        var database = await server.CreateDatabaseAsync(template, "surveyschema_target", cancellationToken).ConfigureAwait(false);
        return new TargetDatabase(database.ConnectionString, $"{server.Display}, scratch database {database.Name}", null, database);
    }

    /// <summary>A scratch database on a just started embedded server; both go when the target is disposed.</summary>
    private static async Task<TargetDatabase> OnEmbeddedAsync(EmbeddedPostgres started, DatabaseTemplate template, CancellationToken cancellationToken)
    {
        try
        {
            var database = await started.Server.CreateDatabaseAsync(template, "surveyschema_target", cancellationToken)
                .ConfigureAwait(false);
            return new TargetDatabase(
                database.ConnectionString, $"127.0.0.1:{started.Port}/{database.Name} (embedded)", started, database);
        }
        catch
        {
            await started.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (lockWatch is not null)
        {
            await lockWatch.DisposeAsync().ConfigureAwait(false);
        }

        if (scratch is not null)
        {
            await scratch.DisposeAsync().ConfigureAwait(false);
        }

        if (cluster is not null)
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
        }
    }
}
