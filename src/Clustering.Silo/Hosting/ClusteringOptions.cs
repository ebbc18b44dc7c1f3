namespace Clustering.Silo.Hosting;

/// <summary>The `Clustering` configuration section of ../CONTRACT.md.</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    /// <summary>Redis connection string; unset means one silo with in-memory state.</summary>
    public string? Redis { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Comma-separated keys for writes; unset means open.</summary>
    public string? IngestKeys { get; set; }

    /// <summary>Comma-separated keys for reads and the hub; unset means open.</summary>
    public string? ReadKeys { get; set; }
}
