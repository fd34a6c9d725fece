using System.Diagnostics;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Server;

namespace SurveySchema.Materialise;

/// <summary>Materialises a schema project: applies its statements to a fresh scratch ("shadow") database and
/// reads it back with the catalog reader, so that the desired state is spelled the way PostgreSQL spells the
/// live one (DESIGN.md, "Normalise with PostgreSQL itself").</summary>
public static class ShadowBuild
{
    /// <summary>Builds the model of <paramref name="project"/>, from the cache when it holds one.</summary>
    /// <remarks>
    /// A project with errors is not built: the result has no model and carries the project's errors. The
    /// roles the project declares or references are made to exist first (<see cref="ShadowRoles"/>); then its
    /// statements run in the parse's order, and a statement that fails for a missing object is retried after
    /// the others (<see cref="StatementApplier"/>). What PostgreSQL rejects in every order tried ends the build
    /// with diagnostics at their places in the files. The shadow database is always dropped, on success,
    /// failure and cancellation alike; roles are not (they are cluster-wide).
    /// </remarks>
    /// <exception cref="PostgresServerException">The shadow database could not be created.</exception>
    /// <exception cref="NpgsqlException">The server could not be reached or went away.</exception>
    /// <exception cref="CatalogReadException">The model could not be read back.</exception>
    public static async Task<ShadowBuildResult> BuildAsync(
        SchemaProject project,
        PostgresServer server,
        ShadowBuildOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(options);

        var stopwatch = Stopwatch.StartNew();
        if (project.HasErrors)
        {
            return new ShadowBuildResult(null, [.. project.Diagnostics.Where(d => d.IsError)], false, stopwatch.Elapsed);
        }

        if (options.CacheDirectory is { } directory && options.ReadCache
            && await new ModelCache(directory).TryReadAsync(ModelCache.KeyOf(project.ContentHash, options.Catalog), project.Directory, cancellationToken)
                .ConfigureAwait(false) is { } cached)
        {
            return new ShadowBuildResult(cached.Model, [], true, stopwatch.Elapsed);
        }

        var template = ShadowTemplate.For(project.Statements);
        options.Progress?.Report(new BuildProgress(BuildStage.CreatingShadowDatabase, 0, project.Statements.Length));
        Task? cacheWrite = null;
        var createStage = StageTrace.Start("shadow.create");
        var shadow = await server.CreateDatabaseAsync(template.Template, options.DatabasePrefix, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            // Not pooled: the connection closes with this method, and nothing lingers on a database about to
            // be dropped. Error details are shown: a shadow database holds the schema and no data, and the
            // detail is what explains e.g. a foreign key of mismatched types.
            var connectionString = new NpgsqlConnectionStringBuilder(shadow.ConnectionString)
            {
                Pooling = false,
                IncludeFailedBatchedCommand = true,
                IncludeErrorDetail = true,
            }.ConnectionString;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            createStage?.Dispose();

            var prepareStage = StageTrace.Start("shadow.prepare");
            var satisfied = await template.TrimAsync(connection, cancellationToken).ConfigureAwait(false);
            var roleErrors = await ShadowRoles.PrepareAsync(connection, project, options, server.Display, cancellationToken).ConfigureAwait(false);
            prepareStage?.Dispose();
            if (!roleErrors.IsEmpty)
            {
                return new ShadowBuildResult(null, roleErrors, false, stopwatch.Elapsed);
            }

            // Role statements were applied by ShadowRoles: replayed, they would find their roles existing.
            var statements = project.Statements.Where(s => !satisfied.Contains(s) && !s.DeclaresRole).ToList();
            var applyStage = StageTrace.Start("shadow.apply");
            var (failures, _) = await new StatementApplier(connection, WithProgressOf(options, project.Statements.Length - statements.Count, project.Statements.Length))
                .ApplyAsync(ApplyPlan.Create(statements, options), cancellationToken)
                .ConfigureAwait(false);
            applyStage?.Dispose();
            if (!failures.IsEmpty)
            {
                return new ShadowBuildResult(null, failures, false, stopwatch.Elapsed);
            }

            options.Progress?.Report(new BuildProgress(BuildStage.ReadingCatalog, project.Statements.Length, project.Statements.Length));
            var readStage = StageTrace.Start("shadow.read");
            // By connection string, not over the build's connection: the catalog reader then spreads its queries over
            // three connections sharing one snapshot, as it does for the target (not pooled, so none outlives the read).
            var model = await CatalogReader.ReadAsync(connectionString, options.Catalog with { Roles = [.. project.DeclaredRoles.Select(r => r.Name)] }, cancellationToken)
                .ConfigureAwait(false);
            readStage?.Dispose();
            if (options.CacheDirectory is { } cacheDirectory)
            {
                // Written while the shadow database is dropped (below): the one is the client's work, the other
                // the server's, and at 5 000 tables each takes seconds.
                cacheWrite = Task.Run(() => WriteCacheAsync(cacheDirectory, project, options, model, cancellationToken), cancellationToken);
            }

            options.Progress?.Report(new BuildProgress(BuildStage.Finished, project.Statements.Length, project.Statements.Length));
            return new ShadowBuildResult(model, [], false, stopwatch.Elapsed);
        }
        finally
        {
            // Without the caller's token, so a cancelled build still cleans up; transient failures of the drop are retried by the server.
            using (StageTrace.Start("shadow.drop"))
            {
                await shadow.DisposeAsync().ConfigureAwait(false);
            }

            if (cacheWrite is not null)
            {
                await cacheWrite.ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteCacheAsync(string cacheDirectory, SchemaProject project, ShadowBuildOptions options, DatabaseModel model, CancellationToken cancellationToken)
    {
        using var stage = StageTrace.Start("shadow.cache-write");
        try
        {
            await new ModelCache(cacheDirectory).WriteAsync(
                ModelCache.KeyOf(project.ContentHash, options.Catalog), new ModelCacheEntry(model, ProjectSummary.Of(project)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a folder that cannot be written costs the next build, not this one.
        }
    }

    /// <summary>The applier counts only what it runs; progress counts the whole project, so that its total is the
    /// statement count the user sees: what the template or the role step already satisfied counts as applied.</summary>
    private static ShadowBuildOptions WithProgressOf(ShadowBuildOptions options, int alreadyApplied, int total) =>
        options.Progress is { } progress
            ? options with { Progress = new ProjectProgress(progress, alreadyApplied, total) }
            : options;

    private sealed class ProjectProgress(IProgress<BuildProgress> inner, int alreadyApplied, int total) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => inner.Report(value with { Applied = alreadyApplied + value.Applied, Total = total });
    }

    /// <summary>The cached entry of the project in <paramref name="projectDirectory"/>, found by hashing its
    /// files' bytes: no SQL is parsed and no server touched. Null when the cache is off
    /// (<see cref="ShadowBuildOptions.CacheDirectory"/> null, or <see cref="ShadowBuildOptions.ReadCache"/>
    /// false), the folder cannot be read, or nothing is cached under its key; the caller then loads the project
    /// (<see cref="SchemaProject.Load"/>), which reports whatever kept it from being read, and builds it.</summary>
    /// <remarks>Only a project that built without errors is ever cached, so a hit needs no parse to know the
    /// project is valid: the same bytes parsed the same way when the entry was stored (the key covers the
    /// parser's build too). Its warnings come back from the entry.</remarks>
    /// <param name="sharingItemsOf">See <see cref="ModelCache.TryReadAsync"/>.</param>
    public static async Task<ModelCacheEntry?> TryReadCacheAsync(
        string projectDirectory,
        ShadowBuildOptions options,
        CancellationToken cancellationToken = default,
        Task<DatabaseModel?>? sharingItemsOf = null)
    {
        ArgumentNullException.ThrowIfNull(projectDirectory);
        ArgumentNullException.ThrowIfNull(options);
        if (options.CacheDirectory is not { } directory || !options.ReadCache || !System.IO.Directory.Exists(projectDirectory))
        {
            return null;
        }

        string contentHash;
        try
        {
            using var stage = StageTrace.Start("cache.hash-files");
            contentHash = ProjectFiles.ContentHash(projectDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return await new ModelCache(directory)
            .TryReadAsync(ModelCache.KeyOf(contentHash, options.Catalog), projectDirectory, cancellationToken, sharingItemsOf)
            .ConfigureAwait(false);
    }
}
