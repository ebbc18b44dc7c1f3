using System.Threading.Channels;
using Clustering.Abstractions.Live;
using Clustering.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Clustering.Cli.Watch;

/// <summary>
/// Feeds a <see cref="WatchBoard"/> from the hub: the "*" feed, or one story (snapshot over HTTP,
/// then its deltas). The client reconnects by itself and catches up; when it gives up, this starts
/// it again every few seconds. <see cref="Changed"/> signals each change (coalesced) to the view.
/// </summary>
internal sealed class WatchSession : IAsyncDisposable
{
    public static readonly TimeSpan RetryAfterClose = TimeSpan.FromSeconds(3);
    private const int ListPageSize = 500;
    private readonly StoryHubClient _hub;
    private readonly ClusteringHttpClient _http;
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenSource? _closed;
    private Task _listing = Task.CompletedTask;

    public WatchSession(WatchBoard board, Uri server, ClusteringHttpClient http, string? apiKey)
    {
        Board = board;
        _http = http;
        _hub = new StoryHubClient(server, apiKey, feedBatches: true);
        _hub.StoriesListed += stories =>
        {
            Signal(() => board.ReplaceList(stories));
            _listing = ListEveryStory(_stopping.Token);
        };
        _hub.StoryCreated += summary => Signal(() => board.Created(summary));
        _hub.StoryUpdated += update => Signal(() => board.Updated(update));
        _hub.StorySnapshot += view => Signal(() => board.Snapshot(view));
        _hub.StoryMerged += merged => Signal(() => board.Merged(merged));
        _hub.Connection.Reconnecting += _ => SetState("reconnecting…");
        _hub.Connection.Reconnected += _ => SetState("live");
        _hub.Connection.Closed += _ =>
        {
            SetState("offline, retrying");
            _closed?.Cancel();
            return Task.CompletedTask;
        };
    }

    public WatchBoard Board { get; }

    public ChannelReader<bool> Changed => _changed.Reader;

    /// <summary>Connects and follows; throws when the server is not there (the verb's one-line error).</summary>
    public async Task Connect(CancellationToken cancellationToken)
    {
        if (Board.StoryId is { } storyId)
        {
            var view = await _http.GetStory(storyId, cancellationToken)
                ?? throw new ClusteringApiException(System.Net.HttpStatusCode.NotFound, $"no story '{storyId}'");
            Signal(() => Board.Snapshot(view));
            await _hub.Start(cancellationToken);
            await _hub.Subscribe(storyId, view.Version, cancellationToken);
        }
        else
        {
            await _hub.Start(cancellationToken);
            await _hub.Subscribe(LiveDefaults.AllStories, 0, cancellationToken);
        }
        _closed = new CancellationTokenSource();
        await SetState("live");
    }

    /// <summary>Restarts the connection whenever automatic reconnection gave up, until cancelled.</summary>
    public async Task KeepConnected(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var closed = _closed ?? new CancellationTokenSource();
            _closed = closed;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(closed.Token, cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, either.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Closed: try again below.
            }
            while (!cancellationToken.IsCancellationRequested && _hub.State == HubConnectionState.Disconnected)
            {
                await Task.Delay(RetryAfterClose, cancellationToken);
                try
                {
                    _closed = new CancellationTokenSource();
                    await _hub.Start(cancellationToken);
                    await SetState("live");
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
                {
                    await SetState("offline, retrying");
                }
            }
        }
    }

    /// <summary>The stories in the paged list (done after the last page), for tests.</summary>
    public Task Listing => _listing;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _listing;
        }
        catch (OperationCanceledException)
        {
        }
        await _hub.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// The hub's "*" catch-up names the latest stories only; the rest of the list comes page by page
    /// over HTTP (following the Link headers), on every (re)subscription.
    /// </summary>
    private async Task ListEveryStory(CancellationToken cancellationToken)
    {
        var page = new List<Abstractions.Stories.StorySummary>(ListPageSize);
        try
        {
            await foreach (var story in _http.ListAllStories(ListPageSize, cancellationToken: cancellationToken))
            {
                page.Add(story);
                if (page.Count == ListPageSize)
                {
                    Signal(() => Board.Listed(page.ToArray()));
                    page.Clear();
                }
            }
            Signal(() => Board.Listed(page));
        }
        catch (Exception ex) when (ex is HttpRequestException or ClusteringApiException or System.Text.Json.JsonException)
        {
            // The live feed still runs; the next (re)subscription lists again.
            await SetState("live (story list incomplete: " + ex.Message + ")");
        }
    }

    private Task SetState(string state)
    {
        Signal(() => Board.Connection = state);
        return Task.CompletedTask;
    }

    private void Signal(Action change)
    {
        change();
        _changed.Writer.TryWrite(true);
    }
}
