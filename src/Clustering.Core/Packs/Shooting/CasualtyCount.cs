using Clustering.Core.Facts;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// One article's own killed and injured counts, from all the quantities it states: a sum beats
/// its parts, a headline beats the body, the value stated most often beats the others (the larger
/// on a tie, since follow-ups raise tolls). Incident databases count the wounded as those shot and
/// not killed, so "four shot, one dead" gives three injured when the article never says "injured".
/// </summary>
public static class CasualtyCount
{
    public static (double? Killed, double? Injured) Of(IReadOnlyList<Quantity> quantities)
    {
        var killed = Choose(quantities, FactLexicon.Killed);
        var injured = Choose(quantities, FactLexicon.Injured);
        if (injured is null && Choose(quantities, FactLexicon.Shot) is { } shot && shot - (killed ?? 0) >= 0)
        {
            injured = shot - (killed ?? 0);
        }
        return (killed, injured);
    }

    /// <summary>The article's single value for a slot, or null when it states none.</summary>
    public static double? Choose(IReadOnlyList<Quantity> quantities, string slot)
    {
        double? total = null, headline = null, best = null;
        var bestVotes = 0;
        for (var i = 0; i < quantities.Count; i++)
        {
            var quantity = quantities[i];
            if (quantity.Slot != slot || quantity.Kind != QuantityKind.Count)
            {
                continue;
            }
            if (quantity.Role == QuantityRole.Total)
            {
                total = quantity.Value;
            }
            if (quantity.Offset < 0)
            {
                headline ??= quantity.Value;
            }
            var votes = 0;
            for (var j = 0; j < quantities.Count; j++)
            {
                if (quantities[j].Slot == slot && quantities[j].Kind == QuantityKind.Count && quantities[j].Value == quantity.Value)
                {
                    votes++;
                }
            }
            if (votes > bestVotes || (votes == bestVotes && quantity.Value > best))
            {
                best = quantity.Value;
                bestVotes = votes;
            }
        }
        return total ?? headline ?? best;
    }
}
