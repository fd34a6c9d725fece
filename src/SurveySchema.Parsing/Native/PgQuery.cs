using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace SurveySchema.Parsing.Native;

/// <summary>A parser error as libpg_query reports it. <see cref="ByteOffset"/> is the 0-based UTF-8 byte
/// offset in the input, or null when PostgreSQL gave no position.</summary>
internal sealed record PgQueryFailure(string Message, int? ByteOffset);

/// <summary>A statement's byte range in the UTF-8 input (without its terminating semicolon).</summary>
internal readonly record struct StatementRange(int Offset, int Length);

/// <summary>A lexical token's byte range [Start, End) in the UTF-8 input.</summary>
internal readonly record struct ScanToken(int Start, int End)
{
    /// <summary>A <c>-- …</c> or <c>/* … */</c> comment: pg_query_scan reports them as tokens too, and no
    /// other token starts with these two characters.</summary>
    public bool IsComment(ReadOnlySpan<byte> utf8) =>
        End - Start >= 2 && (utf8[Start..(Start + 2)].SequenceEqual("--"u8) || utf8[Start..(Start + 2)].SequenceEqual("/*"u8));
}

/// <summary>Managed face of libpg_query: inputs and offsets are UTF-8 bytes, results are copied out and
/// freed before returning.</summary>
/// <remarks>
/// Every call takes one process-wide lock: libpg_query keeps parser state in thread-local memory
/// contexts in recent versions, but older builds were not thread-safe and the Debian package
/// does not document which it is, and parsing a schema is cheap compared with everything after it.
/// </remarks>
internal static class PgQuery
{
    private static readonly Lock Gate = new();

    static PgQuery() => PgQueryLibrary.EnsureResolver();

    /// <summary>Splits with the real grammar (exact boundaries); fails on the first syntax error.</summary>
    public static (ImmutableArray<StatementRange> Statements, PgQueryFailure? Failure) SplitWithParser(byte[] utf8)
        => Split(utf8, static p => PgQueryNative.SplitWithParser(p));

    /// <summary>Splits with the scanner only; tolerates syntax errors inside statements.</summary>
    public static (ImmutableArray<StatementRange> Statements, PgQueryFailure? Failure) SplitWithScanner(byte[] utf8)
        => Split(utf8, static p => PgQueryNative.SplitWithScanner(p));

    /// <summary>Parses to libpg_query's JSON tree: <c>{"version":…,"stmts":[{"stmt":{…},"stmt_location":…,"stmt_len":…}]}</c>.
    /// Node <c>location</c> values are 0-based UTF-8 byte offsets in <paramref name="utf8"/>.</summary>
    public static unsafe (JsonDocument? Tree, PgQueryFailure? Failure) Parse(byte[] utf8)
    {
        var input = NullTerminated(utf8);
        PgQueryNative.PgQueryParseResult result;
        lock (Gate)
        {
            fixed (byte* p = input)
            {
                var pointer = (IntPtr)p;
                result = Call(() => PgQueryNative.Parse(pointer));
            }
        }

        try
        {
            if (result.Error != IntPtr.Zero)
            {
                return (null, ReadError(result.Error, utf8));
            }

            // Parsed from the UTF-8 bytes as they are: a string in between would be transcoded twice (to UTF-16
            // and back), which at 5 000 tables cost seconds. The copy is the document's own: the native buffer
            // is freed below. The input passed Utf8Check, so the tree's strings are valid UTF-8.
            var json = result.ParseTree == IntPtr.Zero
                ? "{}"u8.ToArray()
                : MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)result.ParseTree).ToArray();
            return (JsonDocument.Parse(json), null);
        }
        finally
        {
            lock (Gate)
            {
                PgQueryNative.FreeParseResult(result);
            }
        }
    }

    /// <summary>The tokens of <paramref name="utf8"/>, comments included, in order.</summary>
    public static unsafe (ImmutableArray<ScanToken> Tokens, PgQueryFailure? Failure) Scan(byte[] utf8)
    {
        var input = NullTerminated(utf8);
        PgQueryNative.PgQueryScanResult result;
        lock (Gate)
        {
            fixed (byte* p = input)
            {
                var pointer = (IntPtr)p;
                result = Call(() => PgQueryNative.Scan(pointer));
            }
        }

        try
        {
            if (result.Error != IntPtr.Zero)
            {
                return ([], ReadError(result.Error, utf8));
            }

            var bytes = new byte[(int)result.Protobuf.Length];
            Marshal.Copy(result.Protobuf.Data, bytes, 0, bytes.Length);
            return (ScanResultReader.ReadTokens(bytes), null);
        }
        finally
        {
            lock (Gate)
            {
                PgQueryNative.FreeScanResult(result);
            }
        }
    }

    private delegate PgQueryNative.PgQuerySplitResult SplitFunction(IntPtr input);

    private static unsafe (ImmutableArray<StatementRange>, PgQueryFailure?) Split(byte[] utf8, SplitFunction split)
    {
        var input = NullTerminated(utf8);
        PgQueryNative.PgQuerySplitResult result;
        lock (Gate)
        {
            fixed (byte* p = input)
            {
                var pointer = (IntPtr)p;
                result = Call(() => split(pointer));
            }
        }

        try
        {
            if (result.Error != IntPtr.Zero)
            {
                return ([], ReadError(result.Error, utf8));
            }

            var ranges = ImmutableArray.CreateBuilder<StatementRange>(result.StatementCount);
            for (var i = 0; i < result.StatementCount; i++)
            {
                var statement = Marshal.PtrToStructure<PgQueryNative.PgQuerySplitStmt>(
                    Marshal.ReadIntPtr(result.Statements, i * IntPtr.Size));
                ranges.Add(new StatementRange(statement.Location, statement.Length));
            }

            return (ranges.MoveToImmutable(), null);
        }
        finally
        {
            lock (Gate)
            {
                PgQueryNative.FreeSplitResult(result);
            }
        }
    }

    private static T Call<T>(Func<T> native)
    {
        try
        {
            return native();
        }
        catch (DllNotFoundException e)
        {
            throw new PgQueryUnavailableException(e);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new PgQueryUnavailableException(e);
        }
    }

    private static PgQueryFailure ReadError(IntPtr errorPointer, byte[] utf8)
    {
        var error = Marshal.PtrToStructure<PgQueryNative.PgQueryError>(errorPointer);
        var message = Marshal.PtrToStringUTF8(error.Message) ?? "syntax error";
        int? offset = error.CursorPosition > 0 ? CursorToByteOffset(utf8, error.CursorPosition) : null;
        return new PgQueryFailure(message, offset);
    }

    /// <summary>PostgreSQL reports an error position as a 1-based count of characters (not bytes):
    /// the scanner converts with pg_mbstrlen_with_len. Walk the UTF-8 input to find the byte.</summary>
    private static int CursorToByteOffset(byte[] utf8, int cursor)
    {
        var characters = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            // Count lead bytes only: continuation bytes look like 10xxxxxx.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                characters++;
                if (characters == cursor)
                {
                    return i;
                }
            }
        }

        return utf8.Length;
    }

    private static byte[] NullTerminated(byte[] utf8)
    {
        var input = new byte[utf8.Length + 1];
        utf8.CopyTo(input, 0);
        return input;
    }
}
