using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>The <c>&lt;key&gt;.project.json</c> and <c>&lt;key&gt;.declarations.json</c> files of a cache entry: a
/// <see cref="ProjectSummary"/> with a version and with the paths of the project's own files relative to the
/// project folder.</summary>
/// <remarks>
/// The cache key covers the files' relative paths and bytes, not where the folder is: the same project
/// checked out twice, or given as <c>schema</c> once and <c>./schema</c> the next time, shares one entry. A
/// diagnostic is therefore stored against its file's relative path and put back under the folder being
/// built, exactly as <see cref="Parsing.SchemaProject.Load"/> would have spelled it.
/// </remarks>
internal static partial class ProjectSummaryJson
{
    /// <summary>Bumped whenever the document changes: an entry of any other version is a miss, never misread.</summary>
    /// <remarks>3: the declarations moved to a document of their own (<see cref="SerializeDeclarations"/>).</remarks>
    public const int CurrentVersion = 3;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        TypeInfoResolver = StoredJsonContext.Default,
    };

    /// <summary>The summary without its declarations: what every cache hit reads.</summary>
    public static byte[] Serialize(ProjectSummary summary)
    {
        var prefix = PrefixOf(summary.Directory);
        var diagnostics = summary.Diagnostics.Select(d =>
        {
            var (file, inProject) = Relative(d.File, prefix);
            return new StoredDiagnostic(d.Severity, d.Code, file, inProject, d.Line, d.Column, d.Message);
        });
        return JsonSerializer.SerializeToUtf8Bytes(
            new StoredSummary(CurrentVersion, summary.Files, summary.Statements, [.. diagnostics]), JsonTypeInfoOf.For<StoredSummary>(Options));
    }

    /// <summary>The summary's declarations, a document of their own: only drift reads them.</summary>
    public static byte[] SerializeDeclarations(ProjectSummary summary)
    {
        var prefix = PrefixOf(summary.Directory);
        var declarations = summary.Declarations.Select(d =>
        {
            var (file, inProject) = Relative(d.Location.File, prefix);
            return new StoredDeclaration(d.Name, file, inProject, d.Location.Line, d.Location.Column);
        });
        return JsonSerializer.SerializeToUtf8Bytes(new StoredDeclarations(CurrentVersion, [.. declarations]), JsonTypeInfoOf.For<StoredDeclarations>(Options));
    }

    /// <summary>The summary stored in <paramref name="json"/>, its paths under <paramref name="projectDirectory"/>,
    /// without declarations; null for another version.</summary>
    /// <exception cref="JsonException">The document is damaged.</exception>
    public static ProjectSummary? Deserialize(ReadOnlySpan<byte> json, string projectDirectory)
    {
        // The version is read first and alone, so that a later layout never has to parse as this one.
        if (JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<StoredVersion>(Options)) is not { Version: CurrentVersion })
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<StoredSummary>(Options))
            ?? throw new JsonException("the project summary holds null");
        ImmutableArray<Diagnostic> diagnostics = [.. stored.Diagnostics.Select(d => new Diagnostic(
            d.Severity,
            d.Code,
            Absolute(d.File, d.InProject, projectDirectory),
            d.Line,
            d.Column,
            d.Message))];
        return new ProjectSummary(projectDirectory, stored.Files, stored.Statements, diagnostics);
    }

    /// <summary>The declarations stored in <paramref name="json"/> (<see cref="SerializeDeclarations"/>), their
    /// paths under <paramref name="projectDirectory"/>; null for another version.</summary>
    /// <exception cref="JsonException">The document is damaged.</exception>
    public static ImmutableArray<ObjectDeclaration>? DeserializeDeclarations(ReadOnlySpan<byte> json, string projectDirectory)
    {
        if (JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<StoredVersion>(Options)) is not { Version: CurrentVersion })
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<StoredDeclarations>(Options))
            ?? throw new JsonException("the declarations document holds null");
        return [.. stored.Declarations.Select(d => new ObjectDeclaration(
            d.Name, new SourceLocation(Absolute(d.File, d.InProject, projectDirectory), d.Line, d.Column)))];
    }

    /// <summary><paramref name="file"/> relative to the project folder ('/' separators) when it is under
    /// <paramref name="prefix"/>, else as it is.</summary>
    private static (string File, bool InProject) Relative(string file, string prefix) =>
        prefix.Length > 0 && file.StartsWith(prefix, StringComparison.Ordinal)
            ? (file[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/'), true)
            : (file, false);

    private static string Absolute(string file, bool inProject, string projectDirectory) =>
        inProject ? Path.Combine(projectDirectory, file.Replace('/', Path.DirectorySeparatorChar)) : file;

    /// <summary>What <see cref="Path.Combine(string, string)"/> puts before a relative path under
    /// <paramref name="directory"/>.</summary>
    private static string PrefixOf(string directory) =>
        directory.Length == 0 || Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;

    private sealed record StoredVersion(int Version);

    private sealed record StoredSummary(int Version, int Files, int Statements, StoredDiagnostic[] Diagnostics);

    private sealed record StoredDeclarations(int Version, StoredDeclaration[] Declarations);

    /// <param name="InProject">True when <paramref name="File"/> is relative to the project folder ('/' separators).</param>
    private sealed record StoredDiagnostic(
        DiagnosticSeverity Severity, string Code, string File, bool InProject, int Line, int Column, string Message);

    /// <param name="File">Relative to the project folder ('/' separators) when <paramref name="InProject"/>.</param>
    private sealed record StoredDeclaration(SchemaObjectName Name, string File, bool InProject, int Line, int Column);

    /// <summary>The documents' JSON metadata, generated at build time: no reflection when a cache hit reads them.</summary>
    [JsonSerializable(typeof(StoredVersion))]
    [JsonSerializable(typeof(StoredSummary))]
    [JsonSerializable(typeof(StoredDeclarations))]
    private sealed partial class StoredJsonContext : JsonSerializerContext;
}
