namespace Clustering.Grains.Index;

/// <summary>
/// How much a posting counts by how far its story's activity lies from the article's time. The
/// index ranks by shared strong terms only, and a town's words (its name, "police", "shot") are
/// shared by every incident the town had in years: a follow-up from the next day lost its story to
/// older ones among the few candidates that get measured. Near in time weighs up to three times as
/// much; far in time still counts once, so a trial months later can find its story by its names.
/// A stronger pull splits headline stories that run for weeks (docs/benchmarks.md has the figures).
/// </summary>
internal static class RecencyWeight
{
    /// <summary>Extra weight at the same moment, on top of 1.</summary>
    public const float Boost = 2f;

    /// <summary>At this many days apart the extra is halved (a week or two: the first follow-ups).</summary>
    public const double HalfAfterDays = 10;

    /// <summary>1 + Boost / (1 + days apart / HalfAfterDays); 1 for an undated query.</summary>
    public static float Factor(DateTimeOffset? near, DateTimeOffset updated) =>
        near is { } at ? 1f + (Boost / (float)(1 + (Math.Abs((at - updated).TotalDays) / HalfAfterDays))) : 1f;
}
