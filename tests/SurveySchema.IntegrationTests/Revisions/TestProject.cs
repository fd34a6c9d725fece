using SurveySchema.Revisions;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>A throwaway project folder whose <c>revisions/</c> holds a chain for one test: a copy of the real
/// schema/revisions, or small revisions written through <see cref="RevisionWriter"/>.</summary>
internal sealed class TestProject : IDisposable
{
    private TestProject()
    {
        Root = System.IO.Directory.CreateTempSubdirectory("surveyschema-revisions-").FullName;
        System.IO.Directory.CreateDirectory(Revisions);
    }

    /// <summary>The <c>--project</c> folder.</summary>
    public string Root { get; }

    public string Revisions => Path.Combine(Root, "revisions");

    public static TestProject Empty() => new();

    /// <summary>A copy of the repository's schema/revisions (0001 initial schema, 0002 project archiving).</summary>
    public static TestProject CopyOfRealChain()
    {
        var project = new TestProject();
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.Revisions))
        {
            File.Copy(file, Path.Combine(project.Revisions, Path.GetFileName(file)));
        }

        return project;
    }

    /// <summary>Appends a revision after the current head.</summary>
    public TestProject Add(string message, string up, string down = "")
    {
        RevisionWriter.Write(Load(), message, up, down);
        return this;
    }

    public RevisionChain Load()
    {
        var result = RevisionDirectory.Load(Revisions);
        Assert.That(result.Problems, Is.Empty, "the test chain should load");
        return result.Chain!;
    }

    public string PathOf(string fileName) => Path.Combine(Revisions, fileName);

    /// <summary>Rewrites revisions.sum from the files as they are now (what `sha256sum *.sql` would do).</summary>
    public void Reseal()
    {
        var manifest = ChecksumManifest.Empty;
        foreach (var file in System.IO.Directory.EnumerateFiles(Revisions, "*.sql"))
        {
            manifest = manifest.With(Path.GetFileName(file), ChecksumManifest.Sha256(File.ReadAllBytes(file)));
        }

        File.WriteAllText(Path.Combine(Revisions, ChecksumManifest.FileName), manifest.Format());
    }

    /// <summary>CLI arguments: the command's own, then --project and --connection.</summary>
    public string[] Args(string connectionString, params string[] command) =>
        [.. command, "--project", Root, "--connection", connectionString];

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);
}
