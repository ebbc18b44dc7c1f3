using Clustering.Abstractions.Live;
using Orleans.Concurrency;

namespace Clustering.Abstractions.Stories;

/// <summary>
/// The list of stories, most recently updated first, and the source of the "*" summary feed.
/// Stories report every change here; silos whose clients follow "*" watch it.
/// </summary>
[Alias("Clustering.IStoryDirectoryGrain")]
public interface IStoryDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("StoryChanged")]
    Task StoryChanged(StorySummary summary, StoryUpdate update, bool created);

    /// <summary>A story merged into another: it leaves the list, and "*" followers are told.</summary>
    [Alias("StoryMergedAway")]
    Task StoryMergedAway(StoryMerged merged);

    [ReadOnly, Alias("List")]
    Task<IReadOnlyList<StorySummary>> List(int limit, DateTimeOffset? updatedSince);

    /// <summary>
    /// A page of the list in the same order; <paramref name="after"/> (a previous page's
    /// <see cref="StoryPage.Next"/>) continues a walk that visits every story once: a story that
    /// changes during the walk keeps the place it had when the walk began.
    /// </summary>
    [ReadOnly, Alias("ListPage")]
    Task<StoryPage> ListPage(int limit, DateTimeOffset? updatedSince, StoryCursor? after);

    [Alias("Watch")]
    Task Watch(IStoryObserver observer);

    [Alias("Unwatch")]
    Task Unwatch(IStoryObserver observer);
}
