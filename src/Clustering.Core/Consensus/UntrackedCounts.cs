using Clustering.Core.Packs;

namespace Clustering.Core.Consensus;

/// <summary>
/// A count of a noun no pack names ("two coast guard vessels", "won three games", "two counts of fraud")
/// is a fact a desk tracks only when outlets lead with it: the story's figure given in the headline or
/// the opening paragraphs by witnesses from at least two different outlets. One outlet's figure, however
/// often it is copied, or a figure told in passing further down, is no fact of the story. The slots a
/// pack names are tracked whoever gives them.
/// </summary>
internal static class UntrackedCounts
{
    /// <summary>Outlets that must lead with the same figure.</summary>
    public const int OutletsNeeded = 2;

    public static bool Keep(string slot, FactSlot computed, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(claims);
        if (DomainPacks.Tracks(slot))
        {
            return true;
        }
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            if (!claim.IsCopy && claim.Value == computed.Consensus.Value && claim.Quantity.Offset < SlotConsensus.NearTop)
            {
                // An article whose outlet is unknown stands for itself.
                outlets.Add(claim.Outlet ?? claim.ArticleId);
            }
        }
        return outlets.Count >= OutletsNeeded;
    }
}
