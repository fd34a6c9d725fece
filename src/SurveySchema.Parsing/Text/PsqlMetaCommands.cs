using System.Text;

namespace SurveySchema.Parsing.Text;

/// <summary>A psql meta-command found in a file: its byte offset, its name without the backslash
/// (<c>restrict</c>, <c>connect</c>) and the rest of its line.</summary>
internal sealed record PsqlMetaCommand(int Offset, string Name, string Argument);

/// <summary>Finds the psql meta-commands in a file and blanks them out, so that PostgreSQL's parser sees the
/// SQL that psql would send. pg_dump writes some: <c>\restrict KEY</c> and <c>\unrestrict KEY</c> (15.14 and
/// later), <c>\connect db</c> with <c>--create</c>. psql reads a meta-command from a backslash outside
/// quotes to the end of the line; only lines that start with one (after blanks) are taken here, which is
/// every form pg_dump writes.</summary>
/// <remarks>Each byte of such a line becomes a space (the line break stays), so every offset and line
/// number after it is unchanged. Strings (<c>'…'</c>, <c>E'…'</c>), quoted identifiers, comments (nested
/// block comments included) and dollar-quoted bodies are skipped: a backslash at the start of a line in a
/// function body is the body's.</remarks>
internal static class PsqlMetaCommands
{
    /// <summary>The meta-commands found, in file order; <paramref name="utf8"/> is changed in place.</summary>
    public static IReadOnlyList<PsqlMetaCommand> Blank(byte[] utf8)
    {
        var found = new List<PsqlMetaCommand>();
        var atLineStart = true;
        var i = 0;
        while (i < utf8.Length)
        {
            var c = utf8[i];
            if (c == (byte)'\n')
            {
                atLineStart = true;
                i++;
                continue;
            }

            if (c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v')
            {
                i++;
                continue;
            }

            if (c == (byte)'\\' && atLineStart)
            {
                i = BlankLine(utf8, i, found);
                continue;
            }

            atLineStart = false;
            i = SkipToken(utf8, i);
        }

        return found;
    }

    private static int BlankLine(byte[] utf8, int start, List<PsqlMetaCommand> found)
    {
        var end = start;
        while (end < utf8.Length && utf8[end] != (byte)'\n')
        {
            end++;
        }

        var line = Encoding.UTF8.GetString(utf8, start + 1, end - start - 1).TrimEnd('\r').Trim();
        var split = line.IndexOfAny([' ', '\t']);
        var name = split < 0 ? line : line[..split];
        var argument = split < 0 ? string.Empty : line[(split + 1)..].Trim();
        found.Add(new PsqlMetaCommand(start, name, argument));
        for (var i = start; i < end; i++)
        {
            if (utf8[i] != (byte)'\r')
            {
                utf8[i] = (byte)' ';
            }
        }

        return end;
    }

    /// <summary>The offset after the token, string, identifier, comment or dollar-quoted body at <paramref name="i"/>.</summary>
    private static int SkipToken(byte[] utf8, int i)
    {
        var c = utf8[i];
        switch (c)
        {
            case (byte)'\'':
                var escapes = i > 0 && utf8[i - 1] is (byte)'e' or (byte)'E' && (i < 2 || !IsIdentifierByte(utf8[i - 2]));
                return SkipQuoted(utf8, i, (byte)'\'', escapes);
            case (byte)'"':
                return SkipQuoted(utf8, i, (byte)'"', backslashEscapes: false);
            case (byte)'-' when i + 1 < utf8.Length && utf8[i + 1] == (byte)'-':
                while (i < utf8.Length && utf8[i] != (byte)'\n')
                {
                    i++;
                }

                return i;
            case (byte)'/' when i + 1 < utf8.Length && utf8[i + 1] == (byte)'*':
                return SkipBlockComment(utf8, i);
            case (byte)'$' when DollarTag(utf8, i) is { } tag:
                var close = utf8.AsSpan(i + tag.Length).IndexOf(tag);
                return close < 0 ? utf8.Length : i + tag.Length + close + tag.Length;
            default:
                // An identifier or keyword is taken whole, so that the '$' inside a name like a$b is not a quote.
                if (IsIdentifierByte(c))
                {
                    while (i < utf8.Length && (IsIdentifierByte(utf8[i]) || utf8[i] == (byte)'$'))
                    {
                        i++;
                    }

                    return i;
                }

                return i + 1;
        }
    }

    private static int SkipQuoted(byte[] utf8, int i, byte quote, bool backslashEscapes)
    {
        i++;
        while (i < utf8.Length)
        {
            if (backslashEscapes && utf8[i] == (byte)'\\')
            {
                i += 2;
            }
            else if (utf8[i] == quote)
            {
                // A doubled quote is an escaped one.
                if (i + 1 < utf8.Length && utf8[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return utf8.Length;
    }

    /// <summary>PostgreSQL's block comments nest.</summary>
    private static int SkipBlockComment(byte[] utf8, int i)
    {
        var depth = 0;
        while (i < utf8.Length)
        {
            if (utf8[i] == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'*')
            {
                depth++;
                i += 2;
            }
            else if (utf8[i] == (byte)'*' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return utf8.Length;
    }

    /// <summary><c>$$</c> or <c>$tag$</c> starting at <paramref name="i"/> (a tag is an identifier without digits first).</summary>
    private static byte[]? DollarTag(byte[] utf8, int i)
    {
        var j = i + 1;
        while (j < utf8.Length && utf8[j] != (byte)'$')
        {
            if (!IsIdentifierByte(utf8[j]) || (j == i + 1 && utf8[j] is >= (byte)'0' and <= (byte)'9'))
            {
                return null;
            }

            j++;
        }

        return j < utf8.Length ? utf8[i..(j + 1)] : null;
    }

    private static bool IsIdentifierByte(byte c) =>
        c is (byte)'_' or >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or >= 0x80;
}
