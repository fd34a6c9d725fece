using System.Text;

namespace SurveySchema.Parsing.Text;

/// <summary>One schema file as the parser sees it: the UTF-8 bytes handed to libpg_query (without a
/// byte-order mark) and the map from byte offsets, which is what libpg_query reports, back to the
/// line and character column a person sees in an editor.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;
    private int[]? _lineCharStarts;

    private SourceText(string path, string relativePath, byte[] utf8)
    {
        Path = path;
        RelativePath = relativePath;
        Utf8 = utf8;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The path to show in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The path relative to the project folder, with '/' separators.</summary>
    public string RelativePath { get; }

    public byte[] Utf8 { get; }

    public static SourceText FromBytes(string path, string relativePath, ReadOnlySpan<byte> fileBytes)
    {
        var withoutBom = fileBytes.StartsWith(Encoding.UTF8.Preamble) ? fileBytes[Encoding.UTF8.Preamble.Length..] : fileBytes;

        // Round-trip through string so that invalid UTF-8 becomes U+FFFD consistently in both the
        // bytes given to the parser and the text shown back.
        var text = Encoding.UTF8.GetString(withoutBom);
        return new SourceText(path, relativePath, Encoding.UTF8.GetBytes(text));
    }

    public static SourceText FromString(string path, string relativePath, string text)
        => new(path, relativePath, Encoding.UTF8.GetBytes(text));

    public string Slice(int byteOffset, int byteLength) => Encoding.UTF8.GetString(Utf8, byteOffset, byteLength);

    public SourceLocation Locate(int byteOffset)
    {
        var position = Position(byteOffset);
        return new SourceLocation(Path, position.Line, position.Column);
    }

    /// <summary>The UTF-16 index in the text of <paramref name="byteOffset"/>, for callers that hold the
    /// text as a string (libpg_query counts bytes, .NET strings count UTF-16 code units).</summary>
    public int CharOffset(int byteOffset)
    {
        var position = Position(byteOffset);
        _lineCharStarts ??= LineCharStarts();
        return _lineCharStarts[position.Line - 1] + position.Column - 1;
    }

    /// <summary>The position of a byte offset: what <see cref="TextPosition.Of"/> says for the same place in the
    /// decoded text, found by binary search over the lines instead of a scan (PostGIS's install script is 7 MB).</summary>
    public TextPosition Position(int byteOffset)
    {
        byteOffset = Math.Clamp(byteOffset, 0, Utf8.Length);
        var line = Array.BinarySearch(_lineStarts, byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        return new TextPosition(line + 1, Encoding.UTF8.GetCharCount(Utf8, lineStart, byteOffset - lineStart) + 1);
    }

    private int[] LineCharStarts()
    {
        var starts = new int[_lineStarts.Length];
        for (var line = 1; line < starts.Length; line++)
        {
            var previous = _lineStarts[line - 1];
            starts[line] = starts[line - 1] + Encoding.UTF8.GetCharCount(Utf8, previous, _lineStarts[line] - previous);
        }

        return starts;
    }
}
