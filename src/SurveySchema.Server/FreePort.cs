using System.Net;
using System.Net.Sockets;

namespace SurveySchema.Server;

/// <summary>A loopback TCP port nobody listens on right now. Another process may take it before the
/// server binds it, so the caller retries the start with a new port when the bind fails.</summary>
internal static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
