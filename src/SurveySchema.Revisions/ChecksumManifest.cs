using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SurveySchema.Revisions;

/// <summary><c>revisions.sum</c>: the sha256 of every revision file, one <c>&lt;hex&gt;  &lt;file name&gt;</c> line
/// per file, sorted by name. It is exactly what <c>sha256sum *.sql</c> prints, so
/// <c>sha256sum -c revisions.sum</c> checks it and <c>sha256sum *.sql &gt; revisions.sum</c> rewrites it.
/// Like Atlas's atlas.sum, it makes an accidental edit or a half-merged branch visible before anything runs.</summary>
public sealed partial record ChecksumManifest(ImmutableSortedDictionary<string, string> Entries)
{
    public const string FileName = "revisions.sum";

    public static ChecksumManifest Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>Lower-case hex sha256 of <paramref name="bytes"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Reads the manifest text; malformed lines come back as problems naming their line.</summary>
    public static (ChecksumManifest Manifest, ImmutableArray<RevisionProblem> Problems) Parse(string text, string path)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<RevisionProblem>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // sha256sum writes "<hex>  <name>" in text mode and "<hex> *<name>" in binary mode.
            var match = EntryPattern().Match(line);
            if (!match.Success)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest,
                    "not a '<sha256 hex>  <file name>' line", path, index + 1, 1));
                continue;
            }

            var name = match.Groups["name"].Value;
            if (!entries.TryAdd(name, match.Groups["hash"].Value.ToLowerInvariant()))
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest, $"{name} is listed twice", path, index + 1, 1));
            }
        }

        var manifest = new ChecksumManifest(entries.ToImmutable());

        // One canonical form, so that two branches that each add a revision conflict visibly in revisions.sum
        // instead of merging into an order (or line ending) that hides a lost entry; CRLF from a Windows checkout
        // would also make sha256sum -c fail.
        if (problems.Count == 0 && text != manifest.Format())
        {
            problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest,
                $"not in canonical form ({NonCanonicalReason(text)}): one '<sha256 hex>  <file name>' line per file, sorted by name, \\n line ends; rewrite it with `sha256sum *.sql > {FileName}` (LC_ALL=C)",
                path, FirstDifferentLine(text, manifest.Format()), 1));
        }

        return (manifest, problems.ToImmutable());
    }

    private static string NonCanonicalReason(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? "CRLF line ends"
            : text.Split('\n').Any(line => line.StartsWith('#')) ? "comment lines"
            : text.Split('\n').Any(line => line.Length > 65 && line[64..66] == " *") ? "binary-mode '*' markers"
            : "lines out of order, blank lines or no final line end";

    private static int FirstDifferentLine(string text, string canonical)
    {
        var actual = text.Split('\n');
        var expected = canonical.Split('\n');
        for (var index = 0; index < Math.Min(actual.Length, expected.Length); index++)
        {
            if (actual[index] != expected[index])
            {
                return index + 1;
            }
        }

        return Math.Min(actual.Length, expected.Length);
    }

    public ChecksumManifest With(string fileName, string checksum) => new(Entries.SetItem(fileName, checksum));

    /// <summary>The manifest in sha256sum's text-mode format, sorted by file name (ordinal).</summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var (name, hash) in Entries)
        {
            text.Append(hash).Append("  ").Append(name).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^(?<hash>[0-9a-fA-F]{64}) [ *](?<name>\S.*)$")]
    private static partial Regex EntryPattern();
}
