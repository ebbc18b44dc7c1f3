using MessagePack;

namespace Clustering.Abstractions.Stories;

/// <summary>
/// A compact delta: what one change did to a story. <see cref="PreviousVersion"/> lets a client
/// see a gap (it holds version 5 and receives 7 with previous 6) and ask for what it missed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryUpdate"), MessagePackObject]
public sealed record StoryUpdate
{
    [Id(0), Key(0)] public required string StoryId { get; init; }
    [Id(1), Key(1)] public long Version { get; init; }
    [Id(2), Key(2)] public long PreviousVersion { get; init; }
    [Id(3), Key(3)] public required StoryChanges Changes { get; init; }
}

/// <summary>The fields a change touched; absent (null or empty) means unchanged.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryChanges"), MessagePackObject]
public sealed record StoryChanges
{
    [Id(0), Key(0)] public string? Title { get; init; }
    [Id(1), Key(1)] public int ArticleCount { get; init; }
    [Id(2), Key(2)] public int IndependentSourceCount { get; init; }
    [Id(3), Key(3)] public int ConflictCount { get; init; }
    [Id(4), Key(4)] public DateTimeOffset Updated { get; init; }
    [Id(5), Key(5)] public IReadOnlyList<StoryArticle> ArticlesAdded { get; init; } = [];
    [Id(6), Key(6)] public IReadOnlyList<FactView> Facts { get; init; } = [];

    /// <summary>Set when the change is a whole story merged into this one.</summary>
    [Id(7), Key(7)] public string? MergedFrom { get; init; }

    /// <summary>Articles the story already held whose new version (a wire write-thru) replaced the old: same id, new title or standing.</summary>
    [Id(8), Key(8)] public IReadOnlyList<StoryArticle> ArticlesRevised { get; init; } = [];

    /// <summary>Slots no article states any more (the only one that did was revised).</summary>
    [Id(9), Key(9)] public IReadOnlyList<string> FactsRemoved { get; init; } = [];

    /// <summary>Who had the story first, as of this change (see <see cref="FirstReport"/>).</summary>
    [Id(10), Key(10)] public FirstReport? FirstReported { get; init; }
}

/// <summary>
/// What `Subscribe(storyId, sinceVersion)` answers: the deltas after <c>sinceVersion</c> in order,
/// or, when the story no longer keeps them, a snapshot to start again from.
/// </summary>
[GenerateSerializer, Immutable, Alias("Clustering.CatchUp")]
public sealed record CatchUp
{
    [Id(0)] public required string StoryId { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public IReadOnlyList<StoryUpdate> Deltas { get; init; } = [];
    [Id(3)] public StoryView? Snapshot { get; init; }
    [Id(4)] public IReadOnlyList<StorySummary> Stories { get; init; } = [];
}

/// <summary>`storyMerged`: story <see cref="From"/> now lives on as <see cref="Into"/>.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryMerged"), MessagePackObject]
public sealed record StoryMerged
{
    [Id(0), Key(0)] public required string From { get; init; }
    [Id(1), Key(1)] public required string Into { get; init; }
}
