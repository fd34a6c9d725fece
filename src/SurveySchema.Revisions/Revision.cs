namespace SurveySchema.Revisions;

/// <summary>One link of the chain: an up/down pair of SQL files sharing a number and a slug.</summary>
/// <param name="Id">The number as written in the file names, e.g. <c>"0001"</c>.</param>
/// <param name="Number">The same number as an integer, for ordering.</param>
/// <param name="Slug">The file names' slug, e.g. <c>initial_schema</c>.</param>
/// <param name="Description">The header's <c>description</c>, else the slug with spaces.</param>
public sealed record Revision(string Id, int Number, string Slug, string Description, RevisionFile Up, RevisionFile Down)
{
    /// <summary>What the history table records for an applied revision: the sha256 of the up file,
    /// the script that actually ran. A later edit of the down file does not change it, so a broken
    /// downgrade can still be fixed after the revision has been applied.</summary>
    public string Checksum => Up.Checksum;

    /// <summary>The file a direction runs.</summary>
    public RevisionFile File(RevisionDirection direction) => direction == RevisionDirection.Up ? Up : Down;

    public override string ToString() => $"{Id} {Description}";
}

/// <summary>One revision file as it was read: its text, parsed into segments, and its sha256.</summary>
/// <param name="Checksum">Lower-case hex sha256 of the file's bytes, as <c>sha256sum</c> prints it.</param>
public sealed record RevisionFile(string Path, string Text, string Checksum, RevisionScript Script)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>Which file of a revision runs.</summary>
public enum RevisionDirection
{
    Up,
    Down,
}
