using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace SurveySchema.Server;

/// <summary>Reads a connection given as an Npgsql keyword string (<c>Host=…;Database=…</c>) or as a
/// libpq/SQLAlchemy URI (<c>postgresql://user:pass@host:port/db?sslmode=require</c>).</summary>
internal static partial class ConnectionStringParser
{
    /// <param name="value">The connection string or URI.</param>
    /// <param name="source">Where it came from, named in error messages (which never contain the value).</param>
    public static NpgsqlConnectionStringBuilder Parse(string value, string source)
    {
        if (UriScheme().IsMatch(value))
        {
            return PostgresUri.Parse(value, source);
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new FormatException(
                $"{source}: not a valid Npgsql connection string or postgresql:// URI: "
                + Redaction.RemovePasswords(exception.Message));
        }
    }

    public static int ParsePort(string value, string what) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new FormatException($"{what}: '{value}' is not a port number");

    /// <summary>libpq's sslmode spellings (verify-ca…) as Npgsql's enum.</summary>
    public static SslMode ParseSslMode(string value, string what) =>
        value.ToLowerInvariant() switch
        {
            "disable" => SslMode.Disable,
            "allow" => SslMode.Allow,
            "prefer" => SslMode.Prefer,
            "require" => SslMode.Require,
            "verify-ca" or "verifyca" => SslMode.VerifyCA,
            "verify-full" or "verifyfull" => SslMode.VerifyFull,
            _ => throw new FormatException(
                $"{what}: unknown sslmode '{value}' (disable, allow, prefer, require, verify-ca, verify-full)"),
        };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*://")]
    private static partial Regex UriScheme();
}
