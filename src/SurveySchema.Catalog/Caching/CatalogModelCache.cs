using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>Models read from live databases, kept with the <see cref="CatalogState"/> they were read at, so that
/// reading a database whose catalogs have not changed since needs none of the deparsing that is almost all of a
/// read (DESIGN.md, scale facts; docs/benchmarks.md, "Profile of the reader").</summary>
/// <remarks>
/// <para>
/// One entry per database, role, catalog options and tool build (<see cref="KeyOf"/>): reading the database again
/// after a change replaces its entry, so the cache holds one model per database it has seen, and
/// <see cref="WriteAsync"/> keeps only the <see cref="MostEntries"/> most recently written. Whether an entry answers
/// a read is decided by the catalog version alone: equal versions mean the catalogs hold the same rows, which is
/// what the reader's queries read.
/// </para>
/// <para>
/// An entry is <c>&lt;key&gt;.entry.json</c>: the catalog version, when it was read, the model's fingerprint and its
/// counts, which is all <c>inspect</c> prints. When the command that read it had the model serialised anyway or will
/// want it again (<c>inspect --out</c>), two more files hold the model: <c>&lt;key&gt;.&lt;id&gt;.model.json</c> and
/// <c>&lt;key&gt;.&lt;id&gt;.model.index</c>, its compact canonical JSON and where each item lies
/// (<see cref="CanonicalModelFile"/>); writing them cost a 5 000-table read 0.7 s, more than the rest of a hit.
/// The entry file is written last and read first, so it marks a complete entry, and a damaged or foreign file is
/// a miss, never an error: the database is then read afresh.
/// </para>
/// <para>
/// The folder is created readable by its owner only: the files hold the schema (never a connection string or a
/// password).
/// </para>
/// </remarks>
public sealed partial class CatalogModelCache(string directory)
{
    /// <summary>Entries kept: enough for the databases one developer or one CI job reads.</summary>
    public const int MostEntries = 32;

    private const string ModelSuffix = ".model.json";

    private const string IndexSuffix = ".model.index";

    private const string EntrySuffix = ".entry.json";

    /// <summary>Changes when the key or the entry's files change meaning.</summary>
    private const string Format = "surveyschema-catalog-cache/1";

    private static readonly Lazy<string> Build = new(() => ToolBuild.Describe(typeof(CatalogModelCache).Assembly, typeof(DatabaseModel).Assembly));

    public string Directory { get; } = directory;

