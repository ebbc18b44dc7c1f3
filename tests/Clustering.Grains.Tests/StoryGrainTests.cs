using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class StoryGrainTests(ClusterFixture fixture)
{
    private IArticleGrain Article(string id) => fixture.Client.GetGrain<IArticleGrain>(id);

    [Fact]
    public async Task an_article_starts_a_story_and_a_related_one_joins_it_with_a_new_version()
    {
        var first = await Article("join-1").Submit(TestArticles.Quake("join-1"));
        var second = await Article("join-2").Submit(TestArticles.QuakeFollowUp("join-2", hour: 3));

        first.Outcome.ShouldBe(IngestOutcome.Accepted);
        second.StoryId.ShouldBe(first.StoryId);
        var story = await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView();
        story!.Version.ShouldBe(2);
        story.Articles.Select(article => article.Id).ShouldBe(["join-1", "join-2"]);
    }

    [Fact]
    public async Task unrelated_articles_start_stories_of_their_own()
    {
        var election = await Article("apart-1").Submit(TestArticles.Election("apart-1"));
        var football = await Article("apart-2").Submit(TestArticles.Football("apart-2"));

        football.StoryId.ShouldNotBe(election.StoryId);
    }

    [Fact]
    public async Task a_resent_article_is_absorbed_once()
    {
        var first = await Article("dup-1").Submit(TestArticles.Election("dup-1"));
        var again = await Article("dup-1").Submit(TestArticles.Election("dup-1"));

        again.Outcome.ShouldBe(IngestOutcome.Duplicate);
        again.StoryId.ShouldBe(first.StoryId);
        var story = await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView();
        story!.Articles.Count(article => article.Id == "dup-1").ShouldBe(1);
    }

    [Fact]
    public async Task a_story_absorbs_the_same_article_once_even_when_asked_twice()
    {
        var article = TestArticles.Football("twice-1");
        var features = TestArticles.Features(article);
        var story = fixture.Client.GetGrain<IStoryGrain>("s-twice");

        var first = await story.Absorb(article, features, TestArticles.Reading(article));
        var second = await story.Absorb(article, features, TestArticles.Reading(article));

        first.Created.ShouldBeTrue();
        second.AlreadyHad.ShouldBeTrue();
        second.Version.ShouldBe(first.Version);
    }

    [Fact]
    public async Task the_update_time_comes_from_the_clock_not_the_wall()
    {
        var receipt = await Article("clock-1").Submit(TestArticles.Make("clock-1", "Lighthouse keeper retires after fifty winters", "The keeper of the Skerry lighthouse retired."));

        var story = await fixture.Client.GetGrain<IStoryGrain>(receipt.StoryId!).GetView();
        story!.Updated.ShouldBe(fixture.Time.GetUtcNow());
    }
}
