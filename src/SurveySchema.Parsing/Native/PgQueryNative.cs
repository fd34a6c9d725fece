using System.Runtime.InteropServices;

namespace SurveySchema.Parsing.Native;

/// <summary>The slice of libpg_query's C API (pg_query.h, 15-4.0.0) that SurveySchema uses.
/// The result structs are returned by value and must be handed back to their free function.</summary>
internal static partial class PgQueryNative
{
    public const string LibraryName = "pg_query";

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQueryError
    {
        public IntPtr Message;
        public IntPtr FuncName;
        public IntPtr FileName;
        public int LineNumber;
        /// <summary>1-based position in the input; 0 when the error has no position.</summary>
        public int CursorPosition;
        public IntPtr Context;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQueryProtobuf
    {
        public nuint Length;
        public IntPtr Data;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQueryParseResult
    {
        public IntPtr ParseTree;
        public IntPtr StderrBuffer;
        public IntPtr Error;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQueryScanResult
    {
        public PgQueryProtobuf Protobuf;
        public IntPtr StderrBuffer;
        public IntPtr Error;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQuerySplitStmt
    {
        /// <summary>Byte offset of the statement in the UTF-8 input.</summary>
        public int Location;
        /// <summary>Length in bytes, without the terminating semicolon.</summary>
        public int Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PgQuerySplitResult
    {
        /// <summary>PgQuerySplitStmt** — an array of pointers.</summary>
        public IntPtr Statements;
        public int StatementCount;
        public IntPtr StderrBuffer;
        public IntPtr Error;
    }

    [LibraryImport(LibraryName, EntryPoint = "pg_query_parse")]
    public static partial PgQueryParseResult Parse(IntPtr input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_parse_result")]
    public static partial void FreeParseResult(PgQueryParseResult result);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_split_with_parser")]
    public static partial PgQuerySplitResult SplitWithParser(IntPtr input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_split_with_scanner")]
    public static partial PgQuerySplitResult SplitWithScanner(IntPtr input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_split_result")]
    public static partial void FreeSplitResult(PgQuerySplitResult result);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_scan")]
    public static partial PgQueryScanResult Scan(IntPtr input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_scan_result")]
    public static partial void FreeScanResult(PgQueryScanResult result);
}
