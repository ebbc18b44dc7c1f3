using Clustering.Abstractions.Stories;
using Clustering.Cli.Watch;
using Clustering.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Cli.Tests;

/// <summary>`clustering watch` lists every story, not only the latest the hub's catch-up names.</summary>
public class WatchListingTests
{
    [Fact]
    public async Task watch_pages_through_the_whole_story_list_after_subscribing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var directory = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IStoryDirectoryGrain>(0);
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 1200).Select(i => $"watch-list-{i:D4}").ToArray();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var updated = start.AddMinutes(i);
            await directory.StoryChanged(
                new StorySummary { Id = id, Title = "A made-up story " + i, Version = 1, ArticleCount = 1, Created = updated, Updated = updated },
                new StoryUpdate { StoryId = id, Version = 1, Changes = new StoryChanges { Title = "A made-up story " + i, Updated = updated } },
                created: true);
        }

        var board = new WatchBoard(null);
        await using var session = new WatchSession(board, silo.Address, silo.Client, apiKey: null);
        await session.Connect(ct);
        await Eventually.True(() => session.Listing.IsCompleted && board.Stories.Count >= ids.Length, "watch lists every story", TimeSpan.FromSeconds(30));

        board.Stories.Select(story => story.Id).ShouldBe(ids.Reverse(), "every story once, the latest changed first");
    }
}
