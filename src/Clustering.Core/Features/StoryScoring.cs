namespace Clustering.Core.Features;

/// <summary>How well an article fits a story: content similarity, discounted by distance in time.</summary>
public static class StoryScoring
{
    public static float Score(TermVector centroid, ArticleFeatures article, DateTimeOffset storyFirst, DateTimeOffset storyLast, float timeScaleDays)
    {
        var similarity = centroid.Dot(article.Terms);
        return similarity * TimeFactor(article.Time, storyFirst, storyLast, timeScaleDays);
    }

    /// <summary>1 inside the story's span; 1/2 at <paramref name="timeScaleDays"/> outside it; falling slowly after.</summary>
    public static float TimeFactor(DateTimeOffset time, DateTimeOffset first, DateTimeOffset last, float timeScaleDays)
    {
        if (timeScaleDays <= 0)
        {
            return 1f;
        }
        var outside = time < first ? first - time : time > last ? time - last : TimeSpan.Zero;
        return 1f / (1f + ((float)outside.TotalDays / timeScaleDays));
    }
}
