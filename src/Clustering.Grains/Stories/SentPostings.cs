namespace Clustering.Grains.Stories;

/// <summary>
/// What a story last told the index, per term: the weight and the activity time it sent. Three flat
/// arrays sorted by term rather than a dictionary: every live story holds one for its life, and a
/// silo holds a hundred thousand stories; a story re-sends a few terms an article.
/// </summary>
internal sealed class SentPostings
{
    private string[] _terms = [];
    private float[] _weights = [];
    private long[] _updatedTicks = [];

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
        (weight, updated) = (_weights[at], new DateTimeOffset(_updatedTicks[at], TimeSpan.Zero));
        return true;
    }

    /// <summary>Takes in the postings just sent (distinct terms), all stamped <paramref name="updated"/>.</summary>
    public void Record(IReadOnlyList<(string Term, float Weight)> sent, DateTimeOffset updated)
    {
        var incoming = sent.OrderBy(posting => posting.Term, StringComparer.Ordinal).ToArray();
        var ticks = updated.UtcTicks;
        var terms = new List<string>(_terms.Length + incoming.Length);
        var weights = new List<float>(terms.Capacity);
        var stamps = new List<long>(terms.Capacity);
        int i = 0, j = 0;
        while (i < _terms.Length || j < incoming.Length)
        {
            var order = i == _terms.Length ? 1 : j == incoming.Length ? -1 : string.CompareOrdinal(_terms[i], incoming[j].Term);
            if (order < 0)
            {
                terms.Add(_terms[i]);
                weights.Add(_weights[i]);
                stamps.Add(_updatedTicks[i++]);
                continue;
            }
            // A term sent again replaces what was sent before.
            i += order == 0 ? 1 : 0;
            terms.Add(incoming[j].Term);
            weights.Add(incoming[j++].Weight);
            stamps.Add(ticks);
        }
        (_terms, _weights, _updatedTicks) = ([.. terms], [.. weights], [.. stamps]);
    }

    public void Clear() => (_terms, _weights, _updatedTicks) = ([], [], []);
}
