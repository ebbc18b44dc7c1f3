using Clustering.Grains;
using System.Collections.Concurrent;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Microsoft.AspNetCore.SignalR;

namespace Clustering.Silo.Live;

/// <summary>
/// This silo's link between grains and its SignalR clients. The first local client to follow a
/// story makes the silo watch that story's grain; the last to leave stops it. Watches are renewed
/// on a timer because grains expire silent observers (a crashed silo stops costing fan-out).
/// </summary>
internal sealed partial class SiloStoryRelay(IGrainFactory grains, IHubContext<StoryHub> hub, FeedBatcher batches, ILogger<SiloStoryRelay> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IStoryObserver? _storyObserver;
    private IStoryObserver? _feedObserver;
    private HubGroupObserver? _storyTarget;
    private HubGroupObserver? _feedTarget;
    private PeriodicTimer? _renewal;
    private Task? _renewing;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Keep the targets referenced: object references to observers are weak.
        _storyTarget = new HubGroupObserver(hub, batches: null);
        _feedTarget = new HubGroupObserver(hub, batches);
        _storyObserver = grains.CreateObjectReference<IStoryObserver>(_storyTarget);
        _feedObserver = grains.CreateObjectReference<IStoryObserver>(_feedTarget);
        _renewal = new PeriodicTimer(LiveDefaults.ObserverRenewal);
        _renewing = RenewLoop(_renewal);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _renewal?.Dispose();
        if (_renewing is not null)
        {
            await _renewing;
        }
    }

    public async Task Track(string connectionId, string storyId)
    {
        var stories = _byConnection.GetOrAdd(connectionId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
        if (!stories.TryAdd(storyId, 0))
        {
            return;
        }
        await _gate.WaitAsync();
        try
        {
            var count = _watched.AddOrUpdate(storyId, 1, (_, n) => n + 1);
            if (count == 1)
            {
                await Watch(storyId);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task Untrack(string connectionId, string storyId)
    {
        if (_byConnection.TryGetValue(connectionId, out var stories) && stories.TryRemove(storyId, out _))
        {
            await Release(storyId);
        }
    }

    public async Task Forget(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var stories))
        {
            foreach (var storyId in stories.Keys)
            {
                await Release(storyId);
            }
        }
    }

    /// <summary>The stories this silo currently watches for its clients (for tests and diagnostics).</summary>
    public IReadOnlyCollection<string> Watched => _watched.Keys.ToArray();

    public async ValueTask DisposeAsync()
    {
        _renewal?.Dispose();
        if (_renewing is not null)
        {
            await _renewing;
        }
        _gate.Dispose();
    }

    private async Task Release(string storyId)
    {
        await _gate.WaitAsync();
        try
        {
            var count = _watched.AddOrUpdate(storyId, 0, (_, n) => n - 1);
            if (count <= 0)
            {
                _watched.TryRemove(storyId, out _);
                await Unwatch(storyId);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task Watch(string storyId) => storyId == LiveDefaults.AllStories
        ? grains.GetGrain<IStoryDirectoryGrain>(0).Watch(_feedObserver!)
        : grains.Story(storyId).Watch(_storyObserver!);

    private Task Unwatch(string storyId) => storyId == LiveDefaults.AllStories
        ? grains.GetGrain<IStoryDirectoryGrain>(0).Unwatch(_feedObserver!)
        : grains.Story(storyId).Unwatch(_storyObserver!);

    private async Task RenewLoop(PeriodicTimer timer)
    {
        while (await timer.WaitForNextTickAsync())
        {
            foreach (var storyId in _watched.Keys)
            {
                try
                {
                    await Watch(storyId);
                }
                catch (Exception ex)
                {
                    LogRenewalFailed(logger, storyId, ex);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the watch on story {StoryId}; will retry")]
    private static partial void LogRenewalFailed(ILogger logger, string storyId, Exception exception);
}
