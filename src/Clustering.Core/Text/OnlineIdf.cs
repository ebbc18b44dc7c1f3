namespace Clustering.Core.Text;

/// <summary>
/// Inverse document frequency learnt from the stream itself: every article read adds its distinct
/// terms, so "shooting" in a feed of shootings soon weighs little while a street name keeps its
/// weight. Thread-safe; reads see a slightly stale count, which is fine for weighting.
/// </summary>
public sealed class OnlineIdf
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private long _documents;

    public long Documents => Interlocked.Read(ref _documents);

    public void Observe(IEnumerable<string> distinctTerms)
    {
        Interlocked.Increment(ref _documents);
        foreach (var term in distinctTerms)
        {
            _documentFrequency.AddOrUpdate(term, 1, static (_, count) => count + 1);
        }
    }

    /// <summary>Smoothed IDF, ln((N + 1) / (df + 1)) + 1: never zero, so an unseen term is simply rare.</summary>
    public float Weight(string term)
    {
        var documents = Documents;
        var frequency = _documentFrequency.GetValueOrDefault(term);
        return MathF.Log((documents + 1f) / (frequency + 1f)) + 1f;
    }
}
