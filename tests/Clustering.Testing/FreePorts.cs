using System.Net;
using System.Net.Sockets;

namespace Clustering.Testing;

public static class FreePorts
{
    /// <summary>A port free right now on loopback. Test projects run in parallel, so fixed ports would collide.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
