using Clustering.Core.Facts;

namespace Clustering.Core.Packs;

/// <summary>A quantity rule made of a function, for packs whose rules are static readers.</summary>
public sealed class QuantityRule(string name, RuleStage stage, Action<ArticleText, List<Quantity>> apply) : IQuantityRule
{
    public string Name { get; } = name;

    public RuleStage Stage { get; } = stage;

    public void Apply(ArticleText article, List<Quantity> quantities) => apply(article, quantities);

    public override string ToString() => Name;
}

/// <summary>A consensus rule made of a function.</summary>
public sealed class ConsensusRule(string name, Func<string, Consensus.FactSlot?, IReadOnlyDictionary<string, Consensus.FactSlot>, Consensus.FactSlot?> review) : IConsensusRule
{
    public string Name { get; } = name;

    public Consensus.FactSlot? Review(string slot, Consensus.FactSlot? computed, IReadOnlyDictionary<string, Consensus.FactSlot> facts) => review(slot, computed, facts);

    public override string ToString() => Name;
}
