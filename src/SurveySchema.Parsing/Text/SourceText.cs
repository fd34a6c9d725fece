using System.Text;

namespace SurveySchema.Parsing.Text;

/// <summary>One schema file as the parser sees it: the UTF-8 bytes handed to libpg_query (without a
/// byte-order mark) and the map from byte offsets, which is what libpg_query reports, back to the
/// line and character column a person sees in an editor.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

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
        byteOffset = Math.Clamp(byteOffset, 0, Utf8.Length);
        var line = Array.BinarySearch(_lineStarts, byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(Utf8, lineStart, byteOffset - lineStart) + 1;
        return new SourceLocation(Path, line + 1, column);
    }
}
