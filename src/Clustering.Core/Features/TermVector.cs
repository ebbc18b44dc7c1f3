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
        var terms = new string[weights.Count];
        var values = new float[weights.Count];
        var n = 0;
        foreach (var (term, weight) in weights)
        {
            terms[n] = term;
            values[n++] = weight;
        }
        return FromWeights(terms, values, keep);
    }

    /// <summary>
    /// The same from parallel arrays of distinct terms and their weights, which it may overwrite:
    /// heaviest first (ties by term), the first <paramref name="keep"/> kept, then sorted by term.
    /// </summary>
    public static TermVector FromWeights(string[] terms, float[] weights, int keep)
    {
        var count = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (weights[i] > 0)
            {
                terms[count] = terms[i];
                weights[count++] = weights[i];
            }
        }
        var kept = Math.Min(keep, count);
        if (kept <= 0)
        {
            return Empty;
        }
        string[] keptTerms;
        float[] keptWeights;
        if (kept == count)
        {
            keptTerms = terms[..count];
            keptWeights = weights[..count];
        }
        else
        {
            (keptTerms, keptWeights) = Heaviest(terms, weights, count, kept);
        }
        SortByTerm(keptTerms, keptWeights);
        return Normalised(keptTerms, keptWeights);
    }

    /// <summary>
    /// What <see cref="FromWeights(string[], float[], int)"/> gives for distinct terms already sorted
    /// ordinally (a vector's, a centroid's), found without sorting them again; the arrays are left as they are.
    /// </summary>
    public static TermVector FromSortedWeights(string[] sortedTerms, float[] weights, int keep)
    {
        ArgumentNullException.ThrowIfNull(sortedTerms);
        ArgumentNullException.ThrowIfNull(weights);
        var count = 0;
        foreach (var weight in weights)
        {
            count += weight > 0 ? 1 : 0;
        }
        if (Math.Min(keep, count) <= 0)
        {
            return Empty;
        }
        var (terms, values) = (new string[count], new float[count]);
        for (int i = 0, n = 0; n < count; i++)
        {
            if (weights[i] > 0)
            {
                (terms[n], values[n++]) = (sortedTerms[i], weights[i]);
            }
        }
        return keep >= count ? Normalised(terms, values) : Normalised(HeaviestInOrder(terms, values, keep));
    }

    private static TermVector Normalised((string[] Terms, float[] Weights) sorted) => Normalised(sorted.Terms, sorted.Weights);

    /// <summary>
    /// The <paramref name="keep"/> heaviest of distinct terms sorted ordinally, still in that order, ties at
    /// the cut going to the first by term: the terms a sort by weight then term would keep, without that
    /// sort. New arrays; the given ones are left as they are.
    /// </summary>
    internal static (string[] Terms, float[] Weights) HeaviestInOrder(string[] sortedTerms, float[] weights, int keep)
    {
        if (keep >= sortedTerms.Length)
        {
            return ([.. sortedTerms], [.. weights]);
        }
        var cut = NthSmallest([.. weights], sortedTerms.Length - keep);
        var ties = keep;
        foreach (var weight in weights)
        {
            ties -= weight > cut ? 1 : 0;
        }
        var (terms, kept) = (new string[keep], new float[keep]);
        for (int i = 0, n = 0; n < keep; i++)
        {
            if (weights[i] > cut || (weights[i] == cut && ties-- > 0))
            {
                (terms[n], kept[n++]) = (sortedTerms[i], weights[i]);
            }
        }
        return (terms, kept);
    }

    /// <summary>
    /// The vector of distinct terms already sorted ordinally, which it keeps (not a copy), and their
    /// weights, which it divides in place by their length.
    /// </summary>
    public static TermVector Normalised(string[] sortedTerms, float[] weights)
    {
        // Summed in double, as Enumerable.Sum sums floats, so that vectors stay bit for bit what they were.
        var sum = 0d;
        foreach (var weight in weights)
        {
            sum += weight * weight;
        }
        var norm = MathF.Sqrt((float)sum);
        if (norm == 0)
        {
            return Empty;
        }
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }
        return new TermVector(sortedTerms, weights);
    }

    /// <summary>Whether the two hold the same terms with the same weights, bit for bit (so either one measures as the other).</summary>
    public bool SameAs(TermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(this, other)
            || (Terms.AsSpan().SequenceEqual(other.Terms, StringComparer.Ordinal)
                && System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.AsSpan()).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(other.Weights.AsSpan())));
    }

    /// <summary>Whether the vector holds this term (its terms are sorted ordinally).</summary>
    public bool Contains(string term) => Array.BinarySearch(Terms, term, StringComparer.Ordinal) >= 0;

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

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first, equal weights by term: what an index is asked about.</summary>
    /// <remarks>Sorted positions rather than a LINQ ordering: every article asks it, and every story each time it changes.</remarks>
    public (string Term, float Weight)[] Strongest(int count)
    {
        var order = new int[Terms.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => Weights[b].CompareTo(Weights[a]) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(Terms[a], Terms[b]));
        var strongest = new (string Term, float Weight)[Math.Clamp(count, 0, order.Length)];
        for (var i = 0; i < strongest.Length; i++)
        {
            strongest[i] = (Terms[order[i]], Weights[order[i]]);
        }
        return strongest;
    }

    /// <summary>
    /// Array.Sort(terms, weights, StringComparer.Ordinal) for distinct terms, comparing the first four
    /// characters packed in one number first: most pairs differ there, and the full comparison is
    /// left to those that do not. Same order, since packed prefixes order as the strings do.
    /// </summary>
    private static void SortByTerm(string[] terms, float[] weights)
    {
        var order = new (ulong Prefix, int Index)[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            ulong prefix = 0;
            for (var k = 0; k < 4; k++)
            {
                prefix = (prefix << 16) | (k < term.Length ? term[k] : 0u);
            }
            order[i] = (prefix, i);
        }
        order.AsSpan().Sort(new ByPrefixThenTerm(terms));
        var sortedTerms = new string[terms.Length];
        var sortedWeights = new float[terms.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sortedTerms[i] = terms[order[i].Index];
            sortedWeights[i] = weights[order[i].Index];
        }
        sortedTerms.CopyTo(terms, 0);
        sortedWeights.CopyTo(weights, 0);
    }

    /// <summary>
    /// What Array.Sort(values) would put at <paramref name="rank"/>, found by selection (Hoare's
    /// FIND) in linear time instead of a full sort; <paramref name="values"/> is reordered. No NaN.
    /// </summary>
    private static float NthSmallest(float[] values, int rank)
    {
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            var pivot = values[(low + high) >> 1];
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }
                while (values[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (rank <= j)
            {
                high = j;
            }
            else if (rank >= i)
            {
                low = i;
            }
            else
            {
                return values[rank];
            }
        }
        return values[rank];
    }

    private readonly struct ByPrefixThenTerm(string[] terms) : IComparer<(ulong Prefix, int Index)>
    {
        public int Compare((ulong Prefix, int Index) a, (ulong Prefix, int Index) b) =>
            a.Prefix != b.Prefix ? a.Prefix.CompareTo(b.Prefix) : string.CompareOrdinal(terms[a.Index], terms[b.Index]);
    }

    /// <summary>
    /// The <paramref name="kept"/> heaviest of the first <paramref name="count"/> terms, ties at the cut
    /// going to the first by term: the same terms a sort by weight then term would keep, found by
    /// sorting the weights alone (plain floats) and only the terms tied at the cut by name.
    /// </summary>
    private static (string[] Terms, float[] Weights) Heaviest(string[] terms, float[] weights, int count, int kept)
    {
        var cut = NthSmallest(weights[..count], count - kept);
        var keptTerms = new string[kept];
        var keptWeights = new float[kept];
        var n = 0;
        var tied = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (weights[i] > cut)
            {
                keptTerms[n] = terms[i];
                keptWeights[n++] = weights[i];
            }
            else if (weights[i] == cut)
            {
                tied.Add(terms[i]);
            }
        }
        tied.Sort(StringComparer.Ordinal);
        for (var i = 0; n < kept; i++)
        {
            keptTerms[n] = tied[i];
            keptWeights[n++] = cut;
        }
        return (keptTerms, keptWeights);
    }
}
