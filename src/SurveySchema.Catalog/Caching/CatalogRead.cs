using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>What a catalog read found: the model's fingerprint and counts, the model itself unless the cache answered
/// (<see cref="CachedCatalogReader"/>), and when the catalogs were read.</summary>
/// <param name="Fingerprint">The model's <see cref="Model.Fingerprint"/>.</param>
/// <param name="Counts">The model's <see cref="ObjectCounts"/>.</param>
/// <param name="Model">Null when a cached entry answered.</param>
/// <param name="CachedAt">When the cached read that answered was made; null when the database was read now.</param>
public sealed record CatalogRead(
    string Fingerprint,
    IReadOnlyList<(string Kind, int Count)> Counts,
    DatabaseModel? Model,
    DateTimeOffset? CachedAt)
{
    /// <summary>A read made now, without the cache: <paramref name="model"/>, with <paramref name="writeModel"/> run
    /// beside its fingerprint.</summary>
    public static async Task<CatalogRead> OfAsync(DatabaseModel model, Func<DatabaseModel, Task>? writeModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fingerprint = FingerprintAsync(model, cancellationToken);
        if (writeModel is not null)
        {
            await writeModel(model).ConfigureAwait(false);
        }

        return new CatalogRead(await fingerprint.ConfigureAwait(false), ObjectCounts.Of(model), model, CachedAt: null);
    }

    /// <summary>The fingerprint, taken on another thread: it serialises and hashes the whole model, 0.3 s at 5 000
    /// tables, while the caller writes files.</summary>
    internal static Task<string> FingerprintAsync(DatabaseModel model, CancellationToken cancellationToken) => Task.Run(() =>
    {
        using var timing = StageTrace.Start("fingerprint");
        return SurveySchema.Model.Fingerprint.Of(model);
    }, cancellationToken);
}
