using System.Text;
using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

/// <summary>A temporary revisions directory for one test: write files, seal them in revisions.sum, load.</summary>
internal sealed class ChainFolder : IDisposable
{
    public ChainFolder() => Path = Directory.CreateTempSubdirectory("surveyschema-chain-").FullName;

    public string Path { get; }

    /// <summary>Writes a revision pair with a proper header (parent = previous number, or none).</summary>
    public ChainFolder Add(int number, string slug, string up = "SELECT 1;\n", string down = "SELECT 1;\n", string? revises = null)
    {
        var id = RevisionFileName.FormatId(number);
        var parent = revises ?? (number == 1 ? "none" : RevisionFileName.FormatId(number - 1));
        foreach (var (direction, body) in new[] { ("up", up), ("down", down) })
        {
            Write($"{id}_{slug}.{direction}.sql", $"-- revision: {id}\n-- description: {slug.Replace('_', ' ')}\n-- revises: {parent}\n\n{body}");
        }

        return this;
    }

    public ChainFolder Write(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes revisions.sum for every .sql file present.</summary>
    public ChainFolder Seal()
    {
        var manifest = ChecksumManifest.Empty;
        foreach (var file in Directory.EnumerateFiles(Path, "*.sql"))
        {
            manifest = manifest.With(System.IO.Path.GetFileName(file), ChecksumManifest.Sha256(File.ReadAllBytes(file)));
        }

        File.WriteAllText(System.IO.Path.Combine(Path, ChecksumManifest.FileName), manifest.Format());
        return this;
    }

    public ChainLoadResult Load() => RevisionDirectory.Load(Path);

    public RevisionChain LoadValid()
    {
        var result = Load();
        Assert.That(result.Problems, Is.Empty);
        return result.Chain!;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
