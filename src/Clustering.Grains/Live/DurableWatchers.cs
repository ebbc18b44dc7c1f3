using Clustering.Abstractions.Live;
using Orleans.Utilities;

namespace Clustering.Grains.Live;

/// <summary>
/// The silos watching a grain, kept in its stored state as well as in its activation, so that an
/// activation on another silo (after a crash, a restart or rebalancing) notifies them from its
/// first change instead of after their next renewal. A restored watch lapses like any other when
/// its silo stops renewing it (a dead silo's does), and leaves the stored list with the next write.
/// </summary>
internal static class DurableWatchers
{
    /// <summary>Subscribes the stored watchers of a fresh activation.</summary>
    public static void Restore(this ObserverManager<IStoryObserver> observers, IEnumerable<IStoryObserver> stored)
    {
        foreach (var observer in stored)
        {
            observers.Subscribe(observer, observer);
        }
    }

    /// <summary>Subscribes (or renews) a watcher; true when it is new to the stored list, which then must be written.</summary>
    public static bool Watch(this ObserverManager<IStoryObserver> observers, List<IStoryObserver> stored, IStoryObserver observer)
    {
        observers.Subscribe(observer, observer);
        if (stored.Contains(observer))
        {
            return false;
        }
        stored.Add(observer);
        return true;
    }

    /// <summary>Unsubscribes a watcher; true when it left the stored list, which then must be written.</summary>
    public static bool Unwatch(this ObserverManager<IStoryObserver> observers, List<IStoryObserver> stored, IStoryObserver observer)
    {
        observers.Unsubscribe(observer);
        return stored.Remove(observer);
    }

    /// <summary>
    /// The watchers still renewed, for the next write of the stored list. Made afresh: the manager keeps its
    /// own entries with their last renewal (not stored) and drops the lapsed and failing ones, which must leave storage too.
    /// </summary>
    public static List<IStoryObserver> Current(this ObserverManager<IStoryObserver> observers)
    {
        observers.ClearExpired();
        return [.. observers.Observers.Values];
    }
}
