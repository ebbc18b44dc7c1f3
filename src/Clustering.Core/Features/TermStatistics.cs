namespace Clustering.Core.Features;

/// <summary>
/// Document frequencies learned online, for IDF: every article seen adds its distinct terms.
/// Thread-safe. A term never seen counts as seen once, so a brand-new name weighs the most.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _documents;

    public long Documents
    {
        get
        {
            lock (_lock)
            {
                return _documents;
            }
        }
    }

    /// <summary>Counts one document containing these terms (each counted once however often it occurs).</summary>
    public void Observe(IEnumerable<string> distinctTerms)
    {
        lock (_lock)
        {
            _documents++;
            foreach (var term in distinctTerms)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1.</summary>
    public float Idf(string term)
    {
        lock (_lock)
        {
            return IdfUnlocked(term);
        }
    }

    /// <summary>Looks up many terms under one lock, for the hot path.</summary>
    public void Idf(IReadOnlyList<string> terms, Span<float> into)
    {
        lock (_lock)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                into[i] = IdfUnlocked(terms[i]);
            }
        }
    }

    private float IdfUnlocked(string term)
    {
        var df = _documentFrequency.GetValueOrDefault(term);
        return MathF.Log((_documents + 1f) / (df + 1f)) + 1f;
    }
}
