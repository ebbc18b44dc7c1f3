using System.Threading.Channels;
using Clustering.Abstractions.Stories;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>
/// Two silos of one cluster in this process (the second joins the first through
/// Clustering:PrimarySiloPort): what is posted to silo A reaches a hub client connected to silo B,
/// through B's grain observer, wherever Orleans placed the story grain.
/// </summary>
public class TwoSiloTests
{
    [Fact]
    public async Task a_client_on_silo_b_sees_the_story_made_by_articles_posted_to_silo_a()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await TestSilo.StartPair();
        await using var silos = new SiloPair(a, b);

        await using var feed = b.CreateHubClient();
        var created = Channel.CreateUnbounded<StorySummary>();
        feed.StoryCreated += summary => created.Writer.TryWrite(summary);
        await feed.Start(ct);
        await feed.Subscribe("*", 0, ct);

        var first = await a.Client.PostArticle(new
        {
            id = "two-silos-1",
            title = "Glacier collapse floods Valdorne valley",
            text = "A glacier collapsed above the Valdorne valley on Tuesday, sending a flood of ice and mud through two villages.",
        }, ct);
        var storyId = first.StoryId.ShouldNotBeNull();

        var summary = await created.Reader.ReadAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), ct);
        summary.Id.ShouldBe(storyId);
        summary.Title.ShouldBe("Glacier collapse floods Valdorne valley");

        await using var follower = b.CreateHubClient();
        var updates = Channel.CreateUnbounded<StoryUpdate>();
        follower.StoryUpdated += update => updates.Writer.TryWrite(update);
        await follower.Start(ct);
        (await follower.Subscribe(storyId, 1, ct)).Deltas.ShouldBeEmpty();

        // The same report again, a word changed: any assignment model puts it in the same story.
        var second = await a.Client.PostArticle(new
        {
            id = "two-silos-2",
            title = "Glacier collapse floods Valdorne valley",
            text = "A glacier collapsed above the Valdorne valley on Tuesday, sending a flood of ice and mud through two hamlets.",
        }, ct);
        second.StoryId.ShouldBe(storyId, "a near-identical report joins the story it repeats");

        var update = await updates.Reader.ReadAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), ct);
        update.StoryId.ShouldBe(storyId);
        update.Version.ShouldBe(2);
        update.PreviousVersion.ShouldBe(1);
        update.Changes.ArticlesAdded.ShouldHaveSingleItem().Id.ShouldBe("two-silos-2");
        update.Changes.ArticleCount.ShouldBe(2);
    }

    [Fact]
    public async Task stories_placed_on_either_silo_reach_clients_of_both()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var a = await TestSilo.Start();
        await using var b = await TestSilo.StartJoining(a);
        var clients = new[] { a.CreateHubClient(), b.CreateHubClient() };
        var seen = clients.Select(_ => new System.Collections.Concurrent.ConcurrentDictionary<string, byte>()).ToArray();
        for (var i = 0; i < clients.Length; i++)
        {
            var mine = seen[i];
            clients[i].StoryCreated += summary => mine.TryAdd(summary.Id, 0);
            await clients[i].Start(ct);
            await clients[i].Subscribe("*", 0, ct);
        }

        // Distinct events, posted alternately to both silos, so story grains are placed on both.
        string[] topics = ["Ferry aground off Harrow Point", "Warehouse fire in Oldmere docks", "Bridge closed after Tarnbeck quake", "Mine flooding traps Pell Ridge crew", "Wildfire nears Cassel Springs"];
        var storyIds = new List<string>();
        for (var i = 0; i < topics.Length; i++)
        {
            var silo = i % 2 == 0 ? a : b;
            var posted = await silo.Client.PostArticle(new { id = $"either-{i}", title = topics[i], text = topics[i] + ": officials gave no further details on the day." }, ct);
            storyIds.Add(posted.StoryId.ShouldNotBeNull());
        }

        foreach (var (mine, index) in seen.Select((mine, index) => (mine, index)))
        {
            await Eventually.True(() => storyIds.All(mine.ContainsKey), $"the client of silo {(index == 0 ? "A" : "B")} saw every story created");
        }
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
