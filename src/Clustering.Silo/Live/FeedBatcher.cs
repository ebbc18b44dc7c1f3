using Clustering.Abstractions.Live;
using Microsoft.AspNetCore.SignalR;

namespace Clustering.Silo.Live;

/// <summary>
/// Gathers this silo's "*" feed changes for one <see cref="LiveDefaults.FeedBatchWindow"/> and sends
/// them as one `storyFeed` message to the clients that follow the feed in batches. The window opens
/// with the first change after a quiet spell, so a lone change waits at most one window and an idle
/// feed costs nothing.
/// </summary>
internal sealed partial class FeedBatcher(IHubContext<StoryHub> hub, TimeProvider time, ILogger<FeedBatcher> logger) : IDisposable
{
    /// <summary>The SignalR group of this silo's clients that follow the feed in batches.</summary>
    public const string Group = "*batched";

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private List<StoryFeedItem> _pending = [];

    public void Add(StoryFeedItem item)
    {
        bool opensWindow;
        lock (_lock)
        {
            _pending.Add(item);
            opensWindow = _pending.Count == 1;
        }
        if (opensWindow)
        {
            _ = SendAfterWindow();
        }
    }

    private async Task SendAfterWindow()
    {
        await Task.Delay(LiveDefaults.FeedBatchWindow, time);
        // One send at a time, items taken inside the gate: a window whose send is slow (a client
        // reading slowly) must not be overtaken by the next one, or a client would see version 7
        // before 6 and drop 6 as already held.
        try
        {
            await _sending.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // the host is stopping
        }
        try
        {
            List<StoryFeedItem> items;
            lock (_lock)
            {
                items = _pending;
                _pending = [];
            }
            if (items.Count > 0)
            {
                await hub.Clients.Group(Group).SendAsync(HubMethods.StoryFeed, new StoryFeedBatch { Items = items });
            }
        }
        catch (Exception ex)
        {
            // Fire-and-forget: nobody awaits this task, so say it here. The clients catch up on reconnect.
            LogSendFailed(logger, ex);
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send a storyFeed batch; its clients catch up on reconnect")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
