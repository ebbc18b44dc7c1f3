using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Clustering.Grains.Stories;

/// <summary>
/// Knows the latest summary of every story, for the story list, and fans each change out to the
/// silos whose clients follow "*". Written behind on a timer: it can be rebuilt from the stories.
/// </summary>
public sealed class StoryDirectoryGrain : Grain, IStoryDirectoryGrain
{
    private readonly IPersistentState<StoryDirectoryState> _state;
    private readonly ObserverManager<IStoryObserver> _observers;
    private readonly WrittenBehind<StoryDirectoryState> _writes;

    public StoryDirectoryGrain(
        [PersistentState("directory", GrainStorage.Stories)] IPersistentState<StoryDirectoryState> state,
        DeactivationWrites deactivationWrites,
        ILogger<StoryDirectoryGrain> logger)
    {
        _state = state;
        _observers = new ObserverManager<IStoryObserver>(LiveDefaults.ObserverExpiry, logger);
        _writes = new WrittenBehind<StoryDirectoryState>(state, deactivationWrites);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writes.Start(this);
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
        _state.State.Stories.Remove(merged.From);
        _writes.Changed();
        await _observers.Notify(observer => observer.StoryMerged(merged));
    }

    public Task<IReadOnlyList<StorySummary>> List(int limit, DateTimeOffset? updatedSince)
    {
        IEnumerable<StorySummary> stories = _state.State.Stories.Values;
        if (updatedSince is { } since)
        {
            stories = stories.Where(story => story.Updated > since);
        }
        IReadOnlyList<StorySummary> page = stories
            .OrderByDescending(story => story.Updated)
            .ThenBy(story => story.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
        return Task.FromResult(page);
    }

    public Task Watch(IStoryObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unwatch(IStoryObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
