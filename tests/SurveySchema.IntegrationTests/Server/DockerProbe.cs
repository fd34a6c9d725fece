using System.Net.Sockets;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>Looks for a Docker engine the way the Docker CLI and Testcontainers do (<c>DOCKER_HOST</c>, else the
/// usual sockets) and asks it <c>GET /_ping</c>, within two seconds per endpoint: a machine without Docker
/// costs a few file checks, not a Testcontainers start-up that waits and fails.</summary>
internal static class DockerProbe
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The engine that answers, or why none does.</summary>
    public static Task<DockerEngine> FindAsync(CancellationToken cancellationToken = default) =>
        FindAsync(
            Candidates(
                Environment.GetEnvironmentVariable("DOCKER_HOST"),
                Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR"),
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)),
            cancellationToken);

    /// <summary>The first of <paramref name="candidates"/> that answers, or why none does.</summary>
    public static async Task<DockerEngine> FindAsync(IReadOnlyList<Uri> candidates, CancellationToken cancellationToken = default)
    {
        if (candidates.Count == 0)
        {
            return DockerEngine.None("DOCKER_HOST is not an address");
        }

        var tried = new List<string>();
        foreach (var endpoint in candidates)
        {
            var failure = await PingAsync(endpoint, cancellationToken);
            if (failure is null)
            {
                return new DockerEngine(endpoint, $"GET /_ping answered at {endpoint}");
            }

            tried.Add(failure);
        }

        return DockerEngine.None(string.Join("; ", tried));
    }

    /// <summary>Where to look, in order: <c>DOCKER_HOST</c> alone when it is set (as the Docker CLI does), else the
    /// system socket, the rootless one under <c>XDG_RUNTIME_DIR</c>, and Docker Desktop's under the home folder.</summary>
    public static IReadOnlyList<Uri> Candidates(string? dockerHost, string? runtimeDirectory, string? home)
    {
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return Uri.TryCreate(dockerHost.Trim(), UriKind.Absolute, out var given) ? [given] : [];
        }

        var sockets = new List<string> { "/var/run/docker.sock" };
        if (!string.IsNullOrWhiteSpace(runtimeDirectory))
        {
            sockets.Add(Path.Combine(runtimeDirectory, "docker.sock"));
        }

        if (!string.IsNullOrWhiteSpace(home))
        {
            sockets.Add(Path.Combine(home, ".docker", "run", "docker.sock"));
        }

        return [.. sockets.Select(socket => new Uri("unix://" + socket))];
    }

    /// <summary>Null when the engine at <paramref name="endpoint"/> answered the ping, else what went wrong.</summary>
    private static async Task<string?> PingAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        SocketsHttpHandler handler;
        Uri ping;
        if (endpoint.Scheme == "unix")
        {
            var socket = endpoint.AbsolutePath;
            if (!File.Exists(socket))
            {
                return $"no {socket}";
            }

            handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, token) =>
                {
                    var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    try
                    {
                        await client.ConnectAsync(new UnixDomainSocketEndPoint(socket), token);
                        return new NetworkStream(client, ownsSocket: true);
                    }
                    catch
                    {
                        client.Dispose();
                        throw;
                    }
                },
            };
            ping = new Uri("http://docker/_ping");
        }
        else if (endpoint.Scheme == "tcp")
        {
            handler = new SocketsHttpHandler();
            ping = new UriBuilder("http", endpoint.Host, endpoint.Port, "/_ping").Uri;
        }
        else
        {
            return $"DOCKER_HOST={endpoint} is not a unix:// or tcp:// address";
        }

        using var client = new HttpClient(handler) { Timeout = PingTimeout };
        try
        {
            using var response = await client.GetAsync(ping, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"{endpoint} answered /_ping with {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or SocketException or IOException)
        {
            return $"{endpoint} did not answer /_ping within {PingTimeout.TotalSeconds:0} s ({exception.GetBaseException().Message})";
        }
    }
}
