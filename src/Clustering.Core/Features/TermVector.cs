namespace Clustering.Core.Features;

/// <summary>
/// A sparse, L2-normalised vector of weighted terms, sorted by term (ordinal) so that two
/// vectors meet in one merge pass. Immutable once built.
/// </summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    public TermVector(string[] terms, float[] weights)
    {
        if (terms.Length != weights.Length)
        {
            throw new ArgumentException("terms and weights differ in length", nameof(weights));
        }
        Terms = terms;
        Weights = weights;
    }

    public string[] Terms { get; }

    public float[] Weights { get; }

    public int Count => Terms.Length;

    /// <summary>Builds a vector from raw weights: keeps the <paramref name="keep"/> heaviest terms, sorts, normalises.</summary>
    public static TermVector FromWeights(IReadOnlyDictionary<string, float> weights, int keep)
    {
        var top = weights.Where(pair => pair.Value > 0)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(keep)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToArray();
        var norm = MathF.Sqrt(top.Sum(pair => pair.Value * pair.Value));
        if (norm == 0)
        {
            return Empty;
        }
        return new TermVector(top.Select(pair => pair.Key).ToArray(), top.Select(pair => pair.Value / norm).ToArray());
    }

    /// <summary>Cosine similarity; both vectors are already unit length.</summary>
    public float Dot(TermVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            var order = string.CompareOrdinal(Terms[i], other.Terms[j]);
            if (order == 0)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }

    /// <summary>The heaviest terms first: what an index is asked about.</summary>
    public IEnumerable<(string Term, float Weight)> Strongest(int count) =>
        Terms.Zip(Weights).OrderByDescending(pair => pair.Second).ThenBy(pair => pair.First, StringComparer.Ordinal).Take(count);
}
