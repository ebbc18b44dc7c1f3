using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>A toll told place by place: "killed 20 people in the north, five in the east and one in the capital".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The count's parts in the places listed after it, added up: the first count names one place and each
    /// figure after it another, so the first is only the largest share. Null when no second place follows.
    /// </summary>
    private (double Sum, int LastToken)? PlaceBreakdown(int last, double first)
    {
        var k = last + 1;
        if (!PlacePhrase(ref k))
        {
            return null;
        }
        var (sum, parts, end) = (first, 0, k - 1);
        while (true)
        {
            var m = k;
            if (m < tokens.Count && tokens[m].IsPunctuation(text, ','))
            {
                m++;
            }
            if (Is(m, "and"))
            {
                m++;
            }
            if (m == k || PartValue(m) is not { } value)
            {
                break;
            }
            var n = m + 1;
            if (!PlacePhrase(ref n))
            {
                break;
            }
            (sum, parts, end, k) = (sum + value, parts + 1, n - 1, n);
        }
        return parts > 0 ? (sum, end) : null;
    }

    /// <summary>"five", "12": a part's figure.</summary>
    private double? PartValue(int k) =>
        k >= tokens.Count ? null
        : tokens[k].Kind == WordTokenKind.Number ? tokens[k].Value
        : tokens[k].Kind == WordTokenKind.Word ? NumberLexicon.WordValue(Word(k)) : null;

    /// <summary>"in Virginia", "in the Florida Panhandle": moves <paramref name="k"/> past the place.</summary>
    private bool PlacePhrase(ref int k)
    {
        if (!Is(k, "in"))
        {
            return false;
        }
        var n = Is(k + 1, "the") ? k + 2 : k + 1;
        var start = n;
        while (n < tokens.Count && tokens[n].IsCapitalized(text))
        {
            n++;
        }
        if (n == start)
        {
            return false;
        }
        k = n;
        return true;
    }
}
