using Clustering.Abstractions.Index;

namespace Clustering.Grains.Tests;

/// <summary>One story's write to a shard, as the tests make them: a call of its own to <see cref="IStoryIndexShardGrain.Apply"/>.</summary>
internal static class IndexShardWrites
{
    public static Task Index(this IStoryIndexShardGrain shard, string storyId, string[] terms, float[] weights, DateTimeOffset updated) =>
        shard.Apply([new IndexWrite { StoryId = storyId, Terms = terms, Weights = weights, Updated = updated }]);

    public static Task Unindex(this IStoryIndexShardGrain shard, string storyId, string[] terms) =>
        shard.Apply([new IndexWrite { StoryId = storyId, Terms = terms }]);
}
