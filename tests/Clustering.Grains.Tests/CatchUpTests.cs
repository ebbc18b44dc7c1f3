using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Core.Features;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class CatchUpTests(ClusterFixture fixture)
{
    private async Task<IStoryGrain> StoryWithVersions(string storyId, int versions)
    {
        var story = fixture.Client.GetGrain<IStoryGrain>(storyId);
        for (var i = 1; i <= versions; i++)
        {
            var article = TestArticles.Unique($"{storyId}-a{i}", storyId.Replace("-", string.Empty, StringComparison.Ordinal), hour: i);
            await story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));
        }
        return story;
    }

    [Fact]
    public async Task a_client_behind_by_a_few_versions_gets_exactly_the_missed_deltas_in_order()
    {
        var story = await StoryWithVersions("s-catchup-few", 5);

        var catchUp = await story.GetChangesSince(2);

        catchUp.Snapshot.ShouldBeNull();
        catchUp.Deltas.Select(delta => delta.Version).ShouldBe([3L, 4L, 5L]);
        catchUp.Deltas.Select(delta => delta.PreviousVersion).ShouldBe([2L, 3L, 4L]);
        catchUp.Deltas[0].Changes.ArticlesAdded.Single().Id.ShouldBe("s-catchup-few-a3");
    }

    [Fact]
    public async Task a_client_that_is_up_to_date_gets_nothing()
    {
        var story = await StoryWithVersions("s-catchup-none", 2);

        var catchUp = await story.GetChangesSince(2);

        catchUp.Deltas.ShouldBeEmpty();
        catchUp.Snapshot.ShouldBeNull();
        catchUp.Version.ShouldBe(2);
    }

    [Fact]
    public async Task a_client_behind_the_kept_deltas_gets_a_snapshot()
    {
        var story = await StoryWithVersions("s-catchup-far", LiveDefaults.DeltaRingSize + 3);

        var catchUp = await story.GetChangesSince(1);

        catchUp.Deltas.ShouldBeEmpty();
        catchUp.Snapshot.ShouldNotBeNull();
        catchUp.Snapshot.Version.ShouldBe(LiveDefaults.DeltaRingSize + 3);
        catchUp.Snapshot.Articles.Count.ShouldBe(LiveDefaults.DeltaRingSize + 3);
    }

    [Fact]
    public async Task a_client_that_knew_nothing_of_a_new_story_gets_its_first_delta_as_it_was_pushed()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-catchup-first");
        var article = TestArticles.Unique("s-catchup-first-a1", "scatchupfirst");
        var absorbed = await story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));
        var view = (await story.GetView()).ShouldNotBeNull();

        var catchUp = await story.GetChangesSince(0);

        absorbed.Created.ShouldBeTrue();
        catchUp.Snapshot.ShouldBeNull();
        var first = catchUp.Deltas.ShouldHaveSingleItem();
        (first.Version, first.PreviousVersion).ShouldBe((1L, 0L));
        first.Changes.Title.ShouldBe(view.Title);
        first.Changes.ArticleCount.ShouldBe(1);
        first.Changes.ArticlesAdded.ShouldHaveSingleItem().Id.ShouldBe("s-catchup-first-a1");
        first.Changes.Facts.Select(fact => fact.Slot).ShouldBe(view.Facts.Select(fact => fact.Slot));
    }

    [Fact]
    public async Task a_client_that_knew_nothing_of_a_story_changed_since_gets_a_snapshot_and_one_that_saw_its_first_version_the_deltas_after()
    {
        var story = await StoryWithVersions("s-catchup-new", 3);

        var fromNothing = await story.GetChangesSince(0);
        var fromFirst = await story.GetChangesSince(1);

        fromNothing.Deltas.ShouldBeEmpty();
        fromNothing.Snapshot.ShouldNotBeNull();
        fromNothing.Snapshot.Articles.Select(article => article.Id).ShouldBe(["s-catchup-new-a1", "s-catchup-new-a2", "s-catchup-new-a3"]);
        fromFirst.Snapshot.ShouldBeNull();
        fromFirst.Deltas.Select(delta => delta.Version).ShouldBe([2L, 3L]);
    }

    [Fact]
    public async Task a_watching_observer_is_told_of_every_new_version()
    {
        var story = await StoryWithVersions("s-watched", 1);
        var seen = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IStoryObserver>(seen);
        await story.Watch(reference);

        var article = TestArticles.Unique("s-watched-a2", "swatched");
        await story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));

        var update = await seen.Updates.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        update.StoryId.ShouldBe("s-watched");
        update.Version.ShouldBe(2);
        update.PreviousVersion.ShouldBe(1);
        GC.KeepAlive(seen);
    }

    private sealed class RecordingObserver : IStoryObserver
    {
        public System.Threading.Channels.Channel<StoryUpdate> Updates { get; } = System.Threading.Channels.Channel.CreateUnbounded<StoryUpdate>();

        public Task StoryCreated(StorySummary summary, StoryUpdate update) => Updates.Writer.WriteAsync(update).AsTask();

        public Task StoryUpdated(StoryUpdate update) => Updates.Writer.WriteAsync(update).AsTask();

        public Task StoryMerged(StoryMerged merged) => Task.CompletedTask;
    }
}
