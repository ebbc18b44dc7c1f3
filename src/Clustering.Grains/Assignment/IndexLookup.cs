using Clustering.Abstractions.Index;
using Clustering.Core.Features;

namespace Clustering.Grains.Assignment;

/// <summary>
/// Asks the index shards of an article's (or a story's) strongest terms for candidate stories, one
/// call per shard, and ranks them by summed posting score; ties by id, so replays are deterministic.
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
                activeSince)));

        return answers
            .SelectMany(answer => answer)
            .Where(candidate => candidate.StoryId != excluding)
            .GroupBy(candidate => candidate.StoryId, StringComparer.Ordinal)
            .Select(group => (StoryId: group.Key, Score: group.Sum(candidate => candidate.Score)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.StoryId, StringComparer.Ordinal)
            .Take(take)
            .Select(candidate => candidate.StoryId)
            .ToArray();
    }
}
