using System.Text;
using SurveySchema.Parsing;

namespace SurveySchema.Tests.Parsing;

/// <summary>A throwaway schema project folder written by a test; deleted on dispose.</summary>
internal sealed class SchemaFolder : IDisposable
{
    private SchemaFolder(string path) => Path = path;

    public string Path { get; }

    public static SchemaFolder Create(params (string RelativePath, string Sql)[] files)
    {
        var folder = new SchemaFolder(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "surveyschema-parsing-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.Path);
        foreach (var (relativePath, sql) in files)
        {
            folder.Write(relativePath, sql);
        }

        return folder;
    }

    public void Write(string relativePath, string sql)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sql, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The path a diagnostic or location shows for a file of this folder.</summary>
    public string FileOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public SchemaProject Load() => SchemaProject.Load(Path);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
