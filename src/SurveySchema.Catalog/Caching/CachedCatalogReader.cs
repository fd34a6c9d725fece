using SurveySchema.Catalog.Building;
using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>A catalog read that first asks the database for its <see cref="CatalogState"/> and, when a
/// <see cref="CatalogReadCache"/> entry was made at that very state, answers with its fingerprint and counts; otherwise
/// it reads the catalogs (<see cref="CatalogReader"/>) and stores what it found under the state the read's own snapshot saw.</summary>
/// <remarks>
/// The state is read once, by the read's first connection in the snapshot it then exports to the others
/// (<see cref="SharedSnapshotRead"/>), so an entry is stored under exactly the state its rows were read at, and a
/// hit opens one connection and stops before any deparsing. A cache that cannot be written (a read-only home, a
/// full disk) costs the next read its speed, never this one its result.
/// </remarks>
public static class CachedCatalogReader
{
    /// <param name="connectionString">The database (may hold a password: never printed).</param>
    /// <param name="options">Which schemas are read; part of the entry's key.</param>
    /// <param name="cache">Where entries are found and stored.</param>
    /// <param name="readEntries">False reads the catalogs whatever the cache holds (<c>--no-cache</c>, or a command
    /// that needs the model itself), and refreshes the entry.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="writeModel">What else the caller does with a model read now (<c>inspect --out</c> writes it): run
    /// here, beside its fingerprint, which also only reads it.</param>
    public static async Task<CatalogRead> ReadAsync(
        string connectionString,
        CatalogOptions options,
        CatalogReadCache cache,
        bool readEntries,
        CancellationToken cancellationToken = default,
        Func<DatabaseModel, Task>? writeModel = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cache);

        if (!SharedSnapshotRead.FitsPool(connectionString))
        {
            var model = await CatalogReader.ReadAsync(connectionString, options, cancellationToken).ConfigureAwait(false);
            return await CatalogRead.OfAsync(model, writeModel, cancellationToken).ConfigureAwait(false);
        }

        await using var dataSource = CatalogReader.CreateDataSource(connectionString);
        CatalogRead? cached = null;
        DatabaseModel read;
        CatalogState? state;
        using (RowStrings.Open())
        {
            (var snapshot, state) = await SharedSnapshotRead.ReadAsync(dataSource, options, async current =>
            {
                if (!readEntries || current is null)
                {
                    return false;
                }

                cached = await cache.TryReadAsync(CatalogReadCache.KeyOf(current, options), current.Version, cancellationToken).ConfigureAwait(false);
                return cached is not null;
            }, cancellationToken).ConfigureAwait(false);

            if (snapshot is null)
            {
                return cached!;
            }

            using var timing = StageTrace.Start("catalog.model-build");
            read = ModelBuilder.Build(snapshot);
        }

        var fingerprint = CatalogRead.FingerprintAsync(read, cancellationToken);
        var stored = state is null
            ? Task.CompletedTask
            : Task.Run(() => StoreAsync(cache, CatalogReadCache.KeyOf(state, options), state, read, fingerprint, cancellationToken), cancellationToken);
        if (writeModel is not null)
        {
            await writeModel(read).ConfigureAwait(false);
        }

        await stored.ConfigureAwait(false);
        return new CatalogRead(await fingerprint.ConfigureAwait(false), ObjectCounts.Of(read), read, CachedAt: null);
    }

    private static async Task StoreAsync(
        CatalogReadCache cache, string key, CatalogState state, DatabaseModel model, Task<string> fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            await cache.WriteAsync(key, state, model, fingerprint, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only the next read's speed is lost.
        }
    }
}
