using Clustering.Core.Consensus;
using Clustering.Core.Facts;

namespace Clustering.Core.Packs.General;

/// <summary>
/// Any news: tolls of the dead and the hurt, the missing, the evacuated, arrests, rescues, troops,
/// jobs cut. Its words are the reader's own lexicon (general.lexicon); it applies to every article.
/// </summary>
public sealed class GeneralPack : IDomainPack
{
    public const string PackName = "general";

    public static GeneralPack Instance { get; } = new();

    internal static Lexicon Lexicon { get; } = Lexicon.FromResource("Clustering.Core.Packs.General.general.lexicon");

    private GeneralPack()
    {
    }

    public string Name => PackName;

    public IReadOnlySet<string> Slots { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        FactLexicon.Killed, FactLexicon.Injured, FactLexicon.CriticallyInjured, FactLexicon.Casualties, FactLexicon.Troops,
        FactLexicon.Missing, FactLexicon.Arrested, FactLexicon.Displaced, FactLexicon.Rescued, FactLexicon.Jobs,
    };

    /// <summary>Every article is news.</summary>
    public bool Applies(string headline, string body) => true;

    public IReadOnlyList<IQuantityRule> QuantityRules { get; } =
    [
        new QuantityRule("earlier events", RuleStage.BeforeTotals, (a, q) => OtherEvents.Drop(a.Body, q)),
        new QuantityRule("listed victims", RuleStage.AfterTotals, (a, q) => ListedVictims.Add(a.Headline, a.Body, q)),
        new QuantityRule("implied casualties", RuleStage.Last, (a, q) => ImpliedCasualties.Add(a.Headline, a.Body, q, a.Context.Shooting)),
        new QuantityRule("no one hurt", RuleStage.Last, (a, q) => ZeroCounts.Add(a.Headline, a.Body, q)),
    ];

    /// <summary>When, where and who: the days an article speaks of, the towns it happened in, the years it writes, the people it names (last: it learns from the feed).</summary>
    public IReadOnlyList<Particulars.IParticularKind> Particulars { get; } = [Dates.EventDays.Kind, Features.Towns.Kind, Dates.YearsWritten.Kind, Features.StoryPersons.Kind];

    public IReadOnlyList<IConsensusRule> ConsensusRules { get; } =
    [
        new ConsensusRule("no vague counts", DropVague),
    ];

    /// <summary>"Dozens were hurt": a desk never reads a number into a vague count.</summary>
    private static FactSlot? DropVague(string slot, FactSlot? computed, IReadOnlyDictionary<string, FactSlot> facts) =>
        computed is not null && Qualifiers.IsVague(computed.Consensus.Qualifier) ? null : computed;
}
