using Clustering.Abstractions.Stories;
using MessagePack;

namespace Clustering.Abstractions.Live;

/// <summary>
/// `storyFeed`: the "*" feed's changes of one short window, in the order they happened. A client
/// that follows the feed in batches gets one message per window instead of one per change, which is
/// what lets hundreds of boards follow a busy news day (each message costs a frame, a parse and a
/// dispatch per client, whatever it carries).
/// </summary>
[MessagePackObject]
public sealed record StoryFeedBatch
{
    [Key(0)] public required IReadOnlyList<StoryFeedItem> Items { get; init; }
}

/// <summary>One change of the feed: exactly one of the three is set.</summary>
[MessagePackObject]
public sealed record StoryFeedItem
{
    [Key(0)] public StorySummary? Created { get; init; }
    [Key(1)] public StoryUpdate? Updated { get; init; }
    [Key(2)] public StoryMerged? Merged { get; init; }
}
