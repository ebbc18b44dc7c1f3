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
    /// <param name="pending">The silo's gathered index writes: each shard asked gets its own first, so the lookup sees them all.</param>
    public static async Task<string[]> Candidates(
        IGrainFactory grains, PendingIndexWrites pending, ArticleFeatures features, AssignmentOptions options, int take, string? excluding = null)
    {
        var answers = await Ask(grains, pending, features, options, QueryTermsOf(features, options));
        return answers.Length == 0 ? [] : Best(answers, take, excluding);
    }

    /// <summary>
    /// The terms an article is looked up by: its strongest, but the last <see cref="AssignmentOptions.QueryNames"/>
    /// places go to its strongest names (terms written as names, entity keys) beyond those, when it has
    /// any among its <see cref="AssignmentOptions.IndexedTerms"/> strongest. A follow-up's strongest
    /// terms are often its own news (a verdict, a funeral, a court's words), while the names it shares
    /// with its story (the victim, the street) come further down; its twelfth-strongest plain word
    /// rarely decides anything. No more terms are asked, so the lookup costs what it did.
    /// </summary>
    public static (string Term, float Weight)[] QueryTermsOf(ArticleFeatures features, AssignmentOptions options)
    {
        var strongest = features.Terms.Strongest(Math.Max(options.IndexedTerms, options.QueryTerms));
        var plain = Math.Max(0, options.QueryTerms - options.QueryNames);
        if (strongest.Length <= plain)
        {
            return strongest;
        }

        var terms = new List<(string Term, float Weight)>(options.QueryTerms);
        terms.AddRange(strongest.AsSpan(0, plain));
        foreach (var term in strongest.AsSpan(plain))
        {
            if (terms.Count < options.QueryTerms && IsName(features, term.Term))
            {
                terms.Add(term);
            }
        }
        // Too few names: the next strongest fill the places, as before.
        foreach (var term in strongest.AsSpan(plain))
        {
            if (terms.Count < options.QueryTerms && !terms.Contains(term))
            {
                terms.Add(term);
            }
        }
        return [.. terms];
    }

    private static bool IsName(ArticleFeatures features, string term) =>
        features.IsName(term) || term.StartsWith(EntityPrefix, StringComparison.Ordinal);

    /// <summary>Entity keys (FeatureExtractor) name someone or somewhere by construction.</summary>
    private const string EntityPrefix = "e:";

    /// <summary>The shards' answers for these terms, one call per shard, carrying the writes gathered for it.</summary>
    private static async Task<IReadOnlyList<StoryCandidate>[]> Ask(
        IGrainFactory grains, PendingIndexWrites pending, ArticleFeatures features, AssignmentOptions options, (string Term, float Weight)[] terms)
    {
        if (terms.Length == 0)
        {
            return [];
        }

        var activeSince = options.ActiveSince(features.Time, features.Dated);
        var near = features.Dated ? features.Time : (DateTimeOffset?)null;
        var queries = new List<Task<IReadOnlyList<StoryCandidate>>>();
        foreach (var (shard, shardTerms, weights) in IndexSharding.ByShard(terms))
        {
            var target = grains.IndexShard(shard);
            queries.Add(pending.Send(shard, writes => writes is null
                ? target.Query(shardTerms, weights, activeSince, near)
                : target.ApplyAndQuery(writes, shardTerms, weights, activeSince, near)));
        }
        return await Task.WhenAll(queries);
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
