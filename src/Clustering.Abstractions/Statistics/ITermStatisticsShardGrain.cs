namespace Clustering.Abstractions.Statistics;

/// <summary>
/// One part (by term hash) of the document frequencies all silos have seen, so that each silo's
/// IDF reflects the whole cluster's articles and an article weighs the same wherever it lands.
/// </summary>
[Alias("Clustering.ITermStatisticsShardGrain")]
public interface ITermStatisticsShardGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Hands over what <paramref name="silo"/> counted since its last exchange and returns what the
    /// other silos counted since then (everything so far, on its first exchange).
    /// </summary>
    [Alias("Exchange")]
    Task<SharedTermCounts> Exchange(string silo, SharedTermCounts counted);
}

[GenerateSerializer, Alias("Clustering.SharedTermCounts")]
public sealed record SharedTermCounts
{
    [Id(0)] public long Documents { get; init; }

    [Id(1)] public Dictionary<string, int> Frequencies { get; init; } = new(StringComparer.Ordinal);

    public static SharedTermCounts Empty => new();
}

public static class TermStatisticsSharding
{
    /// <summary>How many grains share the table: each exchange is this many small calls, not one large one.</summary>
    public const int ShardCount = 8;

    public static int ShardOf(string term) => Index.IndexSharding.ShardOf(term) % ShardCount;
}
