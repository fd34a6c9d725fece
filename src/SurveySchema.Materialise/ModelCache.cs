using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Parsing;

namespace SurveySchema.Materialise;

/// <summary>Models built from projects, so that building an unchanged project again needs neither a server
/// nor the parser (DESIGN.md: the shadow build is the expensive step of a diff; at 5 000 tables parsing is
/// most of what is left). It stores and finds entries; deciding when to use them is <see cref="ShadowBuild"/>'s.</summary>
/// <remarks>
/// <para>
/// The key (<see cref="KeyOf"/>) covers what decides the model and is known before parsing or connecting: the
/// project's content (<see cref="ProjectFiles.ContentHash(string)"/>: relative paths and bytes), the tool's
/// version and build of every stage that shapes the model, and the catalog options. It does not cover the
/// server: its major version (and PostGIS's) is only known once connected, which a cache hit must avoid.
/// A model cached from PostgreSQL 15 is therefore reused against a dev server of another version; build
/// with <c>--no-cache</c> (or delete <c>artifacts/cache</c>) after changing servers. Nor does it cover the
/// extension scripts installed beside the parser, which decide warning SS0204: a hit repeats the warnings
/// of the build that stored it.
/// </para>
/// <para>
/// An entry is five files: <c>&lt;key&gt;.model.json</c>, the model's compact canonical JSON, and
/// <c>&lt;key&gt;.model.index</c>, where each of its items lies and its hash (<see cref="CanonicalModelFile.WriteAsync"/>,
/// read back with <see cref="CanonicalModelFile"/>, which lets a diff's target lend the items it holds equal),
/// <c>&lt;key&gt;.fingerprint</c>, the model's <see cref="Fingerprint"/> (recalled on a hit: the key covers the
/// build of the assembly that computes it, so it is the value computing it again would give),
/// <c>&lt;key&gt;.declarations.json</c>, where the project declares each object (read only when a command asks:
/// drift), and <c>&lt;key&gt;.project.json</c>, the project's file and statement counts and its warnings, with a
/// version (<see cref="ProjectSummaryJson"/>). The project file is written last and read first, so it marks a
/// complete entry: the other files without it are a miss.
/// </para>
/// </remarks>
public sealed class ModelCache(string directory)
{
    private const string ModelSuffix = ".model.json";

    private const string ProjectSuffix = ".project.json";

    private const string DeclarationsSuffix = ".declarations.json";

    private const string FingerprintSuffix = ".fingerprint";

    private const string IndexSuffix = ".model.index";

    /// <summary>Changes when the key or the entry's files change meaning (4: the fingerprint file; 5: the model's index).</summary>
    private const string Format = "surveyschema-model-cache/5";

    private static readonly Lazy<string> StageBuild = new(DescribeToolBuild);

    public string Directory { get; } = directory;

    /// <summary>sha256 (lower-case hex) of the cache format, the project's content hash
    /// (<see cref="ProjectFiles.ContentHash(string)"/> or <see cref="SchemaProject.ContentHash"/>: the same
    /// value), the tool build and the catalog options.</summary>
    public static string KeyOf(string contentHash, CatalogOptions catalog)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append("content ").Append(contentHash).Append('\n')
            .Append(StageBuild.Value)
            .Append("include ").AppendJoin(',', catalog.IncludeSchemas).Append('\n')
            .Append("exclude ").AppendJoin(',', catalog.ExcludeSchemas).Append('\n')
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Where the entry's model is kept.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + ModelSuffix);

    private string ProjectPathOf(string key) => Path.Combine(Directory, key + ProjectSuffix);

    private string DeclarationsPathOf(string key) => Path.Combine(Directory, key + DeclarationsSuffix);

    private string FingerprintPathOf(string key) => Path.Combine(Directory, key + FingerprintSuffix);

    private string IndexPathOf(string key) => Path.Combine(Directory, key + IndexSuffix);

