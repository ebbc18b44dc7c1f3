using Clustering.Abstractions.Stories;
using Clustering.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Client.Tests;

public class StoryHubClientTests
{
    [Fact]
    public async Task a_client_that_subscribes_late_gets_the_versions_it_missed_once_each()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        string? storyId = null;
        for (var i = 1; i <= 4; i++)
        {
            var receipt = await silo.Client.PostArticle(new { id = $"late-{i}", title = $"Bridge over the Kell river closed after crack found, day {i}", text = "Engineers closed the Kell river bridge after finding a crack in its main span." }, ct);
            storyId ??= receipt.StoryId;
            receipt.StoryId.ShouldBe(storyId);
        }
        await using var hub = silo.CreateHubClient();
        var seen = new List<long>();
        hub.StoryUpdated += update => { lock (seen) { seen.Add(update.Version); } };
        await hub.Start(ct);

        await hub.Subscribe(storyId!, 1, ct);

        lock (seen)
        {
            seen.ShouldBe([2L, 3L, 4L]);
        }
        hub.VersionOf(storyId!).ShouldBe(4);
    }

    [Fact]
    public async Task a_version_already_held_is_not_raised_twice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var receipt = await silo.Client.PostArticle(new { id = "twice-1", title = "Heatwave: Marlow sets a new temperature record" }, ct);
        await using var hub = silo.CreateHubClient();
        var seen = new List<StoryUpdate>();
        hub.StoryUpdated += seen.Add;
        await hub.Start(ct);

        await hub.Subscribe(receipt.StoryId!, 0, ct);
        await hub.Subscribe(receipt.StoryId!, 0, ct);

        seen.ShouldHaveSingleItem().Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task a_client_following_the_feed_in_batches_sees_every_new_story_and_every_added_article_once_in_order(bool messagePack)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        await using var hub = new Clustering.Client.StoryHubClient(silo.Address, feedBatches: true,
            configure: messagePack ? builder => builder.AddMessagePackProtocol() : null);
        var seen = new List<string>();
        var messages = 0;
        hub.StoryCreated += summary => { lock (seen) { seen.Add("new " + summary.Title); } };
        hub.StoryUpdated += update => { lock (seen) { seen.AddRange(update.Changes.ArticlesAdded.Select(article => "added " + article.Id)); } };
        hub.Connection.On<Clustering.Abstractions.Live.StoryFeedBatch>("storyFeed", _ => Interlocked.Increment(ref messages));
        await hub.Start(ct);
        await hub.Subscribe("*", 0, ct);

        // Dated as a live feed dates them: an undated headline's arrival says nothing of when it was written.
        const string published = "2026-03-02T09:00:00Z";
        await silo.Client.PostArticle(new { id = "feed-1", title = "Flooded Tarn valley villages evacuated", text = "Villages of the Tarn valley were evacuated as the river flooded.", published }, ct);
        await silo.Client.PostArticle(new { id = "feed-2", title = "Tarn valley flood: evacuated villagers return", text = "Villagers evacuated from the flooded Tarn valley returned home.", published }, ct);
        await silo.Client.PostArticle(new { id = "feed-3", title = "Chess prodigy, 12, wins Orvel open", text = "A twelve-year-old chess prodigy won the Orvel open tournament.", published }, ct);

        // A story's first article arrives as its summary (storyCreated); later ones as updates.
        await Eventually.True(() => { lock (seen) { return seen.Count >= 3; } }, "two new stories and one added article arrived");
        lock (seen)
        {
            seen.ShouldBe(["new Flooded Tarn valley villages evacuated", "added feed-2", "new Chess prodigy, 12, wins Orvel open"], ignoreOrder: true);
            seen.IndexOf("new Flooded Tarn valley villages evacuated").ShouldBeLessThan(seen.IndexOf("added feed-2"));
        }
        messages.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task a_snapshot_with_its_facts_crosses_the_messagepack_protocol_whole()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var receipt = await silo.Client.PostArticle(new { id = "mp-1", title = "Ferry fire off Skelda: 3 dead, 12 injured", text = "Three people died and 12 were injured when fire broke out on a ferry off Skelda, the coast guard said." }, ct);
        var expected = await silo.Client.GetStory(receipt.StoryId!, ct);
        await using var hub = new Clustering.Client.StoryHubClient(silo.Address, configure: builder => builder.AddMessagePackProtocol());
        StoryView? snapshot = null;
        hub.StorySnapshot += view => snapshot = view;
        await hub.Start(ct);

        await hub.Subscribe(receipt.StoryId!, -1, ct);

        snapshot.ShouldNotBeNull();
        System.Text.Json.JsonSerializer.Serialize(snapshot).ShouldBe(System.Text.Json.JsonSerializer.Serialize(expected));
    }
}
