namespace Clustering.Grains.Stories;

/// <summary>
/// What a story last told the index, per term: the weight and the activity time it sent. Three flat
/// arrays sorted by term rather than a dictionary: every live story holds one for its life, and a
/// silo holds a hundred thousand stories; a story re-sends a few terms an article. While every term
/// was sent at one time (a story of one article, the most common live story), that time is kept once.
/// </summary>
internal sealed class SentPostings
{
    private string[] _terms = [];
    private float[] _weights = [];
    /// <summary>Each term's time; null while they all have <see cref="_sameTicks"/>.</summary>
    private long[]? _updatedTicks;
    private long _sameTicks;

    /// <summary>
    /// While set, what was sent is this vector's <see cref="_sentStrongest"/> strongest terms, all at
    /// <see cref="_sameTicks"/>, and the arrays are empty: made from it when first asked (<see cref="Unfold"/>).
    /// </summary>
    private Core.Features.TermVector? _sentFrom;
    private int _sentStrongest;

    public bool IsEmpty => _sentFrom is null && _terms.Length == 0;

    public IReadOnlyList<string> Terms
    {
        get
        {
            Unfold();
            return _terms;
        }
    }

    public bool TryGet(string term, out float weight, out DateTimeOffset updated)
    {
        Unfold();
        var at = Array.BinarySearch(_terms, term, StringComparer.Ordinal);
        if (at < 0)
        {
            (weight, updated) = (0, default);
            return false;
        }
        (weight, updated) = (_weights[at], new DateTimeOffset(_updatedTicks?[at] ?? _sameTicks, TimeSpan.Zero));
        return true;
    }

    /// <summary>Takes in the postings just sent (distinct terms), all stamped <paramref name="updated"/>.</summary>
    public void Record(IReadOnlyList<(string Term, float Weight)> sent, DateTimeOffset updated)
    {
        Unfold();
        var incomingTerms = new string[sent.Count];
        var incomingWeights = new float[sent.Count];
        for (var k = 0; k < sent.Count; k++)
        {
            (incomingTerms[k], incomingWeights[k]) = sent[k];
        }
        Array.Sort(incomingTerms, incomingWeights, StringComparer.Ordinal);

        // Merged as two sorted runs; a term sent again replaces what was sent before.
        var count = _terms.Length + incomingTerms.Length - Core.Features.SortedTerms.CountCommon(_terms, incomingTerms);
        var merged = new Replaced(this, incomingTerms, incomingWeights, updated.UtcTicks, count);
        Core.Features.SortedTerms.Merge(_terms, incomingTerms, ref merged);
        (_terms, _weights) = (merged.Terms, merged.Weights);
        (_updatedTicks, _sameTicks) = merged.Same ? ((long[]?)null, merged.Ticks) : (merged.Stamps, 0L);
    }

    /// <summary>The merge of what was sent and what is sent now; <see cref="Same"/> while every place has the new time.</summary>
    private struct Replaced(SentPostings sent, string[] incomingTerms, float[] incomingWeights, long ticks, int count) : Core.Features.SortedTerms.IMergeStep
    {
        public readonly string[] Terms = new string[count];
        public readonly float[] Weights = new float[count];
        public readonly long[] Stamps = new long[count];
        public readonly long Ticks = ticks;
        public bool Same = true;

        public void First(int at, int i)
        {
            (Terms[at], Weights[at], Stamps[at]) = (sent._terms[i], sent._weights[i], sent._updatedTicks?[i] ?? sent._sameTicks);
            Same &= Stamps[at] == Ticks;
        }

        public readonly void Second(int at, int j) => (Terms[at], Weights[at], Stamps[at]) = (incomingTerms[j], incomingWeights[j], Ticks);

        public readonly void Both(int at, int i, int j) => Second(at, j);
    }

    /// <summary>
    /// Takes in a send of all of <paramref name="vector"/>'s <paramref name="strongest"/> strongest terms,
    /// kept as that vector (never changed: see TermVector) until they are asked for: a story of one article
    /// sends them once and is never asked again, and the arrays were ~0.4 KB of each such live story.
    /// </summary>
    public void RecordAllOf(Core.Features.TermVector vector, int strongest, DateTimeOffset updated)
    {
        Clear();
        (_sentFrom, _sentStrongest, _sameTicks) = (vector, strongest, updated.UtcTicks);
    }

    /// <summary>The arrays <see cref="Record"/> would have made of the send <see cref="RecordAllOf"/> kept.</summary>
    private void Unfold()
    {
        if (_sentFrom is not { } vector)
        {
            return;
        }
        var updated = new DateTimeOffset(_sameTicks, TimeSpan.Zero);
        _sentFrom = null;
        Record(vector.Strongest(_sentStrongest), updated);
    }

    public void Clear() => (_terms, _weights, _updatedTicks, _sameTicks, _sentFrom) = ([], [], null, 0, null);
}
