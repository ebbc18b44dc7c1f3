namespace Clustering.Core.Features;

/// <summary>
/// How a story keeps the particulars of its articles (days, blocks, towns): the first distinct ones, up
/// to a bound. A story's first reports tell what happened and where; later ones add hearings, other
/// cases and round-ups, and an unbounded list would grow with every absorb of a long story.
/// </summary>
public static class FirstDistinct
{
    /// <summary>Adds to <paramref name="kept"/> each of <paramref name="items"/> it lacks, while it holds fewer than <paramref name="limit"/>.</summary>
    public static void AddTo<T>(List<T> kept, IReadOnlyList<T> items, int limit)
    {
        foreach (var item in items)
        {
            if (kept.Count >= limit)
            {
                return;
            }
            if (!kept.Contains(item))
            {
                kept.Add(item);
            }
        }
    }
}
