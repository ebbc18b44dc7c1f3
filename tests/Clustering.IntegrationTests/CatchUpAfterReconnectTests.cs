using System.Collections.Concurrent;
using Clustering.Abstractions.Stories;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

public class CatchUpAfterReconnectTests
{
    [Fact]
    public async Task a_client_that_was_away_for_ten_updates_receives_exactly_those_ten_in_order_once_it_is_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var first = await silo.Client.PostArticle(Report(0), ct);
        var storyId = first.StoryId.ShouldNotBeNull();

        await using var hub = silo.CreateHubClient();
        var received = new ConcurrentQueue<StoryUpdate>();
        var snapshots = new ConcurrentQueue<StoryView>();
        hub.StoryUpdated += received.Enqueue;
        hub.StorySnapshot += snapshots.Enqueue;
        await hub.Start(ct);
        await hub.Subscribe(storyId, 0, ct);
        hub.VersionOf(storyId).ShouldBe(1);

        await hub.Stop(ct);
        for (var i = 1; i <= 10; i++)
        {
            var posted = await silo.Client.PostArticle(Report(i), ct);
            posted.StoryId.ShouldBe(storyId, $"report {i} repeats report 0 nearly word for word, so it joins that story");
        }
        var missed = received.Count(update => update.Version > 1);
        missed.ShouldBe(0, "nothing arrives while the client is stopped");

        await hub.Start(ct);

        await Eventually.True(() => hub.VersionOf(storyId) == 11, "the client holds version 11 after catching up");
        snapshots.ShouldBeEmpty("ten deltas are still in the story's ring, so no snapshot is needed");
        var after = received.Where(update => update.Version > 1).ToArray();
        after.Select(update => update.Version).ShouldBe([2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L]);
        after.Select(update => update.PreviousVersion).ShouldBe([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L]);
        after.Select(update => update.Changes.ArticlesAdded.Single().Id).ShouldBe(Enumerable.Range(1, 10).Select(i => $"away-{i}"));

        // A live push after the catch-up still arrives, once.
        (await silo.Client.PostArticle(Report(11), ct)).StoryId.ShouldBe(storyId);
        await Eventually.True(() => hub.VersionOf(storyId) == 12, "the client receives the next live update");
        long[] everyVersionOnce = [.. Enumerable.Range(1, 12).Select(v => (long)v)];
        received.Select(update => update.Version).ShouldBe(everyVersionOnce);
    }

    [Fact]
    public async Task a_client_whose_missed_deltas_left_the_ring_gets_a_snapshot_instead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var storyId = (await silo.Client.PostArticle(Report(0), ct)).StoryId.ShouldNotBeNull();
        await using var hub = silo.CreateHubClient();
        var snapshots = new ConcurrentQueue<StoryView>();
        var received = new ConcurrentQueue<StoryUpdate>();
        hub.StorySnapshot += snapshots.Enqueue;
        hub.StoryUpdated += received.Enqueue;
        await hub.Start(ct);
        await hub.Subscribe(storyId, 0, ct);
        await hub.Stop(ct);

        var away = Abstractions.Live.LiveDefaults.DeltaRingSize + 5;
        var lines = Enumerable.Range(1, away).Select(i => System.Text.Json.JsonSerializer.Serialize(Report(i)));
        var batch = await silo.Client.PostBatch(lines, ct);
        batch.Items.ShouldAllBe(item => item.StoryId == storyId, "every near-identical report joins the first one's story");

        await hub.Start(ct);

        var snapshot = snapshots.ShouldHaveSingleItem();
        snapshot.Version.ShouldBe(away + 1);
        snapshot.Articles.Count.ShouldBe(away + 1);
        hub.VersionOf(storyId).ShouldBe(away + 1);
        received.Select(update => update.Version).ShouldBe([1L], "the versions the ring lost arrive as the snapshot, not as deltas");
    }

    // Report i repeats report 0 with one number changed: robust to any tuning of the assignment model.
    private static object Report(int i) => new
    {
        id = i == 0 ? "away-0" : $"away-{i}",
        title = "Flood barrier fails at Kessington harbour",
        text = $"The flood barrier at Kessington harbour failed overnight and sea water reached the old town; crews pumped out cellar number {i} by morning.",
    };
}