    /// <summary>The entry stored under <paramref name="key"/>, its diagnostics' paths under
    /// <paramref name="projectDirectory"/>; null when there is none, it is of another format, or it cannot
    /// be read (it is then rebuilt and overwritten: a damaged cache file must never fail a build).</summary>
    /// <param name="sharingItemsOf">A model the entry's probably mostly equals (a diff's target), awaited once the file
    /// is read: its tables, views, functions… take the place of the entry's that serialise to the same bytes
    /// (<see cref="CanonicalModelFile"/>), which are then neither read nor parsed. Null, or a task that gives null, shares none.</param>
    public async Task<ModelCacheEntry?> TryReadAsync(
        string key, string projectDirectory, CancellationToken cancellationToken, Task<DatabaseModel?>? sharingItemsOf = null)
    {
        ArgumentNullException.ThrowIfNull(projectDirectory);
        var projectPath = ProjectPathOf(key);
        var modelPath = PathOf(key);
        var declarationsPath = DeclarationsPathOf(key);
        var fingerprintPath = FingerprintPathOf(key);
        var indexPath = IndexPathOf(key);
        if (!File.Exists(projectPath) || !File.Exists(modelPath) || !File.Exists(indexPath)
            || !File.Exists(declarationsPath) || !File.Exists(fingerprintPath))
        {
            return null;
        }

        try
        {
            ProjectSummary? summary;
            using (StageTrace.Start("cache.read-summary"))
            {
                summary = ProjectSummaryJson.Deserialize(
                    await File.ReadAllBytesAsync(projectPath, cancellationToken).ConfigureAwait(false), projectDirectory);
            }

            // Checked before the model is parsed: a damaged fingerprint makes the entry a miss, never a wrong value.
            var fingerprint = await File.ReadAllTextAsync(fingerprintPath, cancellationToken).ConfigureAwait(false);
            if (summary is null || !Fingerprint.IsWellFormed(fingerprint))
            {
                return null;
            }

            using var file = await OpenModelAsync(modelPath, indexPath, cancellationToken).ConfigureAwait(false);

            DatabaseModel? sharing = null;
            if (sharingItemsOf is not null)
            {
                using var waitStage = StageTrace.Start("cache.wait-for-shared-items");
                sharing = await sharingItemsOf.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            DatabaseModel model;
            using (var itemsStage = StageTrace.Start("cache.read-items"))
            {
                model = file.ToModel(sharing, out var shared);
                itemsStage?.SetTag("items", file.ItemCount);
                itemsStage?.SetTag("shared", shared);
            }

            // Shared items are equal to those they replace, so the model is the one the fingerprint was taken of.
            Fingerprint.Recall(model, fingerprint);
            return new ModelCacheEntry(model, summary.WithDeclarationsReadBy(() => ReadDeclarations(declarationsPath, projectDirectory)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The entry's model file, opened with its index: its frame and unshared arrays parsed, its shared
    /// items not yet.</summary>
    private static async Task<CanonicalModelFile> OpenModelAsync(string modelPath, string indexPath, CancellationToken cancellationToken)
    {
        using var stage = StageTrace.Start("cache.read-model");
        var index = CanonicalModelIndex.Read(await File.ReadAllBytesAsync(indexPath, cancellationToken).ConfigureAwait(false));
        return CanonicalModelFile.Open(modelPath, index);
    }

    /// <summary>The declarations of an entry already read, when a command first asks for them; none when the file
    /// has gone or is damaged since: they only point at files and lines, and a damaged cache must not fail a command.</summary>
    private static ImmutableArray<ObjectDeclaration> ReadDeclarations(string path, string projectDirectory)
    {
        using var stage = StageTrace.Start("cache.read-declarations");
        try
        {
            return ProjectSummaryJson.DeserializeDeclarations(File.ReadAllBytes(path), projectDirectory) ?? [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }
    }

    /// <summary>Stores <paramref name="entry"/> under <paramref name="key"/>. Each file is written beside and
    /// renamed into place, so a concurrent reader sees the old file or the new one, never half of one; the
    /// project file goes last, completing the entry. The fingerprint is taken here, on the build's own model
    /// instance, so the command that built it finds it memoised too.</summary>
    public async Task WriteAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        System.IO.Directory.CreateDirectory(Directory);
        // Compact: nobody reads a cache file but the tool (build --out and inspect --out write the indented form).
        CanonicalModelIndex? index = null;
        await FileReplacement.ReplaceAsync(PathOf(key), async path => index = await CanonicalModelFile.WriteAsync(path, entry.Model, cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
        await FileReplacement.ReplaceAsync(IndexPathOf(key), path => File.WriteAllBytesAsync(path, index!.ToBytes(), cancellationToken)).ConfigureAwait(false);
        var fingerprint = Fingerprint.Of(entry.Model);
        await FileReplacement.ReplaceAsync(FingerprintPathOf(key), path => File.WriteAllTextAsync(path, fingerprint, cancellationToken)).ConfigureAwait(false);
        var declarations = ProjectSummaryJson.SerializeDeclarations(entry.Project);
        await FileReplacement.ReplaceAsync(DeclarationsPathOf(key), path => File.WriteAllBytesAsync(path, declarations, cancellationToken)).ConfigureAwait(false);
        var summary = ProjectSummaryJson.Serialize(entry.Project);
        await FileReplacement.ReplaceAsync(ProjectPathOf(key), path => File.WriteAllBytesAsync(path, summary, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The build of every stage that shapes the model (<see cref="Model.ToolBuild"/>).</summary>
    private static string DescribeToolBuild() => ToolBuild.Describe(
        typeof(ModelCache).Assembly, typeof(SchemaProject).Assembly, typeof(CatalogReader).Assembly, typeof(DatabaseModel).Assembly);
}
