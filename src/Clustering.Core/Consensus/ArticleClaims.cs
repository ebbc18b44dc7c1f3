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
        return claims;
    }

    public static LedgerQuantity? Choose(IReadOnlyList<LedgerQuantity> quantities, string slot)
    {
        LedgerQuantity? total = null, headline = null, best = null;
        var bestVotes = 0;
        foreach (var quantity in quantities)
        {
            if (quantity.Slot != slot || quantity.Role == QuantityRole.Addition)
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
            var votes = quantities.Count(q => q.Slot == slot && q.Value == quantity.Value);
            if (votes > bestVotes || (votes == bestVotes && quantity.Value > best!.Value))
            {
                best = quantity;
                bestVotes = votes;
            }
        }
        return total ?? headline ?? best;
    }
}
