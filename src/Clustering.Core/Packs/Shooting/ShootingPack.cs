using Clustering.Core.Consensus;
using Clustering.Core.Facts;
using Clustering.Core.Packs.General;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// US gun-violence reports, as an incident archive counts them: those shot, the dead and the
/// wounded of one shooting. Its rules read victims told without a count, murder-suicides, "a double
/// shooting" and round-ups of a city's weekend; they fire only in a report whose headline or opening
/// tells of gunfire.
/// </summary>
public sealed class ShootingPack : IDomainPack
{
    public const string PackName = "shooting";

    /// <summary>Characters of the body, after the headline, in which a shooting report says it is one.</summary>
    private const int OpeningReach = 1500;

    public static ShootingPack Instance { get; } = new();

    internal static Lexicon Lexicon { get; } = Lexicon.FromResource("Clustering.Core.Packs.Shooting.shooting.lexicon");

    private static readonly WordSet ContextWords = new(Lexicon.Set("context"));

    /// <summary>Phrases that say so too ("opened fire"), as written.</summary>
    private static readonly string[] ContextPhrases = [.. Lexicon.Names("context-phrases")];

    /// <summary>Before "to death": a death by other means than gunfire ("stabbed to death"), or a fear of one ("bleeding to death").</summary>
    internal static readonly WordSet OtherMeansOfDeath = new(Lexicon.Set("other-means-of-death"));

    /// <summary>"shot", "gunned down": the reader's gunfire verbs, asked about in any report ("shot" is a slot of its own).</summary>
    internal static readonly WordSet ShotVerbs = new(Lexicon.Set("shot-verbs"));

    /// <summary>After a shot verb: "shot dead", "shot and killed".</summary>
    internal static readonly WordSet ShotDeadWords = new(Lexicon.Set("shot-dead-words"));

    /// <summary>A capitalised verb in a headline, besides the killing and wounding words: "Gunman Shoots 3".</summary>
    internal static readonly WordSet HeadlineVerbs = new(Lexicon.Set("headline-verbs"));

    /// <summary>A verb that may take an object, besides the killing and wounding words: "shot the clerk".</summary>
    internal static readonly WordSet ActiveVerbs = new(Lexicon.Set("active-verbs"));

    internal static readonly WordSet GrazeWords = new(Lexicon.Set("graze-words"));

    /// <summary>"gunshot wounds", "shooting victims".</summary>
    internal static readonly WordSet GunshotWords = new(Lexicon.Set("gunshot-words"));

    /// <summary>A headline's verb after a bare number: "5 shot on the west side".</summary>
    internal static readonly WordSet BareCountVerbs = new(Lexicon.Set("bare-count-verbs"));

    private ShootingPack()
    {
    }

    public string Name => PackName;

    public IReadOnlySet<string> Slots { get; } = new HashSet<string>(StringComparer.Ordinal) { FactLexicon.Shot };

    public IReadOnlyList<IQuantityRule> QuantityRules { get; } =
    [
        new QuantityRule("multiple shootings", RuleStage.AfterTotals, (a, q) => MultipleShootings.Add(a.Headline, a.Body, q)),
        new QuantityRule("shooter", RuleStage.AfterTotals, (a, q) => MurderSuicides.AddShooter(a.Headline, a.Body, q)),
        new QuantityRule("murder-suicides", RuleStage.AfterTotals, (a, q) => MurderSuicides.Add(a.Headline, a.Body, q)),
        new QuantityRule("round-ups", RuleStage.Last, (a, q) =>
        {
            if (RoundUps.Is(a.Headline, a.Body))
            {
                RoundUps.Mark(q);
            }
        }),
    ];

    /// <summary>The street address an incident report gives ("the 1300 block of Wrenfield Avenue"), as police write it.</summary>
    public IReadOnlyList<Particulars.IParticularKind> Particulars { get; } = [Features.StreetAddresses.Kind];

    public IReadOnlyList<IConsensusRule> ConsensusRules { get; } =
    [
        new ConsensusRule("a toll many times those shot", DropWiderTally),
        new ConsensusRule("wounded from those shot", DeriveInjured),
    ];

    public bool Applies(string headline, string body)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        return Says(headline, headline.Length) || Says(body, Math.Min(body.Length, OpeningReach));
    }

    /// <summary>Whether the first <paramref name="length"/> characters of the text use a word of the pack's context.</summary>
    private static bool Says(string text, int length)
    {
        if (ContextWords.ContainsAnyWordOf(text, length))
        {
            return true;
        }
        foreach (var phrase in ContextPhrases)
        {
            if (text.AsSpan(0, length).Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"45 people were killed" beside "seven were shot": the toll counts a wider tally (the city's year), not this shooting.</summary>
    private static FactSlot? DropWiderTally(string slot, FactSlot? computed, IReadOnlyDictionary<string, FactSlot> facts) =>
        slot == FactLexicon.Killed && computed is not null && facts.GetValueOrDefault(FactLexicon.Shot) is { } shot
        && DerivedFacts.CountsAWiderTally(computed.Consensus.Value, shot.Consensus.Value) ? null : computed;

    /// <summary>"Four people were shot, one fatally": the wounded are those shot and not killed.</summary>
    private static FactSlot? DeriveInjured(string slot, FactSlot? computed, IReadOnlyDictionary<string, FactSlot> facts) =>
        computed is null && slot == FactLexicon.Injured && facts.GetValueOrDefault(FactLexicon.Shot) is { } shot
            ? DerivedFacts.InjuredFromShot(shot, facts.GetValueOrDefault(FactLexicon.Killed))
            : computed;
}
