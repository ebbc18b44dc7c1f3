using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Consensus;

/// <summary>Where an article's counts say they rose: "the death toll rose to 58" (a toll's wording runs from the toll word).</summary>
internal static class RisingWording
{
    /// <summary>The sentences (their start offsets) in which one of the article's counts says it rose; empty when none does.</summary>
    public static int[] Sentences(IReadOnlyList<LedgerQuantity> counts) => Where(counts, FactLexicon.RisingWordsBySpan, null);

    /// <summary>
    /// The sentences in which one of the article's counts names the toll or the event it counts ("eight people had
    /// died in the unrest, and some 340 had been injured"): the other counts of such a sentence are the event's too.
    /// </summary>
    public static int[] TollSentences(IReadOnlyList<LedgerQuantity> counts) => Where(counts, FactLexicon.TollWordsBySpan, FactLexicon.EventNounsBySpan);

    private static int[] Where(IReadOnlyList<LedgerQuantity> counts, WordSet words, WordSet? orWords)
    {
        List<int>? offsets = null;
        foreach (var claim in counts)
        {
            var says = words.ContainsAnyWordOf(claim.Text, claim.Text.Length) || (orWords?.ContainsAnyWordOf(claim.Text, claim.Text.Length) ?? false);
            if (says && (offsets is null || !offsets.Contains(claim.Offset)))
            {
                (offsets ??= []).Add(claim.Offset);
            }
        }
        return offsets is null ? [] : [.. offsets];
    }
}
