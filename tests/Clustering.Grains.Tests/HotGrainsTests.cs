using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>References made without reflection are the ones GetGrain makes, and reach the same grains.</summary>
[Collection(ClusterCollection.Name)]
public class HotGrainsTests(ClusterFixture fixture)
{
    [Fact]
    public void a_story_made_by_id_is_the_reference_get_grain_makes()
    {
        var made = (GrainReference)fixture.Client.Story("s-hot-grains-1");
        var expected = (GrainReference)fixture.Client.GetGrain<IStoryGrain>("s-hot-grains-1");

        made.GrainId.ShouldBe(expected.GrainId);
        made.InterfaceType.ShouldBe(expected.InterfaceType);
        made.ShouldBeAssignableTo<IStoryGrain>();
    }

    [Fact]
    public void an_article_made_by_id_is_the_reference_get_grain_makes()
    {
        var made = (GrainReference)fixture.Client.Article("hot-grains-article");
        var expected = (GrainReference)fixture.Client.GetGrain<IArticleGrain>("hot-grains-article");

        made.GrainId.ShouldBe(expected.GrainId);
        made.InterfaceType.ShouldBe(expected.InterfaceType);
    }

    [Fact]
    public async Task an_article_sent_through_a_made_reference_is_found_by_get_grain()
    {
        var noon = new DateTimeOffset(2025, 9, 3, 12, 0, 0, TimeSpan.Zero);
        var article = new Article("hot-grains-2", "Lighthouse keeper on Skerry Point retires after forty years", "The keeper of the Skerry Point light retired on Wednesday.", null, "Coast Wire", noon, "en", noon);

        var receipt = await fixture.Client.Article(article.Id).Submit(article);

        (await fixture.Client.GetGrain<IArticleGrain>(article.Id).GetStatus())!.StoryId.ShouldBe(receipt.StoryId);
    }

    [Fact]
    public void an_empty_id_is_refused_as_get_grain_refuses_it()
    {
        Should.Throw<ArgumentException>(() => fixture.Client.Story(" "));
    }
}
