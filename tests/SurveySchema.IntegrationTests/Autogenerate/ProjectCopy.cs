namespace SurveySchema.IntegrationTests.Autogenerate;

/// <summary>A throwaway copy of the repository's schema/ (revisions included) for one test; deleted when disposed.</summary>
internal sealed class ProjectCopy : IDisposable
{
    private ProjectCopy(string root)
    {
        Root = root;
    }

    /// <summary>The <c>--project</c> folder.</summary>
    public string Root { get; }

    public string Revisions => Path.Combine(Root, "revisions");

    public static ProjectCopy OfSchema()
    {
        var root = Directory.CreateTempSubdirectory("surveyschema-autogenerate-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Schema, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Schema, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new ProjectCopy(root);
    }

    /// <summary>A fresh, empty folder beside nothing: for extract's output and build's cache.</summary>
    public static string TemporaryFolder() => Directory.CreateTempSubdirectory("surveyschema-extract-").FullName;

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every file under revisions/ with its bytes, to prove that nothing was written.</summary>
    public IReadOnlyDictionary<string, byte[]> RevisionFiles() =>
        Directory.EnumerateFiles(Revisions).ToDictionary(file => Path.GetFileName(file), file => File.ReadAllBytes(file));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
