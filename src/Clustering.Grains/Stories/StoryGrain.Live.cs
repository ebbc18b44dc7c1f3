using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

public sealed partial class StoryGrain
{
    /// <summary>
    /// The most recent deltas, oldest first, for clients catching up. Kept in the activation, not
    /// in storage: writing them with every absorb cost as much as the rest of the story, and a
    /// client whose deltas went with a deactivation still gets what it needs, as a snapshot.
    /// </summary>
    private readonly List<StoryUpdate> _recentDeltas = [];

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

    public Task<CatchUp> GetChangesSince(long sinceVersion)
    {
        var state = _state.State;
        if (sinceVersion >= state.Version)
        {
            return Task.FromResult(new CatchUp { StoryId = StoryId, Version = state.Version });
        }

        var deltas = _recentDeltas;
        // The ring still holds everything after sinceVersion only if its oldest delta starts at or before it.
        if (sinceVersion >= 0 && deltas.Count > 0 && deltas[0].PreviousVersion <= sinceVersion)
        {
            var missed = deltas.Where(delta => delta.Version > sinceVersion).ToArray();
            return Task.FromResult(new CatchUp { StoryId = StoryId, Version = state.Version, Deltas = missed });
        }

        return Task.FromResult(new CatchUp { StoryId = StoryId, Version = state.Version, Snapshot = state.Exists ? Snapshot() : null });
    }

    /// <summary>
    /// The delta of a change just made: what it touched (<paramref name="touched"/>) with what every
    /// change reports as it stands now (title when it changed, counts, first report, time).
    /// </summary>
    private StoryUpdate Delta(long previousVersion, string previousTitle, StoryChanges touched)
    {
        var state = _state.State;
        return new StoryUpdate
        {
            StoryId = StoryId,
            Version = state.Version,
            PreviousVersion = previousVersion,
            Changes = touched with
            {
                Title = state.Title != previousTitle ? state.Title : null,
                ArticleCount = state.Articles.Count,
                IndependentSourceCount = IndependentSourceCount,
                ConflictCount = ConflictCount,
                FirstReported = FirstReported(),
                Updated = state.Updated,
            },
        };
    }

    private void RememberDelta(StoryUpdate update)
    {
        var deltas = _recentDeltas;
        deltas.Add(update);
        if (deltas.Count > LiveDefaults.DeltaRingSize)
        {
            deltas.RemoveRange(0, deltas.Count - LiveDefaults.DeltaRingSize);
        }
    }

    private async Task Publish(StoryUpdate update, bool created)
    {
        var summary = Summary();
        if (created)
        {
            await _observers.Notify(observer => observer.StoryCreated(summary, update));
        }
        else
        {
            await _observers.Notify(observer => observer.StoryUpdated(update));
        }
        await GrainFactory.StoryDirectory().StoryChanged(summary, update, created);
    }
}
