using Clustering.Core.Text;

namespace Clustering.Core.Facts;

internal sealed partial class SentenceReader
{
    /// <summary>Tokens from a count of those on board to the noun that names them ("carrying 157 people", "with 22 members").</summary>
    private const int MaxAboardNounGap = 3;

    /// <summary>
    /// "A jetliner carrying 157 people crashed after takeoff, killing everyone aboard": all those the sentence
    /// counted on board died. Read only when the sentence counts no dead of its own.
    /// </summary>
    private void ReadAllAboardKilled(int read)
    {
        for (var i = read; i < into.Count; i++)
        {
            if (into[i].Slot == FactLexicon.Killed)
            {
                return;
            }
        }
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if ((Is(k, "killing") || Is(k, "killed")) && (Is(k + 1, "everyone") || Is(k + 1, "everybody") || Is(k + 1, "all"))
                && (Is(k + 2, "aboard") || Is(k + 2, "onboard") || (Is(k + 2, "on") && Is(k + 3, "board")))
                && CarriedBefore(k) is { } carried)
            {
                var (low, high) = Qualifiers.Interval(carried.Qualifier, carried.Value);
                var last = Is(k + 2, "on") ? k + 3 : k + 2;
                into.Add(new Quantity(FactLexicon.Killed, carried.Value, low, high, carried.Qualifier,
                    text[tokens[carried.From].Start..tokens[last].End], AttributedAt(k), QuantityKind.Count, QuantityRole.Stated, sentenceStart));
                return;
            }
        }
    }

    /// <summary>The count of people a vehicle carried, written before <paramref name="before"/>: "carrying 157 people", "with 189 on board".</summary>
    private (double Value, string Qualifier, int From)? CarriedBefore(int before)
    {
        for (var j = 1; j < before; j++)
        {
            if (tokens[j].Kind != WordTokenKind.Number || IsNotACount(j))
            {
                continue;
            }
            var (qualifier, start) = QualifierBefore(j);
            if (!(Is(start - 1, "carrying") || Is(start - 1, "with")))
            {
                continue;
            }
            for (var n = j + 1; n < before && n - j <= MaxAboardNounGap; n++)
            {
                if (In(n, FactLexicon.PersonNounsBySpan) || Is(n, "aboard") || (Is(n, "on") && Is(n + 1, "board")))
                {
                    return (tokens[j].Value, qualifier, start - 1);
                }
            }
        }
        return null;
    }
}
