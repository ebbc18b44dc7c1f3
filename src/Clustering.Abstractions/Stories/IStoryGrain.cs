using Clustering.Abstractions.Live;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Orleans.Concurrency;

namespace Clustering.Abstractions.Stories;

/// <summary>One developing story: it absorbs articles, keeps its state and tells watchers what changed.</summary>
[Alias("Clustering.IStoryGrain")]
public interface IStoryGrain : IGrainWithStringKey
{
    /// <summary>Takes in one article: its features place it, its reading feeds the fact ledger.</summary>
    [Alias("Absorb")]
    Task<AbsorbResult> Absorb(Article article, ArticleFeatures features, ArticleReadout reading);

    /// <summary>
    /// Takes a new version of an article the story holds (a wire write-thru): its reading replaces the
    /// old one's in the facts, quotes and timeline, and it still counts once.
    /// </summary>
    [Alias("Revise")]
    Task<AbsorbResult> Revise(Article article, ArticleFeatures features, ArticleReadout reading);

    /// <summary>
    /// What the ranker needs to judge whether an article belongs here: the measures in the order of
    /// MatchMeasures.Layout (MatchMeasures.FromVector reads them back by name); empty when
    /// the story does not exist. Read-only, so many candidates are measured at once.
    /// </summary>
    // Always interleaved: it only reads, and two stories checking each other for a merge while both
    // are busy absorbing must not wait on each other.
    [AlwaysInterleave, Alias("Match")]
    [return: Immutable]
    Task<float[]> Match(ArticleFeatures features);

    /// <summary>
    /// Takes in a whole story that proved to be this one. False when this story is itself merging
    /// away (the caller then keeps its articles), so two stories never merge into each other.
    /// </summary>
    [AlwaysInterleave, Alias("AbsorbStory")]
    Task<bool> AbsorbStory(StoryTransfer transfer);

    /// <summary>The id the story lives on under: its own, or the end of its merge chain.</summary>
    [AlwaysInterleave, Alias("CurrentId")]
    Task<string> CurrentId();

    [ReadOnly, Alias("GetView")]
    Task<StoryView?> GetView();

    [ReadOnly, Alias("GetChangesSince")]
    Task<CatchUp> GetChangesSince(long sinceVersion);

    /// <summary>Subscribes a silo's relay; must be renewed within <see cref="LiveDefaults.ObserverExpiry"/>.</summary>
    [Alias("Watch")]
    Task Watch(IStoryObserver observer);

    [Alias("Unwatch")]
    Task Unwatch(IStoryObserver observer);
}

/// <summary>What a merged-away story hands to the story it merges into.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryTransfer")]
public sealed record StoryTransfer
{
    [Id(0)] public required string FromStoryId { get; init; }
    [Id(1)] public IReadOnlyList<StoryArticle> Articles { get; init; } = [];
    [Id(2)] public IReadOnlyDictionary<string, float> CentroidSum { get; init; } = new Dictionary<string, float>();
    [Id(3)] public IReadOnlyList<TermVector> Members { get; init; } = [];
    [Id(4)] public DateTimeOffset FirstEventTime { get; init; }
    [Id(5)] public DateTimeOffset LastEventTime { get; init; }
    [Id(6)] public Core.Consensus.LedgerState? Ledger { get; init; }
    // Ids 7-12 held the particulars one list at a time; they travel in Particulars now. Not to be reused.
    [Id(13)] public IReadOnlyList<Core.Headlines.HeadlineCandidate> Headlines { get; init; } = [];

    /// <summary>What the story kept of its articles' particulars: a copy, the merging story's own stays its own.</summary>
    [Id(14)] public Core.Particulars.StoryParticulars? Particulars { get; init; }
}

[GenerateSerializer, Immutable, Alias("Clustering.AbsorbResult")]
public sealed record AbsorbResult
{
    [Id(0)] public required string StoryId { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public bool Created { get; init; }
    [Id(3)] public bool AlreadyHad { get; init; }
}
