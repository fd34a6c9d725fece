using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Parsing;

namespace SurveySchema.Materialise;

/// <summary>Models built from projects, kept as <c>&lt;key&gt;.model.json</c> files so that building an unchanged
/// project again needs no server at all (DESIGN.md: the shadow build is the expensive step of a diff).</summary>
/// <remarks>
/// The key (<see cref="KeyOf"/>) covers what decides the model and is known before connecting: the
/// project's content (<see cref="SchemaProject.ContentHash"/>: relative paths and bytes), the tool's
/// version and build of every stage that shapes the model, and the catalog options. It does not cover the
/// server: its major version (and PostGIS's) is only known once connected, which a cache hit must avoid.
/// A model cached from PostgreSQL 15 is therefore reused against a dev server of another version; build
/// with <c>--no-cache</c> (or delete <c>artifacts/cache</c>) after changing servers.
/// </remarks>
public sealed class ModelCache(string directory)
{
    private const string Suffix = ".model.json";

    /// <summary>Changes when the cache's layout or key changes meaning.</summary>
    private const string Format = "surveyschema-model-cache/1";

    private static readonly Lazy<string> ToolBuild = new(DescribeToolBuild);

    public string Directory { get; } = directory;

    /// <summary>The tool's informational version (<c>0.1.0+commit</c> when built from git).</summary>
    public static string ToolVersion { get; } =
        typeof(ModelCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ModelCache).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>sha256 (lower-case hex) of the cache format, the project's content hash, the tool build and
    /// the catalog options.</summary>
    public static string KeyOf(SchemaProject project, CatalogOptions catalog)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append("content ").Append(project.ContentHash).Append('\n')
            .Append(ToolBuild.Value)
            .Append("include ").AppendJoin(',', catalog.IncludeSchemas).Append('\n')
            .Append("exclude ").AppendJoin(',', catalog.ExcludeSchemas).Append('\n')
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public string PathOf(string key) => Path.Combine(Directory, key + Suffix);

    /// <summary>The cached model, or null when there is none or it cannot be read (it is then rebuilt and
    /// overwritten: a damaged cache file must never fail a build).</summary>
    public async Task<DatabaseModel?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return await ModelJson.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="model"/> under <paramref name="key"/>: written beside and renamed into
    /// place, so a concurrent reader sees the old file or the new one, never half of one.</summary>
    public async Task WriteAsync(string key, DatabaseModel model, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(key);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            await ModelJson.WriteFileAsync(temporary, model, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The version plus the module version id of each assembly that shapes the model: the compiler
    /// derives it from the assembly's content in deterministic builds (the SDK default), so a rebuilt parser
    /// or catalog reader invalidates the cache even before the version number changes.</summary>
    private static string DescribeToolBuild()
    {
        Assembly[] stages =
        [
            typeof(ModelCache).Assembly,
            typeof(SchemaProject).Assembly,
            typeof(CatalogReader).Assembly,
            typeof(DatabaseModel).Assembly,
        ];
        var text = new StringBuilder().Append("tool ").Append(ToolVersion).Append('\n');
        foreach (var assembly in stages)
        {
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        return text.ToString();
    }
}
