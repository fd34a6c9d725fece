using System.Runtime.CompilerServices;

namespace SurveySchema.IntegrationTests;

/// <summary>Where the repository and its schema folders are, found from the running tests.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "SurveySchema.sln";

    private static readonly Lazy<string> root = new(FindRoot);

    /// <summary>The folder that holds <c>SurveySchema.sln</c>.</summary>
    public static string Root => root.Value;

    /// <summary>The desired state: <c>schema/</c>.</summary>
    public static string Schema => Path.Combine(Root, "schema");

    /// <summary>The revision chain: <c>schema/revisions/</c>.</summary>
    public static string Revisions => Path.Combine(Schema, "revisions");

    private static string FindRoot()
    {
        // The test output directory lies below the repository in a default build, but not when
        // it is built with --artifacts-path elsewhere (as parallel builds do); the directory this
        // source file was compiled from is inside the repository either way.
        string[] starts =
        [
            TestContext.CurrentContext.TestDirectory,
            Environment.CurrentDirectory,
            SourceDirectory(),
        ];

        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"{SolutionFile} was not found above any of: {string.Join(", ", starts)}");
    }

    private static string SourceDirectory([CallerFilePath] string sourceFile = "") =>
        Path.GetDirectoryName(sourceFile) ?? string.Empty;
}
