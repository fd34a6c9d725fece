using System.Diagnostics;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Parsing;
using SurveySchema.Server;

namespace SurveySchema.Materialise;

/// <summary>Materialises a schema project: applies its statements to a fresh scratch ("shadow") database and
/// reads it back with the catalog reader, so that the desired state is spelled the way PostgreSQL spells the
/// live one (DESIGN.md, "Normalise with PostgreSQL itself").</summary>
public static class ShadowBuild
{
    /// <summary>Builds the model of <paramref name="project"/>, from the cache when it holds one.</summary>
    /// <remarks>
    /// A project with errors is not built: the result has no model and carries the project's errors. A
    /// statement PostgreSQL rejects ends the build with a diagnostic at its place in the files. The shadow
    /// database is always dropped, on success, failure and cancellation alike.
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

        if (await TryReadCacheAsync(project, options, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            return cached;
        }

        var template = ShadowTemplate.For(project.Statements);
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

            var satisfied = await template.TrimAsync(connection, cancellationToken).ConfigureAwait(false);
            var statements = project.Statements.Where(s => !satisfied.Contains(s)).ToList();
            var failure = await StatementApplier.ApplyAsync(connection, ApplyPlan.Create(statements, options), cancellationToken)
                .ConfigureAwait(false);
            if (failure is not null)
            {
                return new ShadowBuildResult(null, [failure], false, stopwatch.Elapsed);
            }

            var model = await CatalogReader.ReadAsync(connection, options.Catalog, cancellationToken).ConfigureAwait(false);
            if (options.CacheDirectory is { } cacheDirectory)
            {
                try
                {
                    await new ModelCache(cacheDirectory).WriteAsync(ModelCache.KeyOf(project, options.Catalog), model, cancellationToken)
                        .ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The cache only saves time: a folder that cannot be written costs the next build, not this one.
                }
            }

            return new ShadowBuildResult(model, [], false, stopwatch.Elapsed);
        }
        finally
        {
            // Without the caller's token, so a cancelled build still cleans up.
            await ShadowCleanup.DropAsync(shadow).ConfigureAwait(false);
        }
    }

    /// <summary>The cached model of <paramref name="project"/>, without touching any server; null when the
    /// cache is off (<see cref="ShadowBuildOptions.CacheDirectory"/> null, or <see cref="ShadowBuildOptions.ReadCache"/>
    /// false), the project has errors, or nothing is cached under its key.</summary>
    public static async Task<ShadowBuildResult?> TryReadCacheAsync(
        SchemaProject project, ShadowBuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (options.CacheDirectory is not { } directory || !options.ReadCache || project.HasErrors)
        {
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        var model = await new ModelCache(directory).TryReadAsync(ModelCache.KeyOf(project, options.Catalog), cancellationToken)
            .ConfigureAwait(false);
        return model is null ? null : new ShadowBuildResult(model, [], true, stopwatch.Elapsed);
    }
}
