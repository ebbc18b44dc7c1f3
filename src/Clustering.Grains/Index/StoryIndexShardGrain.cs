using Clustering.Abstractions.Index;

namespace Clustering.Grains.Index;

/// <summary>
/// One shard of the term → stories index. Each term keeps only its most recently updated stories,
/// so a common word never makes a query walk thousands of postings: the cost per article stays
/// flat however many stories exist. State is written behind, on a timer and at deactivation,
/// because the index can be rebuilt from the stories and is hot.
/// </summary>
public sealed class StoryIndexShardGrain(
    [PersistentState("shard", GrainStorage.Index)] IPersistentState<StoryIndexShardState> state) : Grain, IStoryIndexShardGrain
{
    public const int MaxPostingsPerTerm = 32;
    /// <summary>How many candidates a shard answers: the final few come from the top of each shard.</summary>
    public const int MaxCandidates = 10;
    private readonly WrittenBehind<StoryIndexShardState> _writes = new(state);

    /// <summary>The same postings laid out for queries (see <see cref="ShardPostings"/>); rebuilt on activation, changed with the state.</summary>
    private readonly ShardPostings _reading = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var (term, postings) in state.State.Postings)
        {
            foreach (var (storyId, posting) in postings)
            {
                _reading.Set(term, storyId, posting.Weight, posting.Updated);
            }
        }
        _writes.Start(this);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _writes.Flush(cancellationToken);
    }

    public Task<IReadOnlyList<StoryCandidate>> Query(string[] terms, float[] weights, DateTimeOffset activeSince)
    {
        var (best, read) = _reading.Query(terms, weights, activeSince, MaxCandidates);
        Telemetry.ClusteringDiagnostics.IndexPostingsRead.Add(read);
        return Task.FromResult<IReadOnlyList<StoryCandidate>>(best);
    }

    public Task Index(string storyId, string[] terms, float[] weights, DateTimeOffset updated)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (!state.State.Postings.TryGetValue(terms[i], out var postings))
            {
                postings = new Dictionary<string, Posting>(StringComparer.Ordinal);
                state.State.Postings[terms[i]] = postings;
            }
            postings[storyId] = new Posting { Weight = weights[i], Updated = updated };
            _reading.Set(terms[i], storyId, weights[i], updated);
            if (postings.Count > MaxPostingsPerTerm)
            {
                _reading.Remove(terms[i], EvictStalest(postings));
            }
        }
        _writes.Changed();
        return Task.CompletedTask;
    }

    public Task Unindex(string storyId, string[] terms)
    {
        foreach (var term in terms)
        {
            if (state.State.Postings.TryGetValue(term, out var postings) && postings.Remove(storyId) && postings.Count == 0)
            {
                state.State.Postings.Remove(term);
            }
            _reading.Remove(term, storyId);
        }
        _writes.Changed();
        return Task.CompletedTask;
    }

    /// <summary>Takes out the posting updated longest ago (ties by id) and names its story.</summary>
    private static string EvictStalest(Dictionary<string, Posting> postings)
    {
        var stalest = postings.MinBy(pair => (pair.Value.Updated, pair.Key));
        postings.Remove(stalest.Key);
        return stalest.Key;
    }
}
