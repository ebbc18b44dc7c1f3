using Clustering.Core.Assignment;

namespace Clustering.Grains.Stories;

/// <summary>When a story looks for a larger one it belongs to, and which it may merge into.</summary>
public static class MergeCheck
{
    /// <summary>
    /// At every size from 2 up to <paramref name="everySizeUpTo"/>, then at each power of two. A
    /// burst's fragment found at size 2 or 3 takes the burst's next articles with it; found only at
    /// 4 or 8, those articles have meanwhile split between the two.
    /// </summary>
    public static bool ChecksAt(int size, int everySizeUpTo) =>
        size >= 2 && (size <= everySizeUpTo || (size & (size - 1)) == 0);

    /// <summary>
    /// Whether two stories ran side by side: the smaller one's first or latest article falls within
    /// the larger one's span widened by <paramref name="withinMinutes"/>. The assigner kept every
    /// article of the smaller apart, so one that began after the larger had gone quiet is a later
    /// development (the next day's slide of a market, another act of a festival), however alike the
    /// words; merging it cannot be undone, and its followers go with it. Fragments of one report
    /// come within minutes of each other.
    /// </summary>
    /// <param name="measuredAtLast">The smaller story's centroid measured against the larger at its latest article's time.</param>
    /// <param name="measuredAtFirst">The same, at its first article's time.</param>
    public static bool BeganWhileRunning(MatchMeasures measuredAtLast, MatchMeasures measuredAtFirst, double withinMinutes)
    {
        var within = MathF.Log(1f + (float)(withinMinutes / TimeSpan.FromDays(1).TotalMinutes));
        return Inside(measuredAtLast, within) || Inside(measuredAtFirst, within);
    }

    private static bool Inside(MatchMeasures measured, float within) => measured.LogDaysApart <= within;
}
