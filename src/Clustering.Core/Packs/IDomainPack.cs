namespace Clustering.Core.Packs;

/// <summary>
/// A kind of news the reader knows: the slots it names, its words (an embedded lexicon file), when
/// an article is its kind, and its rules. Packs are registered in <see cref="DomainPacks"/>.
/// </summary>
public interface IDomainPack
{
    /// <summary>The name configuration switches the pack off by (<c>Clustering:DisabledPacks</c>).</summary>
    string Name { get; }

    /// <summary>The slots the pack tracks whoever gives them: a count of any other noun is a fact only when two outlets lead with it (Consensus/UntrackedCounts).</summary>
    IReadOnlySet<string> Slots { get; }

    /// <summary>Whether the article is of the pack's kind; its rules fire only then.</summary>
    bool Applies(string headline, string body);

    /// <summary>Rules over one article's quantities, in the order they run.</summary>
    IReadOnlyList<IQuantityRule> QuantityRules { get; }

    /// <summary>Rules over a story's slots once their consensus is computed.</summary>
    IReadOnlyList<IConsensusRule> ConsensusRules { get; }

    /// <summary>
    /// What tells two of the pack's events apart (days, places, people…): read from every article and
    /// kept by every story (Core/Particulars), each kind setting its own measures of the match model.
    /// Listed in <see cref="Particulars.ParticularKinds.All"/> in pack order. A pack switched off still
    /// reads them: the model weighs their measures by name, whichever packs read the facts.
    /// </summary>
    IReadOnlyList<Particulars.IParticularKind> Particulars { get; }
}
