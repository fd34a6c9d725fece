using System.Security.Cryptography;
using System.Text;

namespace SurveySchema.Parsing;

/// <summary>The files that make up a schema project: every <c>*.sql</c> below the folder except those
/// under <c>revisions/</c> (the versioned chain is not the desired state), sorted by relative path with
/// '/' separators so that every machine sees the same list.</summary>
public static class ProjectFiles
{
    public const string RevisionsFolder = "revisions";

    /// <summary>Relative paths ('/' separators), ordinal order.</summary>
    public static IReadOnlyList<string> Enumerate(string projectDirectory)
    {
        if (!Directory.Exists(projectDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(projectDirectory, "*.sql", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(projectDirectory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !relative.StartsWith(RevisionsFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A cache key for the project's content: sha256 (lower-case hex) over each file's relative
    /// path and bytes, in <see cref="Enumerate"/> order. Equal folders give equal hashes wherever they live.</summary>
    public static string ContentHash(string projectDirectory)
        => ContentHash(Enumerate(projectDirectory).Select(relative => (relative, File.ReadAllBytes(Path.Combine(projectDirectory, relative)))));

    /// <summary>The same hash over files already read, in the order given.</summary>
    internal static string ContentHash(IEnumerable<(string RelativePath, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, bytes) in files)
        {
            AppendFramed(hash, Encoding.UTF8.GetBytes(relative));
            AppendFramed(hash, bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length-prefixed, so that moving bytes between a name and its content changes the hash.</summary>
    private static void AppendFramed(IncrementalHash hash, byte[] data)
    {
        Span<byte> length = stackalloc byte[8];
        BitConverter.TryWriteBytes(length, (long)data.Length);
        hash.AppendData(length);
        hash.AppendData(data);
    }
}
