using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Microsoft.AspNetCore.SignalR;

namespace Clustering.Silo.Live;

/// <summary>
/// A grain observer that forwards to SignalR groups of this silo. Two exist per silo: one for
/// the "*" feed (the directory's notifications go to group "*") and one for single stories
/// (a story's notifications go to that story's group), so no group receives a change twice.
/// </summary>
internal sealed class HubGroupObserver(IHubContext<StoryHub> hub, bool feed) : IStoryObserver
{
    public Task StoryCreated(StorySummary summary, StoryUpdate update) => feed
        ? hub.Clients.Group(LiveDefaults.AllStories).SendAsync(HubMethods.StoryCreated, summary)
        : hub.Clients.Group(summary.Id).SendAsync(HubMethods.StoryUpdated, update);

    public Task StoryUpdated(StoryUpdate update) =>
        hub.Clients.Group(feed ? LiveDefaults.AllStories : update.StoryId).SendAsync(HubMethods.StoryUpdated, update);

    public Task StoryMerged(StoryMerged merged) =>
        hub.Clients.Group(feed ? LiveDefaults.AllStories : merged.From).SendAsync(HubMethods.StoryMerged, merged);
}

/// <summary>The names of the server → client messages of ../CONTRACT.md.</summary>
public static class HubMethods
{
    public const string StoryCreated = "storyCreated";
    public const string StoryUpdated = "storyUpdated";
    public const string StoryMerged = "storyMerged";
}
