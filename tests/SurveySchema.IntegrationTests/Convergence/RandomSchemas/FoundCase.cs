using SurveySchema.IntegrationTests.Convergence.CaseFolders;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>Writes a failing random pair as a ready-made acceptance case folder,
/// <c>artifacts/found-cases/&lt;seed&gt;/</c>: copy it to <c>tests/cases/&lt;a-kebab-case-name&gt;/</c> (shrunk by
/// hand if you like) and the bug is a permanent case.</summary>
internal static class FoundCase
{
    /// <summary>The pair's databases are clones of the PostGIS template, so both sides declare what it holds.</summary>
    private const string TemplateExtensions = "CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\n";

    public static string Root => Path.Combine(RepositoryPaths.Root, "artifacts", "found-cases");

    /// <summary>Writes the folder and returns its path.</summary>
    public static string Write(string seed, SchemaPair pair, ConvergenceFailure failure)
    {
        var plan = failure.Forward;
        var settings = new CaseSettings
        {
            // What the failing plan carried: the best guess at the right set, to be checked when the case is adopted.
            Hazards = plan is null ? [] : [.. plan.Hazards.Select(h => h.Kind).Distinct().Order()],
            Template = DatabaseTemplate.PostGis,
            Rows = pair.A.ToRows().TrimEnd(),
            Irreversible = plan is { IsReversible: false },
            Offline = pair.Seed % 2 != 0,
            Note = $"Found by random convergence exploration: CsCheck seed {seed} (pair size={pair.Size} seed={pair.Seed}). "
                + $"It failed with: {failure.Message.Split('\n')[0]}",
        };
        var folder = new CaseFolder(seed, "", TemplateExtensions + pair.A.ToDdl(), TemplateExtensions + pair.B.ToDdl(), settings);
        var directory = folder.WriteTo(Root);
        File.WriteAllText(Path.Combine(directory, "failure.txt"), failure.Message + "\n");
        return directory;
    }
}
