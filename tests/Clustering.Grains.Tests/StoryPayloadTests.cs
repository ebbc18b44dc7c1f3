using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Grains.Articles;

namespace Clustering.Grains.Tests;

/// <summary>The article grain keeps the body; its story is sent the article without it.</summary>
[Collection(ClusterCollection.Name)]
public class StoryPayloadTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Noon = new(2025, 9, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly string LongBody = string.Concat(Enumerable.Repeat("Crews from Tallow Ford cleared the flooded underpass on Dune Street overnight. ", 20));

    [Fact]
    public void a_titled_article_goes_to_its_story_without_its_text()
    {
        var article = new Article("payload-1", "Underpass on Dune Street reopens", LongBody, null, "Wire", Noon, "en", Noon);

        var sent = StoryPayload.Of(article);

        sent.Text.ShouldBeEmpty();
        sent.Title.ShouldBe(article.Title);
        sent.Published.ShouldBe(article.Published);
    }

    [Fact]
    public void an_untitled_article_goes_with_no_more_text_than_a_story_title_shows()
    {
        var article = new Article("payload-2", string.Empty, LongBody, null, "Wire", Noon, "en", Noon);

        StoryPayload.Of(article).Text.ShouldBe(LongBody[..StoryPayload.TitleFromTextCharacters]);
        StoryPayload.Of(article with { Text = "Short." }).Text.ShouldBe("Short.");
    }

    [Fact]
    public async Task an_untitled_long_article_still_titles_its_story_from_its_opening()
    {
        var article = new Article("payload-3", string.Empty, LongBody, null, "Wire", Noon, "en", Noon);

        var receipt = await fixture.Client.GetGrain<IArticleGrain>(article.Id).Submit(article);
        var story = await fixture.Client.GetGrain<IStoryGrain>(receipt.StoryId!).GetView();

        story!.Title.ShouldNotBeNullOrWhiteSpace();
        story.Title.Length.ShouldBeLessThanOrEqualTo(StoryPayload.TitleFromTextCharacters);
        LongBody.ShouldStartWith(story.Title.TrimEnd('…'));
    }
}
