namespace Clustering.Core.Features;

/// <summary>
/// The running sum of a story's article vectors, kept to a bounded number of terms so that a
/// story of a thousand articles costs no more to compare against than one of ten.
/// </summary>
public sealed class Centroid
{
    public const int MaxTerms = 160;

    private readonly Dictionary<string, float> _sum;

    public Centroid() => _sum = new(StringComparer.Ordinal);

    private Centroid(Dictionary<string, float> sum) => _sum = sum;

    /// <summary>
    /// A centroid that keeps its sum in <paramref name="sum"/> itself, not a copy: a host that
    /// persists the sum holds one dictionary per story rather than two.
    /// </summary>
    public static Centroid Over(Dictionary<string, float> sum) => new(sum ?? throw new ArgumentNullException(nameof(sum)));

    public IReadOnlyDictionary<string, float> Sum => _sum;

    public void Add(TermVector vector)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            _sum[vector.Terms[i]] = _sum.GetValueOrDefault(vector.Terms[i]) + vector.Weights[i];
        }
        if (_sum.Count > MaxTerms * 2)
        {
            Prune();
        }
    }

    public TermVector ToVector() => TermVector.FromWeights(_sum, MaxTerms);

    private void Prune()
    {
        var keep = _sum.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(MaxTerms).ToArray();
        _sum.Clear();
        foreach (var (term, weight) in keep)
        {
            _sum[term] = weight;
        }
        // Pruned to half its size: the room it had grown to would stay allocated for the story's life.
        _sum.TrimExcess();
    }
}
