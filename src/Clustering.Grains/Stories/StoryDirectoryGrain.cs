using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Grains.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Clustering.Grains.Stories;

/// <summary>
/// Knows the latest summary of every story, for the story list, and fans each change out to the
/// silos whose clients follow "*". Written behind on a timer; with durable storage the stories
/// changed since the last write are journaled (StoryDirectoryGrain.Journal.cs), so a crash loses none.
/// </summary>
public sealed partial class StoryDirectoryGrain : Grain, IStoryDirectoryGrain
{
    private readonly IPersistentState<StoryDirectoryState> _state;
    private readonly IPersistentState<StoryDirectoryWatchers> _watchers;
    private readonly ObserverManager<IStoryObserver> _observers;
    private readonly WrittenBehind<StoryDirectoryState> _writes;
    private readonly StoryListing _listing = new();
    private readonly ILogger<StoryDirectoryGrain> _logger;

    public StoryDirectoryGrain(
        [PersistentState("directory", GrainStorage.Stories)] IPersistentState<StoryDirectoryState> state,
        [PersistentState("directory-watchers", GrainStorage.Stories)] IPersistentState<StoryDirectoryWatchers> watchers,
        DeactivationWrites deactivationWrites,
        IOptions<GrainPersistenceOptions> persistence,
        ILogger<StoryDirectoryGrain> logger)
    {
        _logger = logger;
        _journaled = !persistence.Value.WriteBehind;
        _state = state;
        _watchers = watchers;
        _observers = new ObserverManager<IStoryObserver>(LiveDefaults.ObserverExpiry, logger);
        _writes = new WrittenBehind<StoryDirectoryState>(state, deactivationWrites, this);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writes.Start(this);
        _observers.Restore(_watchers.State.Watchers);
        LogActivated(_logger, _state.State.Stories.Count);
        if (_journaled)
        {
            // Not awaited: the stories asked may be waiting on this directory themselves.
            _ = RecoverFromJournal();
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _writes.Deactivating(reason, cancellationToken);

    public async Task StoryChanged(StorySummary summary, StoryUpdate update, bool created)
    {
        if (_state.State.Stories.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }
        _listing.Moving(_state.State.Stories, summary.Id);
        _state.State.Stories[summary.Id] = summary;
        _writes.Changed();
        if (created)
        {
            await _observers.Notify(observer => observer.StoryCreated(summary, update));
        }
        else
        {
            await _observers.Notify(observer => observer.StoryUpdated(update));
        }
    }

    public async Task StoryMergedAway(StoryMerged merged)
    {
        _listing.Moving(_state.State.Stories, merged.From);
        _state.State.Stories.Remove(merged.From);
        _writes.Changed();
        await _observers.Notify(observer => observer.StoryMerged(merged));
    }

    public Task<IReadOnlyList<StorySummary>> List(int limit, DateTimeOffset? updatedSince) =>
        Task.FromResult(_listing.Page(_state.State.Stories, limit, updatedSince, after: null).Stories);

    public Task<StoryPage> ListPage(int limit, DateTimeOffset? updatedSince, StoryCursor? after) =>
        Task.FromResult(_listing.Page(_state.State.Stories, limit, updatedSince, after));

    public Task Watch(IStoryObserver observer) =>
        _observers.Watch(_watchers.State.Watchers, observer) ? WriteWatchers() : Task.CompletedTask;

    public Task Unwatch(IStoryObserver observer) =>
        _observers.Unwatch(_watchers.State.Watchers, observer) ? WriteWatchers() : Task.CompletedTask;

    private Task WriteWatchers()
    {
        _watchers.State.Watchers = _observers.Current();
        return _watchers.WriteStateAsync();
    }
}
