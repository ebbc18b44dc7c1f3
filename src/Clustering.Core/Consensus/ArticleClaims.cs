using Clustering.Core.Facts;

namespace Clustering.Core.Consensus;

/// <summary>
/// Reduces the numbers one article states for a slot to the one it stands for: a worked-out sum
/// beats its parts ("11,000, then 3,000 more" is 14,000), the headline beats the body (it is what
/// the outlet chose to lead with), and otherwise the value stated most often, the larger on a tie
/// (a story that tells how a toll rose ends on the higher figure).
/// </summary>
internal static class ArticleClaims
{
    /// <summary>The article's value for each slot it mentions, in slot order.</summary>
    public static List<LedgerQuantity> Of(IReadOnlyList<LedgerQuantity> quantities)
    {
        var claims = new List<LedgerQuantity>();
        foreach (var slot in quantities.Select(q => q.Slot).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (Choose(quantities, slot) is { } claim)
            {
                claims.Add(claim);
            }
        }
        // "One dead and four seriously wounded": when the worst of the wounded are the only wounded the
        // article counts (no injured, no shot), they are all of them.
        if (!claims.Exists(c => c.Slot is FactLexicon.Injured or FactLexicon.Shot)
            && claims.Find(c => c.Slot == FactLexicon.CriticallyInjured) is { } critical)
        {
            claims.Add(critical with { Slot = FactLexicon.Injured });
            claims.Sort((a, b) => string.CompareOrdinal(a.Slot, b.Slot));
        }
        return claims;
    }

    /// <summary>
    /// Victims are listed one group after another ("two were hurt ... two more people were hurt" tells
    /// the same two twice), so a worked-out sum of victims is no figure the article gives.
    /// </summary>
    private static bool IsVictimCount(string slot) => slot is FactLexicon.Killed or FactLexicon.Injured or FactLexicon.Shot;

    public static LedgerQuantity? Choose(IReadOnlyList<LedgerQuantity> quantities, string slot)
    {
        LedgerQuantity? total = null, headline = null, best = null;
        var bestVotes = 0;
        foreach (var quantity in quantities)
        {
            if (quantity.Slot != slot || quantity.Role == QuantityRole.Addition || (quantity.Role == QuantityRole.Total && IsVictimCount(slot)))
            {
                continue;
            }
            if (quantity.Role == QuantityRole.Total)
            {
                total = quantity;
            }
            if (quantity.Offset < 0)
            {
                headline ??= quantity;
            }
            var votes = quantities.Count(q => q.Slot == slot && q.Value == quantity.Value && q.Role != QuantityRole.Addition
                && !(q.Role == QuantityRole.Total && IsVictimCount(slot)));
            if (votes > bestVotes || (votes == bestVotes && quantity.Value > best!.Value))
            {
                best = quantity;
                bestVotes = votes;
            }
        }
        // "Two were killed and another wounded": an addition to no wounded the article counts is their count.
        // Not for the dead: "two more people were killed" far from any count tells of other deaths (a year's toll).
        return total ?? headline ?? best
            ?? (slot is FactLexicon.Injured or FactLexicon.Shot ? quantities.FirstOrDefault(q => q.Slot == slot && q.Role == QuantityRole.Addition) : null);
    }
}
