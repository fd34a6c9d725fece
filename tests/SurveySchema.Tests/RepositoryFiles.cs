using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SurveySchema.Tests;

/// <summary>Files of this repository (docs, sources) for tests that check documentation against code.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = RootOf();

    public static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root, .. parts]));

    /// <summary>Every C# source under <c>src/</c>, build output left out.</summary>
    public static IEnumerable<(string Path, string Text)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(path)));

    /// <summary>The codes a documentation page lists as table rows (<c>| SH1001 | …</c>), in page order, for
    /// codes made of <paramref name="prefix"/> and four digits.</summary>
    public static IReadOnlyList<string> DocumentedCodes(string page, string prefix) =>
        [.. Regex.Matches(Read("docs", page), $@"^\| ({Regex.Escape(prefix)}[0-9]{{4}}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value)];

    private static string RootOf([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
