using System.Collections.Immutable;
using System.Diagnostics;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.Cli;

/// <summary>The desired state of a project, as <see cref="ProjectModelSource"/> built it.</summary>
/// <param name="Project">The project's file and statement counts and its parse's diagnostics, from the parse
/// or, on a cache hit, from the cache entry; null when it could not even be read (libpg_query missing).</param>
/// <param name="Model">Null when anything failed (see <paramref name="Diagnostics"/>).</param>
/// <param name="Diagnostics">The project's diagnostics (warnings included), then the shadow build's or the
/// server's errors; print them with <see cref="DiagnosticPrinter"/>.</param>
/// <param name="FromCache">True when the model came from <c>artifacts/cache</c> and no server was used.</param>
/// <param name="ShadowServer">Where the shadow database was built (host, port, user; never a password), or
/// null when no server was used.</param>
/// <param name="Elapsed">Wall time, loading the project and starting a server included.</param>
internal sealed record DesiredModel(
    ProjectSummary? Project,
    DatabaseModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    bool FromCache,
    string? ShadowServer,
    TimeSpan Elapsed)
{
    public bool Succeeded => Model is not null && !Diagnostics.Any(d => d.IsError);

    public void Deconstruct(out DatabaseModel? model, out ImmutableArray<Diagnostic> diagnostics)
    {
        model = Model;
        diagnostics = Diagnostics;
    }
}

/// <summary>Builds a project's model for the commands that need the desired state (<c>build</c>, <c>diff</c>,
/// <c>drift</c>): take the model from the cache when the project's files are unchanged (hashed, not parsed),
/// else load and check the project and materialise it in a shadow database.</summary>
/// <remarks>
/// The shadow database goes to the first of: <c>--dev-connection</c> / <c>SURVEYSCHEMA_DEV_CONNECTION</c> (a
/// server the developer chose for scratch databases), the caller's already started server, a new embedded
/// PostgreSQL (stopped before returning). Never to <c>--connection</c> or <c>DATABASE_URL</c>: those name the
/// target, possibly production, where no scratch database belongs. On a cache hit no server is contacted or
/// started at all.
/// </remarks>
internal static class ProjectModelSource
{
    public const string DevConnectionVariable = "SURVEYSCHEMA_DEV_CONNECTION";

    /// <summary>Relative to the current directory, the repository root when Cake runs the tool.</summary>
    public const string DefaultCacheDirectory = "artifacts/cache";

