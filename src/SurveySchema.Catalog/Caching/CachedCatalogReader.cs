using SurveySchema.Catalog.Building;
using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>A catalog read that first asks the database for its <see cref="CatalogState"/> and, when a
/// <see cref="CatalogModelCache"/> entry was read at that very state, answers from it; otherwise it reads the
/// catalogs (<see cref="CatalogReader"/>) and stores the model under the state the read's own snapshot saw.</summary>
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
    /// <param name="readEntries">False reads the catalogs whatever the cache holds (<c>--no-cache</c>), and
    /// refreshes its entry.</param>
    /// <param name="modelNeeded">False lets a hit answer with the fingerprint and counts alone, without parsing
    /// the cached model, and a miss store only those; true needs an entry that holds the model, and stores it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="writeModel">With <paramref name="modelNeeded"/>, what else the caller does with the model
    /// (<c>inspect --out</c> writes it): run here, beside its fingerprint and the cache write, which also only read it.</param>
    public static async Task<CatalogRead> ReadAsync(
        string connectionString,
        CatalogOptions options,
        CatalogModelCache cache,
        bool readEntries,
        bool modelNeeded,
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
        CatalogCacheEntry? entry = null;
        CatalogSnapshot? snapshot;
        CatalogState? state;
        DatabaseModel read;
        using (RowStrings.Open())
        {
            (snapshot, state) = await SharedSnapshotRead.ReadAsync(dataSource, options, async current =>
            {
                if (!readEntries || current is null)
                {
                    return false;
                }

                entry = await cache.TryReadAsync(CatalogModelCache.KeyOf(current, options), current.Version, modelNeeded, cancellationToken)
                    .ConfigureAwait(false);
                return entry is not null;
            }, cancellationToken).ConfigureAwait(false);

            if (snapshot is null)
            {
                var answer = await AnswerAsync(entry!, modelNeeded, cancellationToken).ConfigureAwait(false);
                if (answer is not null)
                {
                    if (writeModel is not null && answer.Model is not null)
                    {
                        await writeModel(answer.Model).ConfigureAwait(false);
                    }

                    return answer;
                }

                // The entry's model went missing or was damaged after its entry was read: read the catalogs after all.
                (snapshot, state) = await SharedSnapshotRead.ReadAsync(dataSource, options, _ => Task.FromResult(false), cancellationToken)
                    .ConfigureAwait(false);
            }

            using var timing = StageTrace.Start("catalog.model-build");
            read = ModelBuilder.Build(snapshot!);
        }

        var fingerprint = CatalogRead.FingerprintAsync(read, cancellationToken);
        var stored = state is null
            ? Task.CompletedTask
            : Task.Run(() => StoreAsync(cache, CatalogModelCache.KeyOf(state, options), state, read, fingerprint, modelNeeded, cancellationToken), cancellationToken);
        if (writeModel is not null)
        {
            await writeModel(read).ConfigureAwait(false);
        }

        await stored.ConfigureAwait(false);
        return new CatalogRead(await fingerprint.ConfigureAwait(false), ObjectCounts.Of(read), read, CachedAt: null);
    }

    /// <summary>The cached read's answer, its model loaded when needed; null when the model can no longer be read.</summary>
    private static async Task<CatalogRead?> AnswerAsync(CatalogCacheEntry entry, bool modelNeeded, CancellationToken cancellationToken)
    {
        DatabaseModel? model = null;
        if (modelNeeded)
        {
            try
            {
                model = await entry.LoadModelAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return null;
            }
        }

        return new CatalogRead(entry.Fingerprint, entry.Counts, model, entry.ReadAt);
    }

    private static async Task StoreAsync(
        CatalogModelCache cache, string key, CatalogState state, DatabaseModel model, Task<string> fingerprint, bool withModel,
        CancellationToken cancellationToken)
    {
        try
        {
            await cache.WriteAsync(key, state, model, fingerprint, withModel, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only the next read's speed is lost.
        }
    }
}
