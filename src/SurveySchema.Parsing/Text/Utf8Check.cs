using System.Text;

namespace SurveySchema.Parsing.Text;

/// <summary>Where a file stops being valid UTF-8. .NET's decoder replaces a bad byte with U+FFFD without a word, so
/// a Latin-1 <c>'r\xe9sum\xe9'</c> would reach PostgreSQL as <c>'r\uFFFDsum\uFFFD'</c>; files are checked first and
/// refused with the position of the first bad byte.</summary>
public static class Utf8Check
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The 1-based line and column (in characters) of the first byte that is not valid UTF-8, and the
    /// byte itself; null when the whole file is valid.</summary>
    public static (int Line, int Column, byte Byte)? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..offset].Count((byte)'\n') + 1;
        var column = Strict.GetCharCount(bytes[lineStart..offset]) + 1;
        return (line, column, bytes[offset]);
    }

    /// <summary>The message for <see cref="FirstInvalid"/>'s finding.</summary>
    public static string Message(byte invalid) =>
        $"byte 0x{invalid:x2} is not valid UTF-8: save the file as UTF-8 (it looks like Latin-1 or Windows-1252); it is refused rather than read with the byte replaced";
}
