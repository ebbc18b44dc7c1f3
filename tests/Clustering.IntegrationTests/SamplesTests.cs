using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>What a user's fresh clone (no ../shared) shows: the README tour over samples/.</summary>
public class SamplesTests
{
    [Fact]
    public async Task the_samples_become_two_stories_and_the_deliberately_bad_line_is_rejected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();

        var summary = await Ingesting.Ingest(silo, RepoPaths.Samples);

        summary.Rejected.ShouldHaveSingleItem().ShouldContain("mixed.ndjson:3");
        var stories = await silo.Client.GetStories(cancellationToken: ct);
        stories.Count.ShouldBe(2);
        foreach (var listed in stories)
        {
            var story = await silo.Client.GetStory(listed.Id, ct);
            var events = story!.Articles.Select(article => EventOf(article.Id)).Distinct().ToArray();
            events.ShouldHaveSingleItem($"story '{story.Title}' mixes events: {string.Join(", ", story.Articles.Select(a => a.Id))}");
        }
        stories.Sum(story => story.ArticleCount).ShouldBe(summary.Accepted);
    }

    // The sample files and ids name their event ("dam-…", "…-dam-…", "ferry-…"); the engine never sees these names as labels.
    private static string EventOf(string articleId) =>
        articleId.Contains("dam", StringComparison.Ordinal) ? "dam"
        : articleId.Contains("ferry", StringComparison.Ordinal) ? "ferry"
        : articleId;
}
