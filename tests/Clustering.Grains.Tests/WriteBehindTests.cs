using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Tests;

/// <summary>Memory storage is written behind: what an activation held must be in storage once it is gone.</summary>
[Collection(ClusterCollection.Name)]
public class WriteBehindTests(ClusterFixture fixture)
{
    [Fact]
    public async Task a_story_written_behind_keeps_every_article_after_its_grain_deactivates()
    {
        var first = await fixture.Client.GetGrain<IArticleGrain>("behind-1").Submit(TestArticles.Unique("behind-1", "plon"));
        await fixture.Client.GetGrain<IArticleGrain>("behind-2").Submit(TestArticles.Unique("behind-2", "plon", hour: 1));
        await fixture.Client.GetGrain<IArticleGrain>("behind-3").Submit(TestArticles.Unique("behind-3", "plon", hour: 2));
        var before = await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView();

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        var after = await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView();
        after!.Version.ShouldBe(before!.Version);
        after.Articles.Select(article => article.Id).ShouldBe(before.Articles.Select(article => article.Id));
        var again = await fixture.Client.GetGrain<IArticleGrain>("behind-2").Submit(TestArticles.Unique("behind-2", "plon", hour: 1));
        again.Outcome.ShouldBe(IngestOutcome.Duplicate);
        again.StoryId.ShouldBe(first.StoryId);
    }
}
