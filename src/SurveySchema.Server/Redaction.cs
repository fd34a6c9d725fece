using System.Text.RegularExpressions;

namespace SurveySchema.Server;

/// <summary>Removes passwords from text that may quote a connection string, such as an exception message,
/// before it is printed or logged.</summary>
public static partial class Redaction
{
    /// <summary>What a removed password is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Masks <c>Password=…</c>/<c>Pwd=…</c>/<c>Psw=…</c> keywords (Npgsql reads all three), the password
    /// of <c>scheme://user:password@</c> URIs, and every literal occurrence (plain or percent-encoded) of the passwords in
    /// <paramref name="connectionStrings"/>.</summary>
    public static string RemovePasswords(string text, params IEnumerable<string?> connectionStrings)
    {
        foreach (var password in connectionStrings.Select(PasswordOf).OfType<string>())
        {
            text = text.Replace(password, Mask, StringComparison.Ordinal);
            var encoded = Uri.EscapeDataString(password);
            if (encoded != password)
            {
                text = text.Replace(encoded, Mask, StringComparison.Ordinal);
            }
        }

        text = KeywordPassword().Replace(text, match => $"{match.Groups["key"].Value}={Mask}");
        return UriPassword().Replace(text, match => $"{match.Groups["prefix"].Value}:{Mask}@");
    }

    private static string? PasswordOf(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return null;
        }

        try
        {
            return ConnectionStringParser.Parse(connectionString, "redaction").Password is { Length: > 0 } password
                ? password
                : null;
        }
        catch (FormatException)
        {
            // Unreadable: the patterns below still catch the usual spellings.
            return null;
        }
    }

    [GeneratedRegex("""(?<key>\b(?:password|pwd|psw))\s*=\s*(?:"(?:[^"]|"")*"|'(?:[^']|'')*'|[^;\r\n]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();

    [GeneratedRegex(@"(?<prefix>\b[a-z][a-z0-9+.-]*://[^:/?#@\s]*):[^\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();
}
