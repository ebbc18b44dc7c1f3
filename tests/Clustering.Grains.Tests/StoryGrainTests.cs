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

    [Fact]
    public async Task an_article_read_ahead_lands_in_the_story_it_would_have_joined_unread()
    {
        var first = await Article("ahead-1").Submit(TestArticles.Unique("ahead-1", "vesh"));
        await Article("ahead-2").Prepare(TestArticles.Unique("ahead-2", "vesh", hour: 3));
        var second = await Article("ahead-2").Submit(TestArticles.Unique("ahead-2", "vesh", hour: 3));

        second.Outcome.ShouldBe(IngestOutcome.Accepted);
        second.StoryId.ShouldBe(first.StoryId);
        var story = await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView();
        story!.Articles.Select(article => article.Id).ShouldBe(["ahead-1", "ahead-2"]);
    }

    [Fact]
    public async Task an_article_read_ahead_in_one_version_and_sent_in_another_is_read_as_sent()
    {
        await Article("ahead-other").Prepare(TestArticles.Unique("ahead-other", "quil"));
        var receipt = await Article("ahead-other").Submit(TestArticles.Unique("ahead-other", "brom"));

        var story = await fixture.Client.GetGrain<IStoryGrain>(receipt.StoryId!).GetView();
        story!.Title.ShouldContain("bromka");
    }

    [Fact]
    public async Task reading_ahead_an_article_already_absorbed_changes_nothing()
    {
        var first = await Article("ahead-dup").Submit(TestArticles.Unique("ahead-dup", "trel"));
        await Article("ahead-dup").Prepare(TestArticles.Unique("ahead-dup", "trel"));
        var again = await Article("ahead-dup").Submit(TestArticles.Unique("ahead-dup", "trel"));

        again.Outcome.ShouldBe(IngestOutcome.Duplicate);
        again.StoryId.ShouldBe(first.StoryId);
    }
}
