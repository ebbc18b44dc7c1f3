using Clustering.Abstractions.Index;

namespace Clustering.Grains.Index;

/// <summary>
/// The best few scored stories, kept best-first (score, then id, so ties are deterministic) as they
/// come: a shard picking what it answers and the lookup picking the stories to match both see far
/// more scores than they keep, and sorting them all cost more than keeping a few in order.
/// </summary>
internal static class BestCandidates
{
    public static void Offer(List<StoryCandidate> best, int keep, string storyId, float score)
    {
        if (best.Count == keep && !Outranks(score, storyId, best[^1]))
        {
            return;
        }
        var at = best.Count;
        while (at > 0 && Outranks(score, storyId, best[at - 1]))
        {
            at--;
        }
        best.Insert(at, new StoryCandidate { StoryId = storyId, Score = score });
        if (best.Count > keep)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private static bool Outranks(float score, string storyId, StoryCandidate other) =>
        score > other.Score || (score == other.Score && string.CompareOrdinal(storyId, other.StoryId) < 0);
}
