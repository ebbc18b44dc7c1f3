using Clustering.Abstractions.Stories;
using Clustering.Testing;

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
}
