using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SurveySchema.Revisions;

/// <summary>A revision file name, <c>NNNN_slug.up.sql</c> or <c>NNNN_slug.down.sql</c>, taken apart.</summary>
public sealed partial record RevisionFileName(string Id, int Number, string Slug, RevisionDirection Direction)
{
    /// <summary>The width new ids are padded to; longer ids are read as they are.</summary>
    public const int IdWidth = 4;

    /// <summary>The longest slug <see cref="SlugFrom"/> makes, so that file names stay readable.</summary>
    public const int MaxSlugLength = 48;

    public static RevisionFileName? TryParse(string fileName)
    {
        var match = Pattern().Match(fileName);
        if (!match.Success || !int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var direction = match.Groups["direction"].Value == "up" ? RevisionDirection.Up : RevisionDirection.Down;
        return new RevisionFileName(match.Groups["id"].Value, number, match.Groups["slug"].Value, direction);
    }

    public static string Format(string id, string slug, RevisionDirection direction) =>
        $"{id}_{slug}.{(direction == RevisionDirection.Up ? "up" : "down")}.sql";

    public static string FormatId(int number) => number.ToString(CultureInfo.InvariantCulture).PadLeft(IdWidth, '0');

    /// <summary>A file-name slug from a revision message: lower-case ASCII letters and digits joined by
    /// underscores, cut at a word boundary; "revision" when nothing usable is left.</summary>
    public static string SlugFrom(string message)
    {
        var slug = new StringBuilder();
        foreach (var c in message.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '_')
            {
                slug.Append('_');
            }
        }

        var text = slug.ToString().Trim('_');
        if (text.Length > MaxSlugLength)
        {
            var cut = text.LastIndexOf('_', MaxSlugLength);
            text = text[..(cut > 0 ? cut : MaxSlugLength)];
        }

        return text.Length == 0 ? "revision" : text;
    }

    [GeneratedRegex(@"^(?<id>[0-9]{4,9})_(?<slug>[A-Za-z0-9_-]+)\.(?<direction>up|down)\.sql$")]
    private static partial Regex Pattern();
}
