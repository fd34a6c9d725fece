namespace SurveySchema.Parsing.Text;

/// <summary>Line and column of an offset in a text, both 1-based; the column counts UTF-16 code units, as
/// editors and docs/error-codes.md do. The one position mapper: a line ends at '\n' (so CRLF is one break,
/// its '\r' the last column of the line), and PostgreSQL's error positions (characters) go through
/// <see cref="OffsetOfCharacter"/>. <see cref="SourceText"/> gives the same answer from libpg_query's byte
/// offsets, indexed for large files.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The position of UTF-16 index <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static TextPosition Of(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Clamp(offset, 0, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(line, end - lineStart + 1);
    }

    /// <summary>The UTF-16 index of the <paramref name="position"/>-th character (1-based) of the text that
    /// starts at <paramref name="start"/>. PostgreSQL counts characters, not bytes or UTF-16 units, in an
    /// error's position; a character outside the BMP is one character there but two UTF-16 units here.</summary>
    public static int OffsetOfCharacter(string text, int start, int position)
    {
        var index = start;
        for (var counted = 1; counted < position && index < text.Length; counted++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return Math.Min(index, text.Length);
    }

    public override string ToString() => $"({Line},{Column})";
}
