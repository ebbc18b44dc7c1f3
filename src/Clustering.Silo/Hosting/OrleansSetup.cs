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

        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
        silo.AddMemoryGrainStorage(GrainStorage.Articles);
        silo.AddMemoryGrainStorage(GrainStorage.Stories);
        silo.AddMemoryGrainStorage(GrainStorage.Index);
    }
}
