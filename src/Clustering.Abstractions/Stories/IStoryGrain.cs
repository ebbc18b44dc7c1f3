using Clustering.Abstractions.Live;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Orleans.Concurrency;

namespace Clustering.Abstractions.Stories;

/// <summary>One developing story: it absorbs articles, keeps its state and tells watchers what changed.</summary>
[Alias("Clustering.IStoryGrain")]
public interface IStoryGrain : IGrainWithStringKey
{
    [Alias("Absorb")]
    Task<AbsorbResult> Absorb(Article article, ArticleFeatures features);

    /// <summary>How well an article fits this story, 0..1. Read-only, so many candidates can be scored at once.</summary>
    [ReadOnly, Alias("Score")]
    Task<float> Score(ArticleFeatures features);

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

[GenerateSerializer, Immutable, Alias("Clustering.AbsorbResult")]
public sealed record AbsorbResult
{
    [Id(0)] public required string StoryId { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public bool Created { get; init; }
    [Id(3)] public bool AlreadyHad { get; init; }
}
