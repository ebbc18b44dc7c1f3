using Orleans.Concurrency;

namespace Clustering.Abstractions.Index;

/// <summary>
/// One shard of the inverted index from terms to stories. A term lives in exactly one shard, so
/// an article asks only the shards of its strongest terms and no grain sees every article.
/// </summary>
[Alias("Clustering.IStoryIndexShardGrain")]
public interface IStoryIndexShardGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Stories indexed under these terms, ignoring those quiet since before <paramref name="activeSince"/>;
    /// with <paramref name="near"/> (the article's time, when dated), a story active near it counts more.
    /// </summary>
    // Arrays made for the one call and never touched again, on both sides: sharing them spares
    // the deep copy Orleans makes of arguments and answers between grains of one silo (a dozen
    // queries an article, and the writes they carry).
    [ReadOnly, Alias("Query")]
    [return: Immutable]
    Task<IReadOnlyList<StoryCandidate>> Query([Immutable] string[] terms, [Immutable] float[] weights, DateTimeOffset activeSince, DateTimeOffset? near = null);

    /// <summary>
    /// Takes in writes gathered in a silo, in order (its periodic flush, or a story sending its own):
    /// a story's postings under terms, or its leaving them (it merged away: it would only take a
    /// candidate's place).
    /// </summary>
    [Alias("Apply")]
    Task Apply([Immutable] IndexWrite[] writes);

    /// <summary>
    /// Takes in the writes a silo gathered for this shard, in order, then answers the query as
    /// <see cref="Query"/> does: the query sees every write its silo made before it, in one call.
    /// </summary>
    [Alias("ApplyAndQuery")]
    [return: Immutable]
    Task<IReadOnlyList<StoryCandidate>> ApplyAndQuery(
        [Immutable] IndexWrite[] writes, [Immutable] string[] terms, [Immutable] float[] weights, DateTimeOffset activeSince, DateTimeOffset? near = null);
}

[GenerateSerializer, Immutable, Alias("Clustering.StoryCandidate")]
public readonly record struct StoryCandidate
{
    [Id(0)] public string StoryId { get; init; }
    [Id(1)] public float Score { get; init; }
}

public static class IndexSharding
{
    public const int ShardCount = 64;

    /// <summary>
    /// Terms and their weights gathered by shard, the shards in the order their first term comes and
    /// each shard's terms in the order given (as GroupBy gathers them): one call per shard, and the
    /// answers come back in an order that depends on the terms alone.
    /// </summary>
    public static List<(int Shard, string[] Terms, float[] Weights)> ByShard(IReadOnlyList<(string Term, float Weight)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var shardOf = new int[terms.Count];
        var order = new List<int>();
        Span<int> counts = stackalloc int[ShardCount];
        for (var i = 0; i < terms.Count; i++)
        {
            shardOf[i] = ShardOf(terms[i].Term);
            if (counts[shardOf[i]]++ == 0)
            {
                order.Add(shardOf[i]);
            }
        }
        var groups = new List<(int Shard, string[] Terms, float[] Weights)>(order.Count);
        foreach (var shard in order)
        {
            var (shardTerms, weights, n) = (new string[counts[shard]], new float[counts[shard]], 0);
            for (var i = 0; i < terms.Count; i++)
            {
                if (shardOf[i] == shard)
                {
                    (shardTerms[n], weights[n]) = terms[i];
                    n++;
                }
            }
            groups.Add((shard, shardTerms, weights));
        }
        return groups;
    }

    /// <summary>A stable hash (FNV-1a): the same term goes to the same shard on every silo and every run.</summary>
    public static int ShardOf(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % ShardCount);
    }
}
