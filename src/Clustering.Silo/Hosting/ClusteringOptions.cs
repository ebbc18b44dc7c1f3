namespace Clustering.Silo.Hosting;

/// <summary>The `Clustering` configuration section of ../CONTRACT.md.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    /// <summary>Redis connection string; unset means one silo with in-memory state.</summary>
    public string? Redis { get; set; }

    /// <summary>
    /// The cluster (and service) id in Redis: silos with the same id form one cluster and share
    /// grain state. Distinct ids keep clusters (and test runs) apart in one Redis.
    /// </summary>
    public string ClusterId { get; set; } = "clustering";

    /// <summary>
    /// The address other silos reach this one at, with Redis: an IP or a host name (a pod or
    /// container name). Unset: loopback, for silos on one machine. When set to a non-loopback
    /// address the silo listens on every interface.
    /// </summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>How long a stopping silo may take to drain (deactivate grains, flush, leave the cluster).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Silo port of the first silo of a local cluster without Redis: set on the second, third, …
    /// silo on the same machine so it joins that one (development clustering, loopback only).
    /// Unset: this silo is the primary itself.
    /// </summary>
    public int? PrimarySiloPort { get; set; }

    /// <summary>Comma-separated keys for writes; unset means open.</summary>
    public string? IngestKeys { get; set; }

    /// <summary>Comma-separated keys for reads and the hub; unset means open.</summary>
    public string? ReadKeys { get; set; }

    /// <summary>Comma-separated origins allowed to call the API and hub from a browser; unset means the board's own origin only.</summary>
    public string? CorsOrigins { get; set; }

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Comma-separated names of domain packs to switch off (`shooting`); unset: every pack is on.</summary>
    public string? DisabledPacks { get; set; }

    /// <summary>Splits a comma-separated setting into its trimmed, non-empty parts.</summary>
    public static string[] SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// `Clustering:RateLimit`: a token bucket per API key (per remote address for open requests).
/// Unset <see cref="PermitsPerSecond"/> means: on with <see cref="DefaultPermitsPerSecond"/> when keys
/// are configured, off when the silo is open (local use, benchmarks). 0 turns it off.
/// </summary>
public sealed class RateLimitOptions
{
    public const int DefaultPermitsPerSecond = 200;

    public int? PermitsPerSecond { get; set; }

    /// <summary>Requests a client may send at once before the rate applies; default twice the rate.</summary>
    public int? Burst { get; set; }
}