    /// <summary>The default folder: <c>$XDG_CACHE_HOME/surveyschema/catalog</c>, else <c>~/.cache/surveyschema/catalog</c>;
    /// null when neither is known (the reads are then not cached).</summary>
    public static string? DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root) || !Path.IsPathRooted(root))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            root = Path.Combine(home, ".cache");
        }

        return Path.Combine(root, "surveyschema", "catalog");
    }

    /// <summary>sha256 (lower-case hex) of the format, the database's identity (<see cref="CatalogState.Identity"/>),
    /// the tool build and the catalog options.</summary>
    public static string KeyOf(CatalogState state, CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append("database ").Append(state.Identity).Append('\n')
            .Append(Build.Value)
            .Append("include ").AppendJoin(',', options.IncludeSchemas).Append('\n')
            .Append("exclude ").AppendJoin(',', options.ExcludeSchemas).Append('\n')
            .Append("roles ").AppendJoin(',', options.Roles).Append('\n')
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The entry stored under <paramref name="key"/> when it was read at catalog version
    /// <paramref name="version"/>, with its model when <paramref name="modelNeeded"/>; null when there is none, it was
    /// read at another version, it holds no model and one is needed, or it cannot be read.</summary>
    public async Task<CatalogCacheEntry?> TryReadAsync(string key, string version, bool modelNeeded, CancellationToken cancellationToken)
    {
        var entryPath = EntryPathOf(key);
        if (!File.Exists(entryPath))
        {
            return null;
        }

        try
        {
            using var stage = StageTrace.Start("catalog-cache.read-entry");
            var stored = JsonSerializer.Deserialize(
                await File.ReadAllBytesAsync(entryPath, cancellationToken).ConfigureAwait(false), StoredJsonContext.Default.StoredEntry);
            if (stored is null || stored.Format != Format || stored.Version != version || !Fingerprint.IsWellFormed(stored.Fingerprint)
                || (modelNeeded && stored.Model is null))
            {
                return null;
            }

            return new CatalogCacheEntry(
                stored.Fingerprint,
                [.. stored.Counts.Select(count => (count.Kind, count.Count))],
                stored.ReadAt,
                stored.Model is null ? null : ModelPathOf(key, stored.Model),
                stored.Model is null ? null : IndexPathOf(key, stored.Model));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Stores the read of <paramref name="model"/> at <paramref name="state"/> as the entry of
    /// <paramref name="key"/>: its fingerprint and counts, and with <paramref name="withModel"/> the model itself.
    /// The model's files are named for this write, and the entry file, which names them, is written beside and
    /// renamed into place last: a concurrent reader sees the old entry or the new one, each with its own model.
    /// <paramref name="fingerprint"/> is awaited only for the entry file, so it may be computed while the model is
    /// written.</summary>
    public async Task WriteAsync(
        string key, CatalogState state, DatabaseModel model, Task<string> fingerprint, bool withModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fingerprint);
        using var stage = StageTrace.Start("catalog-cache.write");
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        string? modelId = null;
        if (withModel)
        {
            modelId = Guid.NewGuid().ToString("N");
            var index = await CanonicalModelFile.WriteAsync(ModelPathOf(key, modelId), model, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(IndexPathOf(key, modelId), index.ToBytes(), cancellationToken).ConfigureAwait(false);
        }

        var stored = new StoredEntry(
            Format, state.Version, DateTimeOffset.UtcNow, await fingerprint.ConfigureAwait(false),
            [.. ObjectCounts.Of(model).Select(count => new StoredCount(count.Kind, count.Count))], modelId);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(stored, StoredJsonContext.Default.StoredEntry);
        await FileReplacement.ReplaceAsync(EntryPathOf(key), path => File.WriteAllBytesAsync(path, bytes, cancellationToken)).ConfigureAwait(false);
        RemoveModelsOf(key, except: modelId);
        RemoveOldest(keep: key);
    }

    private string ModelPathOf(string key, string modelId) => Path.Combine(Directory, $"{key}.{modelId}{ModelSuffix}");

    private string IndexPathOf(string key, string modelId) => Path.Combine(Directory, $"{key}.{modelId}{IndexSuffix}");

    private string EntryPathOf(string key) => Path.Combine(Directory, key + EntrySuffix);

    /// <summary>Removes the model files of <paramref name="key"/>'s earlier entries. A reader that read such an entry
    /// just before finds its model gone, and reads the database instead.</summary>
    private void RemoveModelsOf(string key, string? except)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, key + ".*.model.*"))
        {
            if (except is null || !Path.GetFileName(file).StartsWith($"{key}.{except}.", StringComparison.Ordinal))
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>Removes the entries beyond the <see cref="MostEntries"/> most recently written (never
    /// <paramref name="keep"/>'s), each with its models.</summary>
    private void RemoveOldest(string keep)
    {
        var entries = new DirectoryInfo(Directory).GetFiles("*" + EntrySuffix)
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .Skip(MostEntries);
        foreach (var entry in entries)
        {
            var key = entry.Name[..^EntrySuffix.Length];
            if (key != keep && TryDelete(entry.FullName))
            {
                RemoveModelsOf(key, except: null);
            }
        }
    }

    /// <summary>False when another process holds or replaces the file: the next write tries again.</summary>
    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The entry file. <c>Model</c> is the id in the names of the entry's model files, null when it holds
    /// no model.</summary>
    internal sealed record StoredEntry(string Format, string Version, DateTimeOffset ReadAt, string Fingerprint, StoredCount[] Counts, string? Model);

    internal sealed record StoredCount(string Kind, int Count);

    /// <summary>The entry file's JSON metadata, generated at build time: the trimmed, published tool reads it
    /// without reflection.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(StoredEntry))]
    internal sealed partial class StoredJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
}
