namespace SurveySchema.Revisions;

/// <summary>A revision pair just written.</summary>
public sealed record WrittenRevision(string Id, string Slug, string UpPath, string DownPath);

/// <summary>Adds the next revision to a chain: <c>NNNN_slug.up.sql</c> and <c>.down.sql</c> with their headers,
/// and both files' sha256 in revisions.sum. <c>revision -m</c> writes an empty pair;
/// <c>revision --autogenerate</c> passes the SQL the differ produced.</summary>
public static class RevisionWriter
{
    /// <summary>Writes the revision after <paramref name="chain"/>'s head. The chain must be the directory's
    /// current, valid state (from <see cref="RevisionDirectory.Load"/>), so the manifest stays complete.</summary>
    /// <param name="upSql">Statements for the up file, after the header; null or empty for an empty file.</param>
    /// <param name="downSql">Statements for the down file; null or empty for an empty file.</param>
    public static WrittenRevision Write(RevisionChain chain, string message, string? upSql = null, string? downSql = null, DateTimeOffset? created = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var description = string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var id = RevisionFileName.FormatId((chain.Head?.Number ?? 0) + 1);
        var slug = RevisionFileName.SlugFrom(description);
        var when = created ?? DateTimeOffset.UtcNow;

        Directory.CreateDirectory(chain.Directory);
        var manifest = chain.Manifest;
        var paths = new Dictionary<RevisionDirection, string>();
        foreach (var (direction, sql) in new[] { (RevisionDirection.Up, upSql), (RevisionDirection.Down, downSql) })
        {
            var path = Path.Combine(chain.Directory, RevisionFileName.Format(id, slug, direction));
            var text = RevisionHeader.Format(id, description, chain.Head?.Id, direction, when) + Body(sql);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);

            // FileMode.CreateNew: never overwrite a file someone else just wrote under the same number.
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
            }

            manifest = manifest.With(Path.GetFileName(path), ChecksumManifest.Sha256(bytes));
            paths[direction] = path;
        }

        WriteAtomically(Path.Combine(chain.Directory, ChecksumManifest.FileName), manifest.Format());
        return new WrittenRevision(id, slug, paths[RevisionDirection.Up], paths[RevisionDirection.Down]);
    }

    private static string Body(string? sql) =>
        string.IsNullOrWhiteSpace(sql) ? "" : "\n" + sql.Trim('\n', '\r') + "\n";

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
