using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SurveySchema.Model.Json;

/// <summary>SHA-256 of one item's compact JSON: equal hashes are equal bytes (as for the <see cref="Fingerprint"/>,
/// a collision is not a risk the tool guards against), so an index can say which items another model shares
/// without the bytes at hand.</summary>
internal readonly record struct ItemHash(ulong First, ulong Second, ulong Third, ulong Fourth)
{
    public const int Length = 32;

    public static ItemHash Of(ReadOnlySpan<byte> json)
    {
        Span<byte> digest = stackalloc byte[Length];
        SHA256.HashData(json, digest);
        return Read(digest);
    }

    public static ItemHash Read(ReadOnlySpan<byte> digest)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(digest[..Length]);
        return new ItemHash(words[0], words[1], words[2], words[3]);
    }

    public void Write(Span<byte> destination)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(destination[..Length]);
        (words[0], words[1], words[2], words[3]) = (First, Second, Third, Fourth);
    }
}
