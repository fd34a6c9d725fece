using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>The <c>&lt;key&gt;.project.json</c> half of a cache entry: a <see cref="ProjectSummary"/> with a
/// version and with the paths of the project's own files relative to the project folder.</summary>
/// <remarks>
/// The cache key covers the files' relative paths and bytes, not where the folder is: the same project
/// checked out twice, or given as <c>schema</c> once and <c>./schema</c> the next time, shares one entry. A
/// diagnostic is therefore stored against its file's relative path and put back under the folder being
/// built, exactly as <see cref="Parsing.SchemaProject.Load"/> would have spelled it.
/// </remarks>
internal static class ProjectSummaryJson
{
    /// <summary>Bumped whenever the document changes: an entry of any other version is a miss, never misread.</summary>
    public const int CurrentVersion = 2;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static byte[] Serialize(ProjectSummary summary)
    {
        var prefix = PrefixOf(summary.Directory);
        var diagnostics = summary.Diagnostics.Select(d =>
        {
            var inProject = prefix.Length > 0 && d.File.StartsWith(prefix, StringComparison.Ordinal);
            var file = inProject ? d.File[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/') : d.File;
            return new StoredDiagnostic(d.Severity, d.Code, file, inProject, d.Line, d.Column, d.Message);
        });
        var declarations = summary.Declarations.Select(d =>
        {
            var file = d.Location.File;
            var inProject = prefix.Length > 0 && file.StartsWith(prefix, StringComparison.Ordinal);
            return new StoredDeclaration(d.Name, inProject ? file[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/') : file,
                inProject, d.Location.Line, d.Location.Column);
        });
        return JsonSerializer.SerializeToUtf8Bytes(
            new StoredSummary(CurrentVersion, summary.Files, summary.Statements, [.. diagnostics], [.. declarations]), Options);
    }

    /// <summary>The summary stored in <paramref name="json"/>, its paths under <paramref name="projectDirectory"/>;
    /// null for another version.</summary>
    /// <exception cref="JsonException">The document is damaged.</exception>
    public static ProjectSummary? Deserialize(ReadOnlySpan<byte> json, string projectDirectory)
    {
        // The version is read first and alone, so that a later layout never has to parse as this one.
        if (JsonSerializer.Deserialize<StoredVersion>(json, Options) is not { Version: CurrentVersion })
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredSummary>(json, Options)
            ?? throw new JsonException("the project summary holds null");
        ImmutableArray<Diagnostic> diagnostics = [.. stored.Diagnostics.Select(d => new Diagnostic(
            d.Severity,
            d.Code,
            d.InProject ? Path.Combine(projectDirectory, d.File.Replace('/', Path.DirectorySeparatorChar)) : d.File,
            d.Line,
            d.Column,
            d.Message))];
        ImmutableArray<ObjectDeclaration> declarations = [.. stored.Declarations.Select(d => new ObjectDeclaration(
            d.Name,
            new SourceLocation(d.InProject ? Path.Combine(projectDirectory, d.File.Replace('/', Path.DirectorySeparatorChar)) : d.File, d.Line, d.Column)))];
        return new ProjectSummary(projectDirectory, stored.Files, stored.Statements, diagnostics) { Declarations = declarations };
    }

    /// <summary>What <see cref="Path.Combine(string, string)"/> puts before a relative path under
    /// <paramref name="directory"/>.</summary>
    private static string PrefixOf(string directory) =>
        directory.Length == 0 || Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;

    private sealed record StoredVersion(int Version);

    private sealed record StoredSummary(int Version, int Files, int Statements, StoredDiagnostic[] Diagnostics, StoredDeclaration[] Declarations);

    /// <param name="InProject">True when <paramref name="File"/> is relative to the project folder ('/' separators).</param>
    private sealed record StoredDiagnostic(
        DiagnosticSeverity Severity, string Code, string File, bool InProject, int Line, int Column, string Message);

    /// <param name="File">Relative to the project folder ('/' separators) when <paramref name="InProject"/>.</param>
    private sealed record StoredDeclaration(SchemaObjectName Name, string File, bool InProject, int Line, int Column);
}
