using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Catalog;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>Recognises the catalog reader's round trips in a <see cref="CommandLog"/> by their text: each
/// query of <c>src/SurveySchema.Catalog/Queries/*.sql</c> is embedded in the reader's assembly, and its first
/// line (a comment) is unique.</summary>
internal sealed class CatalogQueryNames
{
    /// <summary>The command that pins the session settings (and, with it, sends BEGIN).</summary>
    public const string Settings = "settings";

    private readonly List<(string Name, string FirstLine)> queries = [];

    public CatalogQueryNames()
    {
        var assembly = typeof(CatalogReader).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("Queries/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var firstLine = reader.ReadLine() ?? string.Empty;
            queries.Add((Path.GetFileName(resource), firstLine));
        }
    }

    /// <summary>The query file (<c>columns.sql</c>…), <see cref="Settings"/>, or null for anything else.</summary>
    public string? NameOf(TracedCommand command)
    {
        if (command.Text.Contains("SET TRANSACTION READ ONLY", StringComparison.Ordinal))
        {
            return Settings;
        }

        foreach (var (name, firstLine) in queries)
        {
            if (firstLine.Length > 0 && command.Text.StartsWith(firstLine, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
