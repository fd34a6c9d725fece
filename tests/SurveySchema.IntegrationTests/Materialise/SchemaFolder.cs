namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>A throwaway schema project folder for one test; deleted when disposed.</summary>
internal sealed class SchemaFolder : IDisposable
{
    private SchemaFolder()
    {
        Root = Directory.CreateTempSubdirectory("surveyschema-materialise-").FullName;
    }

    /// <summary>The <c>--project</c> folder (absolute, so diagnostics name files by absolute paths).</summary>
    public string Root { get; }

    public static SchemaFolder Create(params (string RelativePath, string Sql)[] files)
    {
        var folder = new SchemaFolder();
        foreach (var (relativePath, sql) in files)
        {
            folder.Write(relativePath, sql);
        }

        return folder;
    }

    /// <summary>The repository's schema/ (without revisions/), each file moved to <paramref name="relocate"/>'s
    /// answer for its relative path.</summary>
    public static SchemaFolder CopyOfSchema(Func<string, string> relocate)
    {
        var folder = new SchemaFolder();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Schema, "*.sql", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Schema, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!relative.StartsWith("revisions/", StringComparison.Ordinal))
            {
                folder.Write(relocate(relative), File.ReadAllText(file));
            }
        }

        return folder;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relativePath, string sql)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sql);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
