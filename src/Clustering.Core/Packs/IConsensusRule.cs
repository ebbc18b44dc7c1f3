using Clustering.Core.Consensus;

namespace Clustering.Core.Packs;

/// <summary>
/// A rule over a story's slot once its consensus is computed from the articles' claims: it may keep
/// it, drop it, or fill a slot no article names from the others (<paramref name="computed"/> null).
/// </summary>
public interface IConsensusRule
{
    FactSlot? Review(string slot, FactSlot? computed, IReadOnlyDictionary<string, FactSlot> facts);
}
