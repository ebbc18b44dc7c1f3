using Clustering.Testing;

namespace Clustering.IntegrationTests;

public class SeedsBecomeOneStoryTests
{
    [Fact]
    public async Task the_five_seeds_become_one_story_that_a_live_client_sees_created_and_growing()
    {
        var seeds = RepoPaths.SharedOrSkip("seeds");
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        await using var hub = silo.CreateHubClient();
        var live = new LiveRecorder(hub);
        await hub.Start(ct);
        await hub.Subscribe("*", 0, ct);

        var summary = await Ingesting.Ingest(silo, seeds);

        summary.Accepted.ShouldBe(5);
        summary.Rejected.ShouldBeEmpty();
        var stories = await silo.Client.GetStories(cancellationToken: ct);
        var story = stories.ShouldHaveSingleItem();
        story.ArticleCount.ShouldBe(5);
        await Eventually.True(() => live.LatestVersionOf(story.Id) == 5, "the client has seen version 5 of the seeds' story");
        live.Created.ShouldHaveSingleItem().Id.ShouldBe(story.Id);
        live.Updated.Where(update => update.StoryId == story.Id).Select(update => update.Version).Order().ShouldBe([2L, 3L, 4L, 5L]);
    }

    [Fact]
    public async Task ingesting_the_seeds_again_changes_nothing()
    {
        var seeds = RepoPaths.SharedOrSkip("seeds");
        await using var silo = await TestSilo.Start();
        await Ingesting.Ingest(silo, seeds);

        var again = await Ingesting.Ingest(silo, seeds);

        again.Accepted.ShouldBe(0);
        again.Duplicates.ShouldBe(5);
        var story = (await silo.Client.GetStories(cancellationToken: TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        story.Version.ShouldBe(5);
    }
}
