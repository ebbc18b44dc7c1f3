using Clustering.Core.Facts;

namespace Clustering.Core.Consensus;

/// <summary>Where an article's counts say they rose: "the death toll rose to 58" (a toll's wording runs from the toll word).</summary>
internal static class RisingWording
{
    /// <summary>The sentences (their start offsets) in which one of the article's counts says it rose; empty when none does.</summary>
    public static int[] Sentences(IReadOnlyList<LedgerQuantity> counts) => Where(counts, text => FactLexicon.RisingWordsBySpan.ContainsAnyWordOf(text, text.Length));

    /// <summary>
    /// The sentences in which one of the article's counts names the toll or the event it counts ("eight people had
    /// died in the unrest, and some 340 had been injured"): the other counts of such a sentence are the event's too.
    /// </summary>
    public static int[] TollSentences(IReadOnlyList<LedgerQuantity> counts) => Where(counts, NamesTheToll);

    /// <summary>Whether a count's wording names the toll ("the final toll at 38"), its event ("died in the unrest") or the dead as such ("81 deaths").</summary>
    public static bool NamesTheToll(string text) =>
        FactLexicon.TollWordsBySpan.ContainsAnyWordOf(text, text.Length) || FactLexicon.EventNounsBySpan.ContainsAnyWordOf(text, text.Length)
        || FactLexicon.DeadNounsBySpan.ContainsAnyWordOf(text, text.Length);

    private static int[] Where(IReadOnlyList<LedgerQuantity> counts, Func<string, bool> says)
    {
        List<int>? offsets = null;
        foreach (var claim in counts)
        {
            if (says(claim.Text) && (offsets is null || !offsets.Contains(claim.Offset)))
            {
                (offsets ??= []).Add(claim.Offset);
            }
        }
        return offsets is null ? [] : [.. offsets];
    }
}
