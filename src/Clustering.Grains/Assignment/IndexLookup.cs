using Clustering.Abstractions.Index;
using Clustering.Core.Features;
using Clustering.Grains.Index;

namespace Clustering.Grains.Assignment;

/// <summary>
/// Asks the index shards of an article's (or a story's) strongest terms for candidate stories, one
/// call per shard, and ranks them by summed posting score, weighted toward stories active near the
/// article's time (RecencyWeight); ties by id, so replays are deterministic.
/// Shared by assignment and the merge check so both see the index the same way.
/// </summary>
internal static class IndexLookup
{
    public static async Task<string[]> Candidates(
        IGrainFactory grains, ArticleFeatures features, AssignmentOptions options, int take, string? excluding = null)
    {
        var strongest = features.Terms.Strongest(options.QueryTerms).ToArray();
        if (strongest.Length == 0)
        {
            return [];
        }

        var activeSince = options.ActiveSince(features.Time, features.Dated);
        var answers = await Task.WhenAll(strongest
            .GroupBy(term => IndexSharding.ShardOf(term.Term))
            .Select(shard => grains.IndexShard(shard.Key).Query(
                shard.Select(term => term.Term).ToArray(),
                shard.Select(term => term.Weight).ToArray(),
                activeSince,
                features.Dated ? features.Time : null)));
        return Best(answers, take, excluding);
    }

    /// <summary>
    /// Sums each story's partial scores over the shards' answers (in the order they came, in double
    /// as LINQ's Sum did, so scores and ties are what they were) and keeps the best <paramref name="take"/>
    /// as they come: with full postings the shards answer up to five each (StoryIndexShardGrain.MaxCandidates), and grouping and sorting
    /// them all cost more than the few that are kept.
    /// </summary>
    internal static string[] Best(IReadOnlyList<StoryCandidate>[] answers, int take, string? excluding)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            foreach (var candidate in answer)
            {
                if (candidate.StoryId != excluding)
                {
                    sums[candidate.StoryId] = sums.GetValueOrDefault(candidate.StoryId) + candidate.Score;
                }
            }
        }

        var best = new List<StoryCandidate>(take + 1);
        foreach (var (storyId, sum) in sums)
        {
            BestCandidates.Offer(best, take, storyId, (float)sum);
        }
        return [.. best.Select(candidate => candidate.StoryId)];
    }
}
