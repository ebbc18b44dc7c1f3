using Clustering.Core.Facts;

namespace Clustering.Core.Consensus;

/// <summary>Where an article's counts say they rose: "the death toll rose to 58" (a toll's wording runs from the toll word).</summary>
internal static class RisingWording
{
    /// <summary>The sentences (their start offsets) in which one of the article's counts says it rose; empty when none does.</summary>
    public static int[] Sentences(IReadOnlyList<LedgerQuantity> counts)
    {
        List<int>? offsets = null;
        foreach (var claim in counts)
        {
            if (FactLexicon.RisingWordsBySpan.ContainsAnyWordOf(claim.Text, claim.Text.Length) && (offsets is null || !offsets.Contains(claim.Offset)))
            {
                (offsets ??= []).Add(claim.Offset);
            }
        }
        return offsets is null ? [] : [.. offsets];
    }
}
