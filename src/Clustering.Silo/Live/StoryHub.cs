using Clustering.Grains;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Microsoft.AspNetCore.SignalR;

namespace Clustering.Silo.Live;

/// <summary>
/// `/hubs/stories`. A client subscribes to a story (or "*") and gets back what it missed; from then
/// on this silo's relay forwards every change to the client's SignalR group.
/// </summary>
internal sealed class StoryHub(SiloStoryRelay relay, IGrainFactory grains) : Hub
{
    public const int MaxStoryIdLength = 256;
    private const int FeedSnapshotSize = 200;

    public async Task<CatchUp> Subscribe(string storyId, long sinceVersion)
    {
        if (string.IsNullOrWhiteSpace(storyId) || storyId.Length > MaxStoryIdLength)
        {
            throw new HubException($"storyId must be \"*\" or a story id of at most {MaxStoryIdLength} characters");
        }

        // Join the group before reading the catch-up, so nothing falls between the two; a client
        // may see a version twice and ignores the one it already has.
        await Groups.AddToGroupAsync(Context.ConnectionId, storyId);
        await relay.Track(Context.ConnectionId, storyId);

        if (storyId == LiveDefaults.AllStories)
        {
            return await FeedCatchUp();
        }
        return await grains.Story(storyId).GetChangesSince(sinceVersion);
    }

    /// <summary>
    /// Follows the "*" feed in batches: the same changes as <c>Subscribe("*", 0)</c>, gathered into one
    /// `storyFeed` message per <see cref="LiveDefaults.FeedBatchWindow"/>. For boards that watch a busy
    /// feed: a message per change costs each client more than the change itself.
    /// </summary>
    public async Task<CatchUp> SubscribeFeedBatches()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, FeedBatcher.Group);
        await relay.Track(Context.ConnectionId, LiveDefaults.AllStories);
        return await FeedCatchUp();
    }

    private async Task<CatchUp> FeedCatchUp() => new()
    {
        StoryId = LiveDefaults.AllStories,
        Stories = await grains.GetGrain<IStoryDirectoryGrain>(0).List(FeedSnapshotSize, null),
    };

    public async Task Unsubscribe(string storyId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, storyId);
        if (storyId == LiveDefaults.AllStories)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, FeedBatcher.Group);
        }
        await relay.Untrack(Context.ConnectionId, storyId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await relay.Forget(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
