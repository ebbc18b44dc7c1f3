using System.Collections.Concurrent;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Tests;

/// <summary>
/// A watch outlives the activation it was made on: a story (or the directory) that comes back as a
/// new activation notifies its watchers from its first change, without waiting for their renewal.
/// </summary>
[Collection(ClusterCollection.Name)]
public class DurableWatchTests(ClusterFixture fixture)
{
    [Fact]
    public async Task a_story_that_comes_back_as_a_new_activation_notifies_its_watchers_at_its_first_change()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-durable-watch");
        await Absorb(story, 1);
        var seen = new Seen();
        var observer = fixture.Client.CreateObjectReference<IStoryObserver>(seen);
        await story.Watch(observer);

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await Absorb(story, 2);

        await Within(() => seen.Versions.Contains(2), "the new activation tells the stored watcher of version 2", TimeSpan.FromSeconds(30));
        GC.KeepAlive(seen);
    }

    [Fact]
    public async Task a_story_no_longer_watched_forgets_the_watcher_in_storage_too()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-durable-unwatch");
        await Absorb(story, 1);
        var seen = new Seen();
        var observer = fixture.Client.CreateObjectReference<IStoryObserver>(seen);
        await story.Watch(observer);
        await story.Unwatch(observer);

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await Absorb(story, 2);
        await Absorb(story, 3);

        // Version 3's notice would have followed version 2's on the same path: none came.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        seen.Versions.ShouldBeEmpty();
        GC.KeepAlive(seen);
    }

    [Fact]
    public async Task the_directory_that_comes_back_as_a_new_activation_still_feeds_its_watchers()
    {
        var directory = fixture.Client.GetGrain<IStoryDirectoryGrain>(0);
        var seen = new Seen();
        var observer = fixture.Client.CreateObjectReference<IStoryObserver>(seen);
        await directory.Watch(observer);

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var story = fixture.Client.GetGrain<IStoryGrain>("s-durable-feed");
        await Absorb(story, 1);

        await Within(() => seen.Created.Contains("s-durable-feed"), "the directory's new activation tells the stored watcher", TimeSpan.FromSeconds(30));
        await directory.Unwatch(observer);
        GC.KeepAlive(seen);
    }

    private static async Task Within(Func<bool> condition, string because, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, because);
            await Task.Delay(20);
        }
    }

    private static async Task Absorb(IStoryGrain story, int hour)
    {
        var id = story.GetPrimaryKeyString();
        var article = TestArticles.Unique($"{id}-a{hour}", id.Replace("-", string.Empty, StringComparison.Ordinal), hour: hour);
        await story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));
    }

    private sealed class Seen : IStoryObserver
    {
        public ConcurrentBag<long> Versions { get; } = [];

        public ConcurrentBag<string> Created { get; } = [];

        public Task StoryCreated(StorySummary summary, StoryUpdate update)
        {
            Created.Add(summary.Id);
            Versions.Add(update.Version);
            return Task.CompletedTask;
        }

        public Task StoryUpdated(StoryUpdate update)
        {
            Versions.Add(update.Version);
            return Task.CompletedTask;
        }

        public Task StoryMerged(StoryMerged merged) => Task.CompletedTask;
    }
}
