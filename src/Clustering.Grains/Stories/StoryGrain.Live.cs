using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Grains.Live;

namespace Clustering.Grains.Stories;

public sealed partial class StoryGrain
{
    /// <summary>
    /// The most recent deltas, oldest first, for clients catching up. Kept in the activation, not
    /// in storage: writing them with every absorb cost as much as the rest of the story, and a
    /// client whose deltas went with a deactivation still gets what it needs, as a snapshot. The
    /// story's first delta is not kept but made again while it is the story's last (<see cref="FirstDelta"/>):
    /// most live stories have one article, and the ring held ~0.5 KB of each of them; a client that knew
    /// nothing of a story changed since gets the snapshot, as one behind the kept deltas does.
    /// </summary>
    private List<StoryUpdate> _recentDeltas = NoDeltas;

    /// <summary>The ring of a story that has kept none: made its own by the first delta kept (most live stories keep none).</summary>
    private static readonly List<StoryUpdate> NoDeltas = [];

    /// <summary>A new watcher is stored at once (see DurableWatchers); a renewal costs no write.</summary>
    public Task Watch(IStoryObserver observer) =>
        Observers.Watch(_state.State.Watchers, observer) && _state.State.Exists ? Persist() : Task.CompletedTask;

    public Task Unwatch(IStoryObserver observer) =>
        Observers.Unwatch(_state.State.Watchers, observer) && _state.State.Exists ? Persist() : Task.CompletedTask;

    public Task<CatchUp> GetChangesSince(long sinceVersion)
    {
        var state = _state.State;
        if (sinceVersion >= state.Version)
        {
            return Task.FromResult(new CatchUp { StoryId = StoryId, Version = state.Version });
        }

        if (sinceVersion == 0 && state.Version == 1)
        {
            return Task.FromResult(new CatchUp { StoryId = StoryId, Version = state.Version, Deltas = [FirstDelta()] });
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

    /// <summary>The story's first delta made again, as Absorb made it: valid while nothing has changed since (version 1).</summary>
    private StoryUpdate FirstDelta() =>
        Delta(0, previousTitle: string.Empty, new StoryChanges { ArticlesAdded = [.. _state.State.Articles.Select(WithStanding)], Facts = FactViews() });

    private void RememberDelta(StoryUpdate update)
    {
        if (update.PreviousVersion == 0)
        {
            return;
        }
        if (ReferenceEquals(_recentDeltas, NoDeltas))
        {
            _recentDeltas = [];
        }
        var deltas = _recentDeltas;
        deltas.Add(update);
        if (deltas.Count > LiveDefaults.DeltaRingSize)
        {
            deltas.RemoveRange(0, deltas.Count - LiveDefaults.DeltaRingSize);
        }
    }

    /// <summary>
    /// Whether this activation has told the directory (and the watchers) of the story's current
    /// version. Not so in a fresh activation, nor after a change whose telling failed: the state was
    /// written, the silo that held the directory died, the resend finds the article already here.
    /// </summary>
    private bool _told;

    /// <summary>
    /// A resend found the article already absorbed: if this activation has not told the current
    /// version (see <see cref="_told"/>), it tells it now, or the story could stay out of the list
    /// and off the boards until its next change. Telling twice is harmless: the directory and the
    /// clients drop a version they hold.
    /// </summary>
    private Task TellIfUntold()
    {
        var state = _state.State;
        if (_told || !state.Exists || state.MergedInto is not null)
        {
            return Task.CompletedTask;
        }
        var update = _recentDeltas.Count > 0 && _recentDeltas[^1].Version == state.Version
            ? _recentDeltas[^1]
            : state.Version == 1 ? FirstDelta() : Delta(state.Version - 1, previousTitle: string.Empty, new StoryChanges());
        return Publish(update, created: state.Version == 1);
    }

    private async Task Publish(StoryUpdate update, bool created)
    {
        _told = false;
        // Every update is a Delta, which has the first report already: the summary takes it from there.
        var summary = Summary(update.Changes.FirstReported);
        if (created)
        {
            await NotifyWatchers(observer => observer.StoryCreated(summary, update));
        }
        else
        {
            await NotifyWatchers(observer => observer.StoryUpdated(update));
        }
        await GrainFactory.StoryDirectory().StoryChanged(summary, update, created);
        await RecordInListJournal();
        _told = true;
    }

    /// <summary>
    /// With durable storage, the story list's journal learns of the change before it is acknowledged
    /// (after the directory has it: see StoryDirectoryGrain), so the list outlives a crash of the
    /// directory's silo. Volatile storage dies with the silo anyway: no journal.
    /// </summary>
    private Task RecordInListJournal() =>
        _writesBehind is null ? GrainFactory.StoryListJournal().Record(StoryId) : Task.CompletedTask;
}
