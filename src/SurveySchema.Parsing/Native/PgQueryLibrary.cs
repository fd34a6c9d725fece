using System.Reflection;
using System.Runtime.InteropServices;

namespace SurveySchema.Parsing.Native;

/// <summary>Finds libpg_query at run time. Debian ships the versioned soname in the runtime package
/// (libpg-query1504.0) and the unversioned symlink only in libpg-query-dev, so both names are tried.</summary>
internal static class PgQueryLibrary
{
    private static readonly string[] CandidateNames =
    [
        PgQueryNative.LibraryName,
        "libpg_query.so.1504.0",
        "libpg_query.so",
        "libpg_query.so.1504.0.0",
        "libpg_query.dylib",
    ];

    private static int _registered;

    /// <summary>Registers the resolver once; safe to call from every entry point.</summary>
    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(PgQueryLibrary).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != PgQueryNative.LibraryName)
        {
            return IntPtr.Zero;
        }

        foreach (var name in CandidateNames)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        // Zero lets the runtime raise DllNotFoundException, which PgQuery turns into PgQueryUnavailableException.
        return IntPtr.Zero;
    }
}
