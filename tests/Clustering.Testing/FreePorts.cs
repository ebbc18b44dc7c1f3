using System.Net;
using System.Net.Sockets;

namespace Clustering.Testing;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768–60999 by default). A port the kernel hands out for "port 0"
    // comes from that range, which is also where every process's next outgoing connection takes its
    // local port: between the check and a silo's bind, another test's HTTP or Redis client could take
    // it (seen in CI: a silo process died with "address already in use"). Outgoing connections never
    // use ports below the range, so a port found free here stays free for whoever binds it next.
    private const int Low = 20000;
    private const int Span = 12000;

    // Each test process starts at its own place, so parallel test projects rarely try the same port.
    private static int _next = Random.Shared.Next(Span);

    /// <summary>A port free right now on loopback. Test projects run in parallel, so fixed ports would collide.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Span; attempt++)
        {
            var port = Low + (int)((uint)Interlocked.Increment(ref _next) % Span);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"no free loopback port between {Low} and {Low + Span - 1}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
