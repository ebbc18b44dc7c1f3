using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>
/// An article's status names and dates it as its story lists it. The contract's article status names
/// only id, storyId and status; its published and source are the story's ("articles": source, published).
/// </summary>
[Collection(ClusterCollection.Name)]
public class ArticleStatusTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Arrived = new(2025, 5, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A page its feed left undated, with a stamp in its head and an outlet known only by its URL.</summary>
    private static Article UndatedPage(string id) => new(
        id,
        "Quellmoor bell foundry casts its last bell",
        "Posted on November 30, 2009\nThe Quellmoor bell foundry cast its last bell on Friday, ending two centuries of work at the Quellmoor yard.",
        Url: "https://www.quellmoor-gazette.example/news/foundry",
        Source: null,
        Published: null,
        Language: "en",
        Received: Arrived);

    [Fact]
    public async Task an_undated_page_s_status_gives_the_date_and_outlet_its_story_lists()
    {
        var receipt = await fixture.Client.GetGrain<IArticleGrain>("status-page").Submit(UndatedPage("status-page"));

        var status = (await fixture.Client.GetGrain<IArticleGrain>("status-page").GetStatus()).ShouldNotBeNull();
        var entry = (await fixture.Client.GetGrain<IStoryGrain>(receipt.StoryId!).GetView())!.Articles.Single(article => article.Id == "status-page");

        status.Published.ShouldBe(new DateTimeOffset(2009, 11, 30, 0, 0, 0, TimeSpan.Zero));
        status.Published.ShouldBe(entry.Published);
        status.Source.ShouldBe("quellmoor-gazette.example");
        (status.Source, status.SourceBasis).ShouldBe((entry.Source, entry.SourceBasis));
    }

    [Fact]
    public async Task the_status_is_the_same_from_an_activation_read_back_from_storage()
    {
        var article = fixture.Client.GetGrain<IArticleGrain>("status-stored");
        await article.Submit(UndatedPage("status-stored") with { Url = "https://quellmoor-herald.example/foundry" });
        var before = (await article.GetStatus()).ShouldNotBeNull();

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var after = (await article.GetStatus()).ShouldNotBeNull();

        (after.Published, after.Source, after.SourceBasis).ShouldBe((before.Published, before.Source, before.SourceBasis));
        after.Published.ShouldBe(new DateTimeOffset(2009, 11, 30, 0, 0, 0, TimeSpan.Zero));
        after.Source.ShouldBe("quellmoor-herald.example");
    }
}
