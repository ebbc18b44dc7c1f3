using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Core.Tests.Assignment;

/// <summary>The measuring bench the assignment tests share: a story made of one article, and the shipped model with one measure silenced.</summary>
internal static class OneArticleStory
{
    /// <summary>
    /// What a story made of <paramref name="first"/> alone measures for <paramref name="next"/>, after the IDF
    /// has counted <paramref name="otherArticles"/> unrelated articles and whatever <paramref name="before"/>
    /// adds; the story keeps the first article's particulars by the grain's own rules (<see cref="StoryParticulars.Add"/>).
    /// </summary>
    public static (MatchMeasures Features, long Documents) Measure(Article first, Article next, int otherArticles = 1000, Action<TermStatistics>? before = null)
    {
        var statistics = new TermStatistics();
        for (var i = 0; i < otherArticles; i++)
        {
            statistics.Observe([$"other{i}"]);
        }
        before?.Invoke(statistics);
        var extractor = new FeatureExtractor(statistics);
        var story = extractor.Extract(first);
        var article = extractor.Extract(next);
        var centroid = new Centroid();
        centroid.Add(story.Terms);
        var kept = new StoryParticulars();
        kept.Add(story.Particulars);
        var features = MatchFeatures.Compute(article, centroid.ToVector(), [story.Terms], [story.Source], story.Time, story.Time, 1, kept);
        return (features, statistics.Documents);
    }

    /// <summary>The shipped model with one measure's weight at 0: what a test shows the measure changes.</summary>
    public static MatchModel Without(params string[] measures) =>
        MatchModel.Default with { Weights = [.. MatchModel.Default.Weights.Select((weight, i) => measures.Contains(MatchMeasures.Names[i]) ? 0f : weight)] };
}
