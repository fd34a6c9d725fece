using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Model;

namespace SurveySchema.Scripting;

/// <summary>A plan's own integrity: sha256 over its canonical JSON with the digest left empty, so every step's
/// SQL, its hazards, the segments' transaction flags, the fingerprints, timeouts and the database it was planned
/// for are covered. Layout (indentation, property order of a hand edit) does not matter: the document is read
/// and serialised again, compactly, in the record's own order.</summary>
public static class PlanDigest
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = PlanJsonContext.Default,
    };

    /// <summary>The digest the document should carry.</summary>
    public static string Of(PlanDocument document)
    {
        // Hashed as it is serialised: the UTF-8 bytes of the compact text, without holding that text (both models).
        using var hash = new Sha256Stream();
        JsonSerializer.Serialize(hash, document with { Digest = "" }, JsonTypeInfoOf.For<PlanDocument>(Canonical));
        return Convert.ToHexString(hash.Finish()).ToLowerInvariant();
    }

    /// <summary>The document with its digest filled in.</summary>
    public static PlanDocument Seal(PlanDocument document) => document with { Digest = Of(document) };

    /// <summary>True when the document carries the digest of its own content.</summary>
    public static bool Verify(PlanDocument document) =>
        document.Digest.Length > 0 && string.Equals(document.Digest, Of(document), StringComparison.Ordinal);
}
