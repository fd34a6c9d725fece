using System.Text;
using System.Text.RegularExpressions;

namespace SurveySchema.Server;

/// <summary>Reads a <c>.env</c> file as python-dotenv and docker compose write them: <c>KEY=VALUE</c> lines,
/// an optional <c>export</c> prefix, <c>#</c> comments, single quotes (literal) and double quotes (with
/// <c>\n</c>, <c>\"</c>, <c>\\</c> escapes). No variable expansion. A later line overrides an earlier one.</summary>
internal static partial class DotEnvFile
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var match = Assignment().Match(rawLine.TrimEnd('\r'));
            if (match.Success)
            {
                values[match.Groups["key"].Value] = ReadValue(match.Groups["value"].Value);
            }
        }

        return values;
    }

    private static string ReadValue(string value)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return value;
        }

        return value[0] switch
        {
            '\'' => value.IndexOf('\'', 1) is var end and > 0 ? value[1..end] : value[1..],
            '"' => ReadDoubleQuoted(value),
            _ => StripComment(value),
        };
    }

    private static string ReadDoubleQuoted(string value)
    {
        var result = new StringBuilder();
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                break;
            }

            if (c == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    var other => other,
                });
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>An unquoted value ends at a <c>#</c> that follows whitespace (a '#' inside, as in a password,
    /// stays).</summary>
    private static string StripComment(string value)
    {
        var comment = InlineComment().Match(value);
        return (comment.Success ? value[..comment.Index] : value).Trim();
    }

    [GeneratedRegex(@"^\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*=(?<value>.*)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\s#")]
    private static partial Regex InlineComment();
}
