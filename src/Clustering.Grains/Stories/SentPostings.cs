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

    public int Count => _terms.Length;

    public IReadOnlyList<string> Terms => _terms;

    public bool TryGet(string term, out float weight, out DateTimeOffset updated)
    {
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
        var incomingTerms = new string[sent.Count];
        var incomingWeights = new float[sent.Count];
        for (var k = 0; k < sent.Count; k++)
        {
            (incomingTerms[k], incomingWeights[k]) = sent[k];
        }
        Array.Sort(incomingTerms, incomingWeights, StringComparer.Ordinal);

        // Merged as two sorted runs; a term sent again replaces what was sent before.
        var ticks = updated.UtcTicks;
        var count = _terms.Length + incomingTerms.Length - Core.Features.SortedTerms.CountCommon(_terms, incomingTerms);
        var (terms, weights, stamps) = (new string[count], new float[count], new long[count]);
        var same = true;
        for (int i = 0, j = 0, n = 0; n < count; n++)
        {
            var order = i == _terms.Length ? 1 : j == incomingTerms.Length ? -1 : string.CompareOrdinal(_terms[i], incomingTerms[j]);
            if (order < 0)
            {
                (terms[n], weights[n], stamps[n]) = (_terms[i], _weights[i], _updatedTicks?[i] ?? _sameTicks);
                same &= stamps[n] == ticks;
                i++;
                continue;
            }
            i += order == 0 ? 1 : 0;
            (terms[n], weights[n], stamps[n]) = (incomingTerms[j], incomingWeights[j], ticks);
            j++;
        }
        (_terms, _weights, _updatedTicks, _sameTicks) = (terms, weights, same ? null : stamps, same ? ticks : 0);
    }

    public void Clear() => (_terms, _weights, _updatedTicks, _sameTicks) = ([], [], null, 0);
}
