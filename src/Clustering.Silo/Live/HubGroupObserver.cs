using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Grains.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Clustering.Silo.Live;

/// <summary>
/// A grain observer that forwards to SignalR groups of this silo. Two exist per silo: one for
/// the "*" feed (the directory's notifications go to group "*") and one for single stories
/// (a story's notifications go to that story's group), so no group receives a change twice.
/// The feed's changes also go, gathered, to the clients that follow the feed in batches.
/// </summary>
internal sealed class HubGroupObserver(IHubContext<StoryHub> hub, FeedBatcher? batches) : IStoryObserver
{
    private bool Feed => batches is not null;

    public Task StoryCreated(StorySummary summary, StoryUpdate update)
    {
        if (batches is null)
        {
            return Push(summary.Id, HubMethods.StoryUpdated, update);
        }
        batches.Add(new StoryFeedItem { Created = summary });
        return Push(LiveDefaults.AllStories, HubMethods.StoryCreated, summary);
    }

    public Task StoryUpdated(StoryUpdate update)
    {
        batches?.Add(new StoryFeedItem { Updated = update });
        return Push(Feed ? LiveDefaults.AllStories : update.StoryId, HubMethods.StoryUpdated, update);
    }

    public Task StoryMerged(StoryMerged merged)
    {
        batches?.Add(new StoryFeedItem { Merged = merged });
        return Push(Feed ? LiveDefaults.AllStories : merged.From, HubMethods.StoryMerged, merged);
    }

    private async Task Push(string group, string method, object message)
    {
        using var activity = ClusteringDiagnostics.Source.StartActivity("push")?.SetTag("clustering.group", group).SetTag("clustering.hub.method", method);
        ClusteringDiagnostics.PushFanOut.Add(1, new KeyValuePair<string, object?>("method", method));
        await hub.Clients.Group(group).SendAsync(method, message);
    }
}

/// <summary>The names of the server → client messages of ../CONTRACT.md.</summary>
public static class HubMethods
{
    public const string StoryCreated = "storyCreated";
    public const string StoryUpdated = "storyUpdated";
    public const string StoryMerged = "storyMerged";
    public const string StoryFeed = "storyFeed";
}
