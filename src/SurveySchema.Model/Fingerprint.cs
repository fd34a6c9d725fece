using System.Security.Cryptography;

namespace SurveySchema.Model;

/// <summary>The identity of a schema state: equal models give equal fingerprints, any difference a
/// different one. Generated scripts and plans carry it so a deploy can check its target first.</summary>
public static class Fingerprint
{
    /// <summary>Lower-case hex SHA-256 of <see cref="ModelJson.SerializeCanonical"/>.</summary>
    public static string Of(DatabaseModel model) =>
        Convert.ToHexStringLower(SHA256.HashData(ModelJson.SerializeCanonical(model)));
}
