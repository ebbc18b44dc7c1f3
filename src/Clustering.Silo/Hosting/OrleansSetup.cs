using System.Net;
using Clustering.Grains;

namespace Clustering.Silo.Hosting;

/// <summary>Where the silo keeps its membership and state: in memory by default.</summary>
internal static class OrleansSetup
{
    public static void Configure(ISiloBuilder silo, ClusteringOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            throw new InvalidOperationException(
                "Clustering:Redis is set, but this build runs one in-memory silo only; unset it to start.");
        }

        // Without Redis, silos on one machine still form one cluster: each names the first silo's
        // port as its primary (development clustering), which is what tests and local runs use.
        var primary = options.PrimarySiloPort is { } port && port != options.SiloPort
            ? new IPEndPoint(IPAddress.Loopback, port)
            : null;
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primary);
        silo.AddMemoryGrainStorage(GrainStorage.Articles);
        silo.AddMemoryGrainStorage(GrainStorage.Stories);
        silo.AddMemoryGrainStorage(GrainStorage.Index);
    }
}
