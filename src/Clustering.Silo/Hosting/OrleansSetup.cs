using System.Net;
using System.Net.Sockets;
using Clustering.Grains;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace Clustering.Silo.Hosting;

/// <summary>Where the silo keeps its membership and state: in memory by default, in Redis when Clustering:Redis is set.</summary>
internal static class OrleansSetup
{
    /// <summary>Cluster membership tunables (ProbeTimeout, NumMissedProbesLimit, …) may be set under this section.</summary>
    public const string MembershipSection = "Orleans:Membership";

    public static void Configure(ISiloBuilder silo, ClusteringOptions options, IConfiguration configuration)
    {
        silo.AddActivityPropagation();
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection(MembershipSection));
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            ConfigureRedis(silo, options, options.Redis);
            return;
        }

        // Without Redis, silos on one machine still form one cluster: each names the first silo's
        // port as its primary (development clustering), which is what tests and local runs use.
        var primary = options.PrimarySiloPort is { } port && port != options.SiloPort
            ? new IPEndPoint(IPAddress.Loopback, port)
            : null;
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primary, options.ClusterId, options.ClusterId);
        silo.AddClusteringMemoryStorage();
    }

    /// <summary>
    /// Membership and every grain's state in one Redis. The state goes through the Orleans
    /// serializer (the grains' state classes are [GenerateSerializer]; Core types ride on the JSON
    /// codec of AddClusteringSerialization), and a write completes only when Redis has it: with
    /// appendfsync always, on disk.
    /// </summary>
    private static void ConfigureRedis(ISiloBuilder silo, ClusteringOptions options, string connection)
    {
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ClusterId;
        });
        var (advertised, listenOnAny) = Advertised(options.AdvertisedHost);
        silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: listenOnAny);
        silo.UseRedisClustering(redis => redis.ConfigurationOptions = Parse(connection));
        foreach (var name in (string[])[GrainStorage.Articles, GrainStorage.Stories, GrainStorage.Index])
        {
            silo.AddRedisGrainStorage(name, storage => storage.Configure<Serializer>((redis, serializer) =>
            {
                redis.ConfigurationOptions = Parse(connection);
                redis.GrainStorageSerializer = CompressedStorageSerializer.Over(serializer);
            }));
        }
    }

    private static ConfigurationOptions Parse(string connection)
    {
        var parsed = ConfigurationOptions.Parse(connection);
        // A silo that starts before Redis keeps trying instead of failing its start.
        parsed.AbortOnConnectFail = false;
        return parsed;
    }

    private static (IPAddress Address, bool ListenOnAny) Advertised(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return (IPAddress.Loopback, false);
        }
        var address = IPAddress.TryParse(host, out var parsed)
            ? parsed
            : Dns.GetHostAddresses(host).FirstOrDefault(candidate => candidate.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException($"Clustering:AdvertisedHost '{host}' does not resolve to an IPv4 address");
        return (address, !IPAddress.IsLoopback(address));
    }
}
