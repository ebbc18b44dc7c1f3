using Clustering.Abstractions.Index;

namespace Clustering.Grains.Stories;

public sealed partial class StoryGrain
{
    /// <summary>
    /// Makes the story findable by its strongest terms. Awaited before Absorb returns, so the very
    /// next article can already find the story: replays are deterministic.
    /// </summary>
    private async Task IndexUnderStrongestTerms()
    {
        var strongest = _centroidVector.Strongest(_options.IndexedTerms).ToArray();
        // Aging follows the time the story's articles speak from (a replay of last year ages as it
        // happened), or, for undated stories, when it last changed.
        var updated = _state.State.LastEventTime != default ? _state.State.LastEventTime : _state.State.Updated;
        var writes = strongest
            .GroupBy(term => IndexSharding.ShardOf(term.Term))
            .Select(shard => GrainFactory.GetGrain<IStoryIndexShardGrain>(shard.Key).Index(
                StoryId,
                shard.Select(term => term.Term).ToArray(),
                shard.Select(term => term.Weight).ToArray(),
                updated));
        await Task.WhenAll(writes);
        _state.State.IndexedTerms = strongest.Select(term => term.Term).ToArray();
    }
}
