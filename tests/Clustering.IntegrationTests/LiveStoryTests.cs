using Clustering.Abstractions.Stories;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

public class LiveStoryTests
{
    [Fact]
    public async Task a_client_following_one_story_receives_the_articles_added_to_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var first = await silo.Client.PostArticle(new { id = "live-1", title = "Avalanche buries ski lodge near Col d'Arbe", text = "An avalanche buried a ski lodge near Col d'Arbe; rescuers dug out guests." }, ct);
        await using var hub = silo.CreateHubClient();
        var updates = System.Threading.Channels.Channel.CreateUnbounded<StoryUpdate>();
        hub.StoryUpdated += update => updates.Writer.TryWrite(update);
        await hub.Start(ct);
        var catchUp = await hub.Subscribe(first.StoryId!, 0, ct);
        catchUp.Deltas.Select(delta => delta.Version).ShouldBe([1L]);

        await silo.Client.PostArticle(new { id = "live-2", title = "Col d'Arbe avalanche: all ski lodge guests rescued", text = "Rescuers dug out every guest of the ski lodge buried by the Col d'Arbe avalanche." }, ct);

        var update = await updates.Reader.ReadAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), ct);
        update.Version.ShouldBe(1);
        update = await updates.Reader.ReadAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), ct);
        update.StoryId.ShouldBe(first.StoryId);
        update.Version.ShouldBe(2);
        update.PreviousVersion.ShouldBe(1);
        update.Changes.ArticlesAdded.ShouldHaveSingleItem().Id.ShouldBe("live-2");
    }

    [Fact]
    public async Task subscribing_with_a_bad_story_id_is_refused_with_a_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        await using var hub = silo.CreateHubClient();
        await hub.Start(ct);

        var error = await Should.ThrowAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.Subscribe(new string('x', 300), 0, ct));

        error.Message.ShouldContain("storyId");
    }
}