    /// <param name="projectDirectory">The schema folder (<c>--project</c>).</param>
    /// <param name="devConnection">The <c>--dev-connection</c> value, if given.</param>
    /// <param name="noCache">Ignore cached models (a fresh build still refreshes the cache).</param>
    /// <param name="cancellationToken">Cancels; a shadow database being built is dropped all the same.</param>
    /// <param name="server">A server the caller already runs (an embedded one), used when no dev connection
    /// is configured instead of starting another.</param>
    /// <param name="cacheDirectory">The model cache; <see cref="DefaultCacheDirectory"/> when null.</param>
    /// <param name="progress">Told where a shadow build is (nothing is reported on a cache hit).</param>
    public static async Task<DesiredModel> BuildDesiredModelAsync(
        string projectDirectory,
        string? devConnection,
        bool noCache,
        CancellationToken cancellationToken,
        PostgresServer? server = null,
        string? cacheDirectory = null,
        IProgress<BuildProgress>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var options = new ShadowBuildOptions
        {
            CacheDirectory = cacheDirectory ?? DefaultCacheDirectory,
            ReadCache = !noCache,
            Progress = progress,
        };

        // Before parsing: at 5 000 tables the parse is most of an unchanged project's build, and the key
        // needs only the files' bytes (docs/benchmarks.md).
        if (await TryFromCacheAsync(projectDirectory, noCache, cancellationToken, cacheDirectory) is { } cached)
        {
            return cached with { Elapsed = stopwatch.Elapsed };
        }

        SchemaProject project;
        try
        {
            using var loadStage = StageTrace.Start("project.load");
            project = SchemaProject.Load(projectDirectory, cancellationToken);
        }
        catch (PgQueryUnavailableException exception)
        {
            return new DesiredModel(null, null, [ToolError(DiagnosticCodes.ParserUnavailable, exception.Message)], false, null, stopwatch.Elapsed);
        }

        ProjectSummary summary;
        using (StageTrace.Start("project.summary"))
        {
            summary = ProjectSummary.Of(project);
        }

        if (project.HasErrors)
        {
            return new DesiredModel(summary, null, project.Diagnostics, false, null, stopwatch.Elapsed);
        }

        // The cache was looked up above (or is not to be read); the build still refreshes it.
        options = options with { ReadCache = false };

        EmbeddedPostgres? embedded = null;
        try
        {
            var devServer = ConfiguredDevServer(devConnection);

            // A dev server is shared: roles the project only references must exist there already.
            options = options with { CreateMissingRoles = devServer is null };
            server = devServer ?? server;
            if (server is null)
            {
                embedded = await EmbeddedPostgres.StartAsync(cancellationToken);
                server = embedded.Server;
            }

            var display = embedded is null ? server.Display : $"{server.Display} (embedded)";
            using var buildStage = StageTrace.Start("shadow.build");
            var result = await ShadowBuild.BuildAsync(project, server, options, cancellationToken);
            return new DesiredModel(summary, result.Model, [.. project.Diagnostics, .. result.Diagnostics], false, display, stopwatch.Elapsed);
        }
        catch (Exception exception) when (exception is PostgresServerException or NpgsqlException or CatalogReadException
            or FormatException or IOException or UnauthorizedAccessException)
        {
            var message = Redaction.RemovePasswords(exception.Message, DevConnection(devConnection).Value, server?.AdminConnectionString);
            return new DesiredModel(summary, null, [.. project.Diagnostics, ToolError(DiagnosticCodes.ShadowServerFailed,
                $"cannot build the shadow database{(server is null ? string.Empty : $" on {server.Display}")}: {message}")],
                false, server?.Display, stopwatch.Elapsed);
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }

    /// <summary>The project's model from the cache when its files are unchanged, else null (also with
    /// <paramref name="noCache"/>): no parse, no server. <c>diff</c> and <c>drift</c> run it while they read the
    /// target, so that a hit costs no wall time of its own beside the catalog read, and give the target's model as
    /// <paramref name="sharingItemsOf"/>: the cached model then takes the target's tables (views, functions…) where
    /// they are equal instead of parsing its own (<see cref="ModelCache.TryReadAsync"/>).</summary>
    public static async Task<DesiredModel?> TryFromCacheAsync(
        string projectDirectory,
        bool noCache,
        CancellationToken cancellationToken,
        string? cacheDirectory = null,
        Task<DatabaseModel?>? sharingItemsOf = null)
    {
        using var stage = StageTrace.Start("cache.read");
        var stopwatch = Stopwatch.StartNew();
        var options = new ShadowBuildOptions { CacheDirectory = cacheDirectory ?? DefaultCacheDirectory, ReadCache = !noCache };
        return await ShadowBuild.TryReadCacheAsync(projectDirectory, options, cancellationToken, sharingItemsOf) is { } cached
            ? new DesiredModel(cached.Project, cached.Model, cached.Project.Diagnostics, true, null, stopwatch.Elapsed)
            : null;
    }

    /// <summary>The server the developer chose for scratch databases (<c>--dev-connection</c>, else
    /// <see cref="DevConnectionVariable"/>), or null when neither is set. Throws <see cref="FormatException"/>
    /// for a value that is not a connection string (the message names where it came from, never a password).</summary>
    public static PostgresServer? ConfiguredDevServer(string? devConnection)
    {
        var (configured, source) = DevConnection(devConnection);
        return string.IsNullOrWhiteSpace(configured) ? null : new PostgresServer(AdminConnectionString(configured, source));
    }

    /// <summary>The dev connection as given (the option, else <see cref="DevConnectionVariable"/>) and its name for messages.</summary>
    private static (string? Value, string Source) DevConnection(string? devConnection) =>
        devConnection is { Length: > 0 }
            ? (devConnection, "--dev-connection")
            : (Environment.GetEnvironmentVariable(DevConnectionVariable), DevConnectionVariable);

    /// <summary>The dev connection, read the way every connection is (Npgsql keywords or a postgresql:// URI),
    /// defaulting to the maintenance database <c>postgres</c>, where CREATE DATABASE is issued.</summary>
    private static string AdminConnectionString(string value, string source)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionResolver.Parse(value, source).ConnectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        return builder.ConnectionString;
    }

    /// <summary>A problem that belongs to no file, reported against the tool itself.</summary>
    private static Diagnostic ToolError(string code, string message) => Diagnostic.ErrorAt(code, "surveyschema", message);
}
