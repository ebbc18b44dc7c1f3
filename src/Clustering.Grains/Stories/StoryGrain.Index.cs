using Clustering.Abstractions.Index;

namespace Clustering.Grains.Stories;

public sealed partial class StoryGrain
{
    /// <summary>A posting is re-sent when its weight moved by more than this share of itself.</summary>
    private const float ReindexWeightChange = 0.15f;

    /// <summary>Or when the story's activity moved on by more than this (postings age and are evicted by it).</summary>
    private static readonly TimeSpan ReindexActivityChange = TimeSpan.FromHours(6);

    /// <summary>What this activation last told the index, per term; empty after activation, so the first change re-sends all.</summary>
    private readonly SentPostings _indexed = new();

    /// <summary>
    /// Makes the story findable by its strongest terms: the postings are gathered in the silo
    /// (Index/PendingIndexWrites) and reach each shard with this silo's next query of it, so the very
    /// next article can already find the story and replays are deterministic; a shard holding many
    /// gathered writes gets them from the story that adds the last one, and with other silos active
    /// every shard written gets them before the answer. Only postings that
    /// changed enough are written: a growing story's centroid shifts a little with every article.
    /// </summary>
    private Task IndexUnderStrongestTerms()
    {
        var strongest = _centroidVector.Strongest(_options.IndexedTerms);
        // Aging follows the time the story's articles speak from (a replay of last year ages as it
        // happened), or, for undated stories, when it last changed.
        var updated = _state.State.LastEventTime != default ? _state.State.LastEventTime : _state.State.Updated;
        var changed = Array.FindAll(strongest, term => !_indexed.TryGet(term.Term, out var sentWeight, out var sentUpdated)
            || Math.Abs(term.Weight - sentWeight) > ReindexWeightChange * sentWeight
            || updated - sentUpdated > ReindexActivityChange);
        if (changed.Length == 0)
        {
            return Task.CompletedTask;
        }

        var written = _pendingIndex.Write(GrainFactory, IndexSharding.ByShard(changed)
            .Select(shard => (shard.Shard, new IndexWrite { StoryId = StoryId, Terms = shard.Terms, Weights = shard.Weights, Updated = updated })));
        if (_indexed.IsEmpty)
        {
            _indexed.RecordAllOf(_centroidVector, _options.IndexedTerms, updated);
        }
        else
        {
            _indexed.Record(changed, updated);
        }
        return written;
    }

    /// <summary>
    /// A story merged away answers no Match, so each of its postings would only take the place of a
    /// live candidate (up to a third of an article's few candidates on the headline set). It leaves
    /// every term it told this activation; postings sent before a restart age out as usual.
    /// </summary>
    private Task UnindexAll()
    {
        if (_indexed.IsEmpty)
        {
            return Task.CompletedTask;
        }
        var written = _pendingIndex.Write(GrainFactory, _indexed.Terms.GroupBy(IndexSharding.ShardOf)
            .Select(shard => (shard.Key, new IndexWrite { StoryId = StoryId, Terms = [.. shard] })));
        _indexed.Clear();
        return written;
    }
}
