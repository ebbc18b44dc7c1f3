namespace Clustering.Core.Features;

/// <summary>
/// The running sum of a story's article vectors, kept to a bounded number of terms so that a
/// story of a thousand articles costs no more to compare against than one of ten.
/// </summary>
/// <remarks>
/// Two parallel arrays sorted by term (ordinal), never changed in place but replaced on every
/// change, rather than a dictionary: a silo holds a hundred thousand stories, a dictionary's entries
/// and buckets cost twice the arrays, and the vector of a sum of at most <see cref="MaxTerms"/>
/// terms can share the term array instead of copying it.
/// </remarks>
public sealed class Centroid
{
    public const int MaxTerms = 160;

    private string[] _terms;
    private float[] _weights;

    public Centroid() : this([], [])
    {
    }

    private Centroid(string[] terms, float[] weights) => (_terms, _weights) = (terms, weights);

    /// <summary>The sum as stored: distinct terms sorted ordinally and their weights (as <see cref="Terms"/> and <see cref="Weights"/> give them).</summary>
    public static Centroid FromSorted(string[] terms, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(weights);
        if (terms.Length != weights.Length)
        {
            throw new ArgumentException("terms and weights differ in length", nameof(weights));
        }
        for (var i = 1; i < terms.Length; i++)
        {
            if (string.CompareOrdinal(terms[i - 1], terms[i]) >= 0)
            {
                throw new ArgumentException("terms are not distinct and sorted ordinally", nameof(terms));
            }
        }
        return new Centroid(terms, weights);
    }

    /// <summary>A sum kept as a dictionary (state written before the sorted arrays).</summary>
    public static Centroid FromSum(IReadOnlyDictionary<string, float> sum)
    {
        var centroid = new Centroid();
        centroid.AddSum(sum);
        return centroid;
    }

    /// <summary>The summed terms, sorted ordinally. Replaced, never changed, by <see cref="Add"/>: do not write to it.</summary>
    public string[] Terms => _terms;

    /// <summary>The weight of each of <see cref="Terms"/>. Replaced, never changed: do not write to it.</summary>
    public float[] Weights => _weights;

    public int Count => _terms.Length;

    public IReadOnlyDictionary<string, float> Sum
    {
        get
        {
            var sum = new Dictionary<string, float>(_terms.Length, StringComparer.Ordinal);
            for (var i = 0; i < _terms.Length; i++)
            {
                sum[_terms[i]] = _weights[i];
            }
            return sum;
        }
    }

    public void Add(TermVector vector)
    {
        MergeIn(vector.Terms, vector.Weights);
        if (_terms.Length > MaxTerms * 2)
        {
            Prune();
        }
    }

    /// <summary>Adds another story's sum as it is, unpruned (a merge).</summary>
    public void AddSum(IReadOnlyDictionary<string, float> sum)
    {
        ArgumentNullException.ThrowIfNull(sum);
        var terms = new string[sum.Count];
        var weights = new float[sum.Count];
        var n = 0;
        foreach (var (term, weight) in sum)
        {
            (terms[n], weights[n]) = (term, weight);
            n++;
        }
        Array.Sort(terms, weights, StringComparer.Ordinal);
        MergeIn(terms, weights);
    }

    /// <summary>The <see cref="MaxTerms"/> heaviest terms, normalised; shares <see cref="Terms"/> when all of them are kept.</summary>
    public TermVector ToVector()
    {
        if (_terms.Length <= MaxTerms && Array.TrueForAll(_weights, weight => weight > 0))
        {
            return TermVector.Normalised(_terms, [.. _weights]);
        }
        return TermVector.FromSortedWeights(_terms, _weights, MaxTerms);
    }

    /// <summary>Two sorted runs into one; a term in both gets the sum of its weights.</summary>
    private void MergeIn(string[] terms, float[] weights)
    {
        var sum = new Summed(_terms, _weights, terms, weights, _terms.Length + terms.Length - SortedTerms.CountCommon(_terms, terms));
        SortedTerms.Merge(_terms, terms, ref sum);
        (_terms, _weights) = (sum.Terms, sum.Weights);
    }

    private readonly struct Summed(string[] terms, float[] weights, string[] otherTerms, float[] otherWeights, int count) : SortedTerms.IMergeStep
    {
        public string[] Terms { get; } = new string[count];

        public float[] Weights { get; } = new float[count];

        public void First(int at, int i) => (Terms[at], Weights[at]) = (terms[i], weights[i]);

        public void Second(int at, int j) => (Terms[at], Weights[at]) = (otherTerms[j], otherWeights[j]);

        public void Both(int at, int i, int j) => (Terms[at], Weights[at]) = (terms[i], weights[i] + otherWeights[j]);
    }

    /// <summary>Back to the <see cref="MaxTerms"/> heaviest (equal weights by term), still sorted by term.</summary>
    private void Prune() => (_terms, _weights) = TermVector.HeaviestInOrder(_terms, _weights, MaxTerms);
}
