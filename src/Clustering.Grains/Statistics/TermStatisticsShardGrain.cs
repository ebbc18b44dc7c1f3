using Clustering.Abstractions.Statistics;

namespace Clustering.Grains.Statistics;

/// <summary>
/// Keeps the cluster's counts for one part of the vocabulary and, per silo, what the others counted
/// since that silo last asked: each exchange moves only what changed. Not persisted: after a restart
/// every silo counts as new and receives the (fresh) totals, so nothing is counted twice; a silo
/// keeps what it had already learned.
/// </summary>
public sealed class TermStatisticsShardGrain(TimeProvider time) : Grain, ITermStatisticsShardGrain
{
    /// <summary>A silo silent this long is taken for gone, and no longer collects the others' counts.</summary>
    private static readonly TimeSpan Forgotten = TimeSpan.FromMinutes(10);

    private readonly Counts _totals = new();
    private readonly Dictionary<string, (Counts Pending, DateTimeOffset LastSeen)> _silos = new(StringComparer.Ordinal);

    public Task<SharedTermCounts> Exchange(string silo, SharedTermCounts counted)
    {
        var now = time.GetUtcNow();
        // On its first exchange a silo gets everything counted so far, which holds none of its own counts.
        var answer = _silos.Remove(silo, out var known) ? known.Pending.ToShared() : _totals.ToShared();

        foreach (var gone in _silos.Where(pair => now - pair.Value.LastSeen > Forgotten).Select(pair => pair.Key).ToArray())
        {
            _silos.Remove(gone);
        }
        _totals.Add(counted);
        foreach (var (pending, _) in _silos.Values)
        {
            pending.Add(counted);
        }
        _silos[silo] = (new Counts(), now);
        return Task.FromResult(answer);
    }

    private sealed class Counts
    {
        private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);
        private long _documents;

        public void Add(SharedTermCounts counted)
        {
            _documents += counted.Documents;
            foreach (var (term, frequency) in counted.Frequencies)
            {
                _frequencies[term] = _frequencies.GetValueOrDefault(term) + frequency;
            }
        }

        public SharedTermCounts ToShared() => new() { Documents = _documents, Frequencies = new Dictionary<string, int>(_frequencies, StringComparer.Ordinal) };
    }
}
