using Orleans.Concurrency;
using Clustering.Abstractions.Stories;

namespace Clustering.Abstractions.Live;

/// <summary>
/// Implemented once per silo (its relay to the local SignalR hub). Grains notify only the silos
/// whose clients watch them; each silo then sends to its own SignalR group.
/// </summary>
[Alias("Clustering.IStoryObserver")]
public interface IStoryObserver : IGrainObserver
{
    [OneWay, Alias("StoryCreated")]
    Task StoryCreated(StorySummary summary, StoryUpdate update);

    [OneWay, Alias("StoryUpdated")]
    Task StoryUpdated(StoryUpdate update);

    [OneWay, Alias("StoryMerged")]
    Task StoryMerged(StoryMerged merged);
}

public static class LiveDefaults
{
    /// <summary>The "*" story id: every story's summary feed.</summary>
    public const string AllStories = "*";

    /// <summary>
    /// How long the "*" feed gathers changes before sending them as one `storyFeed` batch to the
    /// clients that asked for batches. Short enough to feel live on a board, long enough that a
    /// busy feed (hundreds of changes a second) costs each client a few messages a second.
    /// </summary>
    public static readonly TimeSpan FeedBatchWindow = TimeSpan.FromMilliseconds(50);

    /// <summary>A silo's subscription lapses after this unless renewed; a dead silo stops costing fan-out.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromSeconds(45);

    /// <summary>
    /// How often a silo renews its watches, well inside <see cref="ObserverExpiry"/>. A grain that
    /// comes back on another silo does not wait for it: it keeps its watchers in its stored state and
    /// subscribes them as it activates (Grains/Live/DurableWatchers).
    /// </summary>
    public static readonly TimeSpan ObserverRenewal = TimeSpan.FromSeconds(10);

    /// <summary>How many recent deltas a story keeps for catch-up before answering with a snapshot.</summary>
    public const int DeltaRingSize = 128;
}
