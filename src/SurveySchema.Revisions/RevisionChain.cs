using System.Collections.Immutable;
using System.Globalization;

namespace SurveySchema.Revisions;

/// <summary>The revisions of a directory in order, 0001 first, checked against each other and against
/// revisions.sum. A position in the chain is the number of revisions applied: 0 is base, <see cref="Count"/> is head.</summary>
public sealed class RevisionChain
{
    /// <summary>The name of the position before the first revision.</summary>
    public const string Base = "base";

    /// <summary>The name of the position after the last revision.</summary>
    public const string HeadName = "head";

    public RevisionChain(string directory, ImmutableArray<Revision> revisions, ChecksumManifest manifest)
    {
        Directory = directory;
        Revisions = revisions;
        Manifest = manifest;
    }

    public string Directory { get; }

    public ImmutableArray<Revision> Revisions { get; }

    public ChecksumManifest Manifest { get; }

    public int Count => Revisions.Length;

    public Revision? Head => Revisions.IsEmpty ? null : Revisions[^1];

    public Revision? Find(string id) => Revisions.FirstOrDefault(revision => revision.Id == id);

    /// <summary>The id at a position, or "base" for 0.</summary>
    public string NameAt(int position) => position == 0 ? Base : Revisions[position - 1].Id;

    /// <summary>The position a revision name stands for: "base", "head", an id ("0002"), its number ("2")
    /// or its file stem ("0002_add_project_archiving"); null when the chain has no such revision.</summary>
    public int? PositionOf(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Equals(Base, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (trimmed.Equals(HeadName, StringComparison.OrdinalIgnoreCase))
        {
            return Count;
        }

        var digits = trimmed.Split('_', 2)[0];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        for (var index = 0; index < Revisions.Length; index++)
        {
            var revision = Revisions[index];
            if (revision.Number == number)
            {
                var wholeName = digits.Length == trimmed.Length || trimmed == $"{revision.Id}_{revision.Slug}";
                return wholeName ? index + 1 : null;
            }
        }

        return null;
    }
}
