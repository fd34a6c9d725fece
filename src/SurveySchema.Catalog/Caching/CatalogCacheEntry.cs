using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>A cached read that answers a new one (<see cref="CatalogModelCache.TryReadAsync"/>): what a summary
/// prints, at once, and the model itself when a command asks for it.</summary>
/// <param name="Fingerprint">The model's <see cref="Model.Fingerprint"/>.</param>
/// <param name="Counts">The model's <see cref="ObjectCounts"/>.</param>
/// <param name="ReadAt">When the database was read, in UTC.</param>
/// <param name="ModelPath">The entry's <c>.model.json</c>; null when it holds no model.</param>
/// <param name="IndexPath">The entry's <c>.model.index</c>; null when it holds no model.</param>
public sealed record CatalogCacheEntry(
    string Fingerprint,
    IReadOnlyList<(string Kind, int Count)> Counts,
    DateTimeOffset ReadAt,
    string? ModelPath,
    string? IndexPath)
{
    /// <summary>Parses the stored model; its fingerprint is recalled, not computed again.</summary>
    /// <exception cref="IOException">The entry holds no model, or its files have gone or are damaged since it was read.</exception>
    public async Task<DatabaseModel> LoadModelAsync(CancellationToken cancellationToken)
    {
        if (ModelPath is null || IndexPath is null)
        {
            throw new IOException("the cached read holds no model");
        }

        using var stage = StageTrace.Start("catalog-cache.read-model");
        try
        {
            var index = CanonicalModelIndex.Read(await File.ReadAllBytesAsync(IndexPath, cancellationToken).ConfigureAwait(false));
            using var file = CanonicalModelFile.Open(ModelPath, index);
            var model = file.ToModel(sharingItemsOf: null, out _);
            Model.Fingerprint.Recall(model, Fingerprint);
            return model;
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidDataException)
        {
            throw new IOException($"the cached model {ModelPath} is damaged: {exception.Message}", exception);
        }
    }
}
