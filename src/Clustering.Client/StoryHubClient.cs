using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Clustering.Client;

/// <summary>
/// A live connection to `/hubs/stories` that reconnects by itself and, after a reconnect, asks each
/// followed story for what it missed since the last version it holds, so no update is silently lost.
/// Versions already held are dropped, so a change that arrives by two paths is seen once.
/// </summary>
public sealed class StoryHubClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _followed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    // Held while one update is checked against the held version and handed to StoryUpdated, so a
    // catch-up and a live push racing on two threads still deliver each story's versions in order.
    private readonly Lock _delivery = new();
    private readonly bool _feedBatches;

    /// <param name="feedBatches">
    /// Receive the "*" feed as one `storyFeed` message per short window instead of one message per
    /// change (the events raised are the same): what a board following a busy feed wants.
    /// </param>
    public StoryHubClient(Uri server, string? accessToken = null, Action<IHubConnectionBuilder>? configure = null, bool feedBatches = false)
    {
        _feedBatches = feedBatches;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/stories"), options =>
            {
                if (accessToken is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                }
            })
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)]);
        configure?.Invoke(builder);
        _connection = builder.Build();
        _connection.On<StorySummary>("storyCreated", summary => StoryCreated?.Invoke(summary));
        _connection.On<StoryUpdate>("storyUpdated", OnUpdate);
        _connection.On<StoryMerged>("storyMerged", merged => StoryMerged?.Invoke(merged));
        _connection.On<StoryFeedBatch>("storyFeed", OnFeedBatch);
        _connection.Reconnected += async _ => await CatchUpAll();
    }

    public event Action<StorySummary>? StoryCreated;

    /// <summary>Every new version of a followed story, in order per story, each once.</summary>
    public event Action<StoryUpdate>? StoryUpdated;

    /// <summary>A story was replaced by a snapshot (the deltas it needed were no longer kept).</summary>
    public event Action<StoryView>? StorySnapshot;

    public event Action<StoryMerged>? StoryMerged;

    /// <summary>
    /// The "*" feed's list of story summaries, on every (re)subscription to "*": what changed while
    /// this client was away is in it, so a list view replaces what it shows with it.
    /// </summary>
    public event Action<IReadOnlyList<StorySummary>>? StoriesListed;

    public HubConnectionState State => _connection.State;

    public HubConnection Connection => _connection;

    /// <summary>
    /// Connects; after a <see cref="Stop"/> it also follows again every story it followed, from the
    /// version it holds, so what was missed while stopped arrives (deltas, or a snapshot) before new pushes.
    /// </summary>
    public async Task Start(CancellationToken cancellationToken = default)
    {
        await _connection.StartAsync(cancellationToken);
        await CatchUpAll(cancellationToken);
    }

    public Task Stop(CancellationToken cancellationToken = default) => _connection.StopAsync(cancellationToken);

    /// <summary>Follows a story (or "*") from <paramref name="sinceVersion"/>; returns the catch-up after applying it.</summary>
    public async Task<CatchUp> Subscribe(string storyId, long sinceVersion = 0, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _followed.Add(storyId);
            if (sinceVersion > _versions.GetValueOrDefault(storyId))
            {
                _versions[storyId] = sinceVersion;
            }
        }
        var catchUp = _feedBatches && storyId == LiveDefaults.AllStories
            ? await _connection.InvokeAsync<CatchUp>("SubscribeFeedBatches", cancellationToken)
            : await _connection.InvokeAsync<CatchUp>("Subscribe", storyId, sinceVersion, cancellationToken);
        Apply(catchUp);
        return catchUp;
    }

    public async Task Unsubscribe(string storyId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _followed.Remove(storyId);
        }
        await _connection.InvokeAsync("Unsubscribe", storyId, cancellationToken);
    }

    /// <summary>The last version held of a story.</summary>
    public long VersionOf(string storyId)
    {
        lock (_lock)
        {
            return _versions.GetValueOrDefault(storyId);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void OnFeedBatch(StoryFeedBatch batch)
    {
        foreach (var item in batch.Items)
        {
            if (item.Created is { } created)
            {
                StoryCreated?.Invoke(created);
            }
            else if (item.Updated is { } update)
            {
                OnUpdate(update);
            }
            else if (item.Merged is { } merged)
            {
                StoryMerged?.Invoke(merged);
            }
        }
    }

    private void OnUpdate(StoryUpdate update)
    {
        bool gap;
        lock (_delivery)
        {
            lock (_lock)
            {
                var held = _versions.GetValueOrDefault(update.StoryId);
                if (update.Version <= held)
                {
                    return;
                }
                gap = _followed.Contains(update.StoryId) && update.PreviousVersion > held;
                if (!gap)
                {
                    _versions[update.StoryId] = update.Version;
                }
            }
            if (!gap)
            {
                StoryUpdated?.Invoke(update);
                return;
            }
        }
        // A version went missing on the way: ask for everything after the one we hold.
        _ = CatchUpQuietly(update.StoryId);
    }

    private async Task CatchUpQuietly(string storyId)
    {
        try
        {
            await Subscribe(storyId, VersionOf(storyId));
        }
        catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException or OperationCanceledException)
        {
            // The connection went away meanwhile; Reconnected (or the next Start) catches up again.
        }
    }

    private void Apply(CatchUp catchUp)
    {
        if (catchUp.StoryId == LiveDefaults.AllStories)
        {
            StoriesListed?.Invoke(catchUp.Stories);
            return;
        }
        if (catchUp.Snapshot is { } snapshot)
        {
            lock (_delivery)
            {
                lock (_lock)
                {
                    if (snapshot.Version <= _versions.GetValueOrDefault(snapshot.Id))
                    {
                        return;
                    }
                    _versions[snapshot.Id] = snapshot.Version;
                }
                StorySnapshot?.Invoke(snapshot);
            }
        }
        foreach (var delta in catchUp.Deltas)
        {
            OnUpdate(delta);
        }
    }

    private async Task CatchUpAll(CancellationToken cancellationToken = default)
    {
        string[] followed;
        lock (_lock)
        {
            followed = [.. _followed];
        }
        foreach (var storyId in followed)
        {
            await Subscribe(storyId, VersionOf(storyId), cancellationToken);
        }
    }
}
