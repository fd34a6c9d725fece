using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Caching;

/// <summary>What reads of live databases found (fingerprint and counts), kept with the <see cref="CatalogState"/> they
/// were read at, so that reading a database whose catalogs have not changed since needs none of the deparsing that is
/// almost all of a read (DESIGN.md, scale facts; docs/benchmarks.md, "Profile of the reader").</summary>
/// <remarks>
/// <para>
/// One entry per database, role, catalog options and tool build (<see cref="KeyOf"/>): reading the database again
/// after a change replaces its entry, so the cache holds one entry per database it has seen, and
/// <see cref="WriteAsync"/> keeps only the <see cref="MostEntries"/> most recently written. Whether an entry answers
/// a read is decided by the catalog version alone: equal versions mean the catalogs hold the same rows, which is
/// what the reader's queries read.
/// </para>
/// <para>
/// An entry is one small file, <c>&lt;key&gt;.entry.json</c>: the catalog version, when it was read, the model's
/// fingerprint and its counts, which is all <c>inspect</c> prints. The model itself is not kept: writing it cost a
/// 5 000-table read 0.7 s and 150 MB more than the rest of a miss, for a hit (<c>inspect --out</c>) that would
/// still parse and write 75 MB. A damaged or foreign file is a miss, never an error: the database is then read afresh.
/// </para>
/// <para>
/// The folder is created readable by its owner only. An entry names no object (counts and a fingerprint), and never
/// holds a connection string or a password.
/// </para>
/// </remarks>
public sealed partial class CatalogReadCache(string directory)
{
    /// <summary>Entries kept: enough for the databases one developer or one CI job reads.</summary>
    public const int MostEntries = 32;

    private const string EntrySuffix = ".entry.json";

    /// <summary>Changes when the key or the entry file changes meaning.</summary>
    private const string Format = "surveyschema-catalog-cache/2";

    private static readonly Lazy<string> Build = new(() => ToolBuild.Describe(typeof(CatalogReadCache).Assembly, typeof(DatabaseModel).Assembly));

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

    /// <summary>The read stored under <paramref name="key"/> when it was made at catalog version
    /// <paramref name="version"/> (without its model); null when there is none, it was made at another version, or
    /// it cannot be read.</summary>
    public async Task<CatalogRead?> TryReadAsync(string key, string version, CancellationToken cancellationToken)
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
            if (stored is null || stored.Format != Format || stored.Version != version || !Fingerprint.IsWellFormed(stored.Fingerprint))
            {
                return null;
            }

            return new CatalogRead(stored.Fingerprint, [.. stored.Counts.Select(count => (count.Kind, count.Count))], Model: null, stored.ReadAt);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Stores the read of <paramref name="model"/> at <paramref name="state"/> as the entry of
    /// <paramref name="key"/>: its fingerprint (awaited here, so it may be computed meanwhile) and counts. The file is
    /// written beside and renamed into place: a concurrent reader sees the old entry or the new one.</summary>
    public async Task WriteAsync(string key, CatalogState state, DatabaseModel model, Task<string> fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var stored = new StoredEntry(
            Format, state.Version, DateTimeOffset.UtcNow, await fingerprint.ConfigureAwait(false),
            [.. ObjectCounts.Of(model).Select(count => new StoredCount(count.Kind, count.Count))]);
        using var stage = StageTrace.Start("catalog-cache.write");
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(stored, StoredJsonContext.Default.StoredEntry);
        await FileReplacement.ReplaceAsync(EntryPathOf(key), path => File.WriteAllBytesAsync(path, bytes, cancellationToken)).ConfigureAwait(false);
        RemoveOldest(keep: key);
    }

    private string EntryPathOf(string key) => Path.Combine(Directory, key + EntrySuffix);

    /// <summary>Removes the entries beyond the <see cref="MostEntries"/> most recently written (never
    /// <paramref name="keep"/>'s).</summary>
    private void RemoveOldest(string keep)
    {
        var entries = new DirectoryInfo(Directory).GetFiles("*" + EntrySuffix)
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .Skip(MostEntries);
        foreach (var entry in entries)
        {
            var key = entry.Name[..^EntrySuffix.Length];
            if (key != keep)
            {
                TryDelete(entry.FullName);
            }
        }
    }

    /// <summary>Leaves a file another process holds or replaces for the next write.</summary>
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next write tries again.
        }
    }

    internal sealed record StoredEntry(string Format, string Version, DateTimeOffset ReadAt, string Fingerprint, StoredCount[] Counts);

    internal sealed record StoredCount(string Kind, int Count);

    /// <summary>The entry file's JSON metadata, generated at build time: the trimmed, published tool reads it
    /// without reflection.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(StoredEntry))]
    internal sealed partial class StoredJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
}
