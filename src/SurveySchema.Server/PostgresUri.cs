using Npgsql;

namespace SurveySchema.Server;

/// <summary>Parses libpq connection URIs as Flask/SQLAlchemy and Heroku-style <c>DATABASE_URL</c>s write them:
/// <c>postgresql://user:pass@host:port/db?param=value</c>, also <c>postgres://</c> and
/// <c>postgresql+driver://</c>. User, password, host and database are percent-decoded.
/// See https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS.</summary>
internal static class PostgresUri
{
    public static NpgsqlConnectionStringBuilder Parse(string uri, string source)
    {
        var schemeEnd = uri.IndexOf("://", StringComparison.Ordinal);
        var scheme = uri[..schemeEnd].ToLowerInvariant();
        var driverless = scheme.Split('+')[0];
        if (driverless is not ("postgresql" or "postgres"))
        {
            throw new FormatException($"{source}: unsupported URI scheme '{scheme}' (expected postgresql://)");
        }

        // libpq knows no fragment: a '#' (say, in a password) is kept where it stands.
        var rest = uri[(schemeEnd + 3)..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart >= 0 ? rest[(queryStart + 1)..] : string.Empty;
        rest = queryStart >= 0 ? rest[..queryStart] : rest;

        // The last '@' ends the user info, so an unencoded '@' or '/' in a password still parses.
        var at = rest.LastIndexOf('@');
        var pathStart = rest.IndexOf('/', at + 1);
        var authority = pathStart >= 0 ? rest[..pathStart] : rest;
        var path = pathStart >= 0 ? rest[(pathStart + 1)..] : string.Empty;

        var builder = new NpgsqlConnectionStringBuilder();
        var hosts = authority;
        if (at >= 0)
        {
            var userInfo = authority[..at];
            hosts = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = NullIfEmpty(Decode(colon >= 0 ? userInfo[..colon] : userInfo));
            if (colon >= 0)
            {
                builder.Password = NullIfEmpty(Decode(userInfo[(colon + 1)..]));
            }
        }

        SetHosts(builder, hosts, source);
        builder.Database = NullIfEmpty(Decode(path));
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            var value = equals >= 0 ? Decode(pair[(equals + 1)..]) : string.Empty;
            SetParameter(builder, key, value, source);
        }

        return builder;
    }

    private static void SetHosts(NpgsqlConnectionStringBuilder builder, string hosts, string source)
    {
        if (hosts.Length == 0)
        {
            return;
        }

        var parsed = hosts.Split(',').Select(host => SplitHostPort(host, source)).ToList();
        if (parsed.Count == 1)
        {
            builder.Host = parsed[0].Host;
            if (parsed[0].Port is { } port)
            {
                builder.Port = port;
            }

            return;
        }

        // Several hosts: Npgsql takes "host:port,host:port" in Host.
        builder.Host = string.Join(',', parsed.Select(h => h.Port is { } port ? $"{h.Host}:{port}" : h.Host));
    }

    private static (string Host, int? Port) SplitHostPort(string hostPort, string source)
    {
        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"{source}: unclosed '[' in the URI's host");
            }

            host = hostPort[1..close];
            if (close + 1 < hostPort.Length && hostPort[close + 1] == ':')
            {
                port = hostPort[(close + 2)..];
            }
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon >= 0 ? hostPort[..colon] : hostPort;
            port = colon >= 0 ? hostPort[(colon + 1)..] : null;
        }

        return (Decode(host), string.IsNullOrEmpty(port) ? null : ConnectionStringParser.ParsePort(port, $"{source}: port"));
    }

    /// <summary>The libpq URI parameters that have an Npgsql counterpart.</summary>
    private static void SetParameter(NpgsqlConnectionStringBuilder builder, string key, string value, string source)
    {
        var what = $"{source}: URI parameter {key}";
        switch (key)
        {
            case "host":
                builder.Host = value;
                break;
            case "port":
                builder.Port = ConnectionStringParser.ParsePort(value, what);
                break;
            case "dbname":
                builder.Database = value;
                break;
            case "user":
                builder.Username = value;
                break;
            case "password":
                builder.Password = value;
                break;
            case "sslmode":
                builder.SslMode = ConnectionStringParser.ParseSslMode(value, what);
                break;
            case "connect_timeout":
                builder.Timeout = ConnectionStringParser.ParsePort(value, what);
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "options":
                builder.Options = value;
                break;
            case "client_encoding":
                builder.ClientEncoding = value;
                break;
            case "target_session_attrs":
                builder["Target Session Attributes"] = value;
                break;
            case "sslrootcert":
                builder.RootCertificate = value;
                break;
            case "sslcert":
                builder.SslCertificate = value;
                break;
            case "sslkey":
                builder.SslKey = value;
                break;
            case "passfile":
                builder.Passfile = value;
                break;
            default:
                throw new FormatException(
                    $"{source}: unsupported URI parameter '{key}' (supported: host, port, dbname, user, password, sslmode, "
                    + "connect_timeout, application_name, options, client_encoding, target_session_attrs, sslrootcert, "
                    + "sslcert, sslkey, passfile)");
        }
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
