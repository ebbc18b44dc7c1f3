using System.Collections.Frozen;
using Clustering.Core.Packs;
using Clustering.Core.Packs.General;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>
/// The words that decide what a number counts: nouns and participles that name a slot, nouns
/// that name people (whose slot comes from what happened to them), number words, and the words
/// that mark a number as a year, a time or an address rather than a count.
/// </summary>
internal static class FactLexicon
{
    public const string Killed = "killed";
    public const string Injured = "injured";
    public const string Casualties = "casualties";
    public const string Troops = "troops";
    public const string Missing = "missing";
    public const string Arrested = "arrested";
    public const string Displaced = "displaced";
    public const string Shot = "shot";

    /// <summary>The worst of the wounded ("two were critically injured"): a part of the injured, never their number.</summary>
    public const string CriticallyInjured = "critically injured";

    /// <summary>A count of jobs cut or created: "cut 1,200 jobs".</summary>
    public const string Jobs = "jobs";

    /// <summary>Those pulled out alive: "rescuers saved nine people".</summary>
    public const string Rescued = "rescued";

    /// <summary>The general pack's words (Packs/General/general.lexicon); every list below is one of its sections.</summary>
    private static readonly Lexicon Words = GeneralPack.Lexicon;

    /// <summary>The slots that count people hurt or killed.</summary>
    public static bool IsVictimSlot(string slot) => slot is Killed or Injured or Shot or CriticallyInjured or Casualties;

    public static readonly FrozenDictionary<string, string> SlotNouns = Words.Map("slot-nouns");

    /// <summary>Nouns that name their slot in general news but not in a shooting report: "23 bodies were recovered".</summary>
    public static readonly FrozenDictionary<string, string> SlotNounsOutsideShooting = Words.Map("slot-nouns-outside-shooting");

    /// <summary>Nouns for people (and soldiers): their slot is what the clause says happened to them.</summary>
    public static readonly FrozenSet<string> PersonNouns = Words.Set("person-nouns");

    /// <summary>Endings of a plural that names doers, so people ("skiers", "cyclists"); <see cref="NotPeople"/> names the things among them.</summary>
    public static readonly string[] PersonEndings = [.. Words.Set("person-endings")];

    public static readonly FrozenSet<string> NotPeople = Words.Set("not-people");

    /// <summary>Single people that "a"/"an" can count: "a man was shot and killed" is one killed.</summary>
    public static readonly FrozenSet<string> SinglePersonNouns = Words.Set("single-person-nouns");

    /// <summary>Words that may stand between a number and its noun: "three other people", "2,000 South African troops".</summary>
    public static readonly FrozenSet<string> NounModifiers = Words.Set("noun-modifiers");

    public static readonly FrozenDictionary<string, double> NumberWords = Words.Numbers("number-words");

    /// <summary>Every word that can open a count: number, share and vague words, and the articles that count one.</summary>
    public static readonly FrozenSet<string> CountStarters = NumberWords.Keys
        .Concat(Words.Words("count-starters"))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Multipliers = Words.Numbers("multipliers");

    public static readonly FrozenDictionary<string, double> FractionWords = Words.Numbers("fraction-words");

    /// <summary>"second" 2, "third" 3 …: how many an ordinal counts so far.</summary>
    public static readonly FrozenDictionary<string, double> OrdinalValues = Words.Numbers("ordinal-values");

    /// <summary>How many an ordinal word counts so far ("Third" 3); 0 for any other word.</summary>
    public static double OrdinalValue(ReadOnlySpan<char> word) =>
        OrdinalValues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var value) ? value : 0;

    /// <summary>"bringing the total to 19": the verbs and nouns of a running total.</summary>
    public static readonly WordSet TotalVerbsBySpan = new(Words.Set("total-verbs"));

    public static readonly WordSet TotalNounsBySpan = new(Words.Set("total-nouns"));

    public static readonly FrozenDictionary<string, string> VagueCounts = Words.Map("vague-counts");

    /// <summary>
    /// Number, vague and share words, "another" and single people: a line holds a count only if it has
    /// one of these, a number, or a hyphenated number word. "a"/"an" alone are not enough: they count
    /// only before a single person ("a man"), a share ("a third of") or "dozen", which are all in here.
    /// </summary>
    public static readonly FrozenSet<string> CountOpeners = NumberWords.Keys
        .Concat(VagueCounts.Keys)
        .Concat(FractionWords.Keys)
        .Concat(["another"])
        .Concat(SinglePersonNouns)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Months = Words.Set("months");

    public static readonly FrozenSet<string> Weekdays = Words.Set("weekdays");

    /// <summary>Words after a number that make it a time, an address, a measure or a date, not a count of things.</summary>
    public static readonly FrozenSet<string> NotCountedAfter = Words.Set("not-counted-after");

    /// <summary>Words that mark the worst of the wounded: "critically injured", "serious injuries".</summary>
    public static readonly FrozenSet<string> SeverityWords = Words.Set("severity-words");

    /// <summary>Pronouns that follow an active verb as its object: "shot him", "killed his wife".</summary>
    public static readonly FrozenSet<string> ObjectPronouns = Words.Set("object-pronouns");

    /// <summary>Nouns of time: "shot the night before" has no object.</summary>
    public static readonly FrozenSet<string> TimeNouns = Words.Set("time-nouns");

    public static readonly FrozenSet<string> AgeWords = Words.Set("age-words");

    public static readonly FrozenSet<string> AdditionWords = Words.Set("addition-words");

    public static readonly FrozenSet<string> ClauseBreakWords = Words.Set("clause-breaks");

    /// <summary>Words that open an aside between commas after a count's noun: "including", "most of them".</summary>
    public static readonly FrozenSet<string> AsideOpeners = Words.Set("aside-openers");

    public static readonly FrozenSet<string> KilledWords = Words.Set("killed-words");

    /// <summary>Nouns of a death whose "of" names the dead: "the killing of two men".</summary>
    public static readonly FrozenSet<string> KillingNouns = Words.Set("killing-nouns");

    public static readonly FrozenSet<string> InjuredWords = Words.Set("injured-words");

    public static readonly FrozenSet<string> ArrestedWords = Words.Set("arrested-words");

    public static readonly FrozenSet<string> RescuedWords = Words.Set("rescued-words");

    /// <summary>"toll" and the words between it and the number it reaches ("the death toll rose to 300").</summary>
    public static readonly FrozenSet<string> TollWords = Words.Set("toll-words");

    public static readonly FrozenSet<string> TollVerbs = Words.Set("toll-verbs");

    public static readonly FrozenSet<string> JobVerbs = Words.Set("job-verbs");

    public static readonly FrozenSet<string> Auxiliaries = Words.Set("auxiliaries");

    public static readonly FrozenSet<string> Ordinals = Words.Set("ordinals");

    public static readonly FrozenSet<string> StillWords = Words.Set("still-words");

    public static readonly FrozenSet<string> SubjectPronouns = Words.Set("subject-pronouns");

    public static readonly FrozenSet<string> ParentNouns = Words.Set("parent-nouns");

    public static readonly FrozenSet<string> Vehicles = Words.Set("vehicles");

    /// <summary>"sentenced to death": a punishment, no death yet.</summary>
    public static readonly FrozenSet<string> SentencedWords = Words.Set("sentenced-words");

    /// <summary>Counts no desk tracks (groups, places, parts of a name): never a slot of their own.</summary>
    public static readonly FrozenSet<string> UntrackedNouns = Words.Set("untracked-nouns");

    /// <summary>A noun's lemma where dropping an "s" does not give it ("men": "man").</summary>
    public static readonly FrozenDictionary<string, string> IrregularPlurals = Words.Map("irregular-plurals");

    // Span lookups, made once and answered from flat tables: these are asked about nearly every word.
    // Declared after the collections, so that they are initialised after them.
    public static readonly WordMap<string> SlotNounsBySpan = new(SlotNouns);

    public static readonly WordMap<string> SlotNounsOutsideShootingBySpan = new(SlotNounsOutsideShooting);
    public static readonly WordMap<double> NumberWordsBySpan = new(NumberWords);
    public static readonly WordMap<double> MultipliersBySpan = new(Multipliers);
    public static readonly WordMap<double> FractionWordsBySpan = new(FractionWords);
    public static readonly WordMap<string> VagueCountsBySpan = new(VagueCounts);
    public static readonly WordSet CountOpenersBySpan = new(CountOpeners);
    public static readonly WordSet PersonNounsBySpan = new(PersonNouns);
    public static readonly WordSet NotPeopleBySpan = new(NotPeople);
    public static readonly WordSet SinglePersonNounsBySpan = new(SinglePersonNouns);
    public static readonly WordSet NounModifiersBySpan = new(NounModifiers);
    public static readonly WordSet CountStartersBySpan = new(CountStarters);
    public static readonly WordSet MonthsBySpan = new(Months);
    public static readonly WordSet WeekdaysBySpan = new(Weekdays);
    public static readonly WordSet NotCountedAfterBySpan = new(NotCountedAfter);
    public static readonly WordSet AgeWordsBySpan = new(AgeWords);
    public static readonly WordSet AdditionWordsBySpan = new(AdditionWords);
    public static readonly WordSet ClauseBreakWordsBySpan = new(ClauseBreakWords);

    public static readonly WordSet AsideOpenersBySpan = new(AsideOpeners);

    /// <summary>Words with which a toll says it rose: "the toll rose to 58".</summary>
    public static readonly WordSet RisingWordsBySpan = new(Words.Set("rising-words"));
    public static readonly WordSet KilledWordsBySpan = new(KilledWords);
    public static readonly WordSet KillingNounsBySpan = new(KillingNouns);
    public static readonly WordSet InjuredWordsBySpan = new(InjuredWords);
    public static readonly WordSet ArrestedWordsBySpan = new(ArrestedWords);
    public static readonly WordSet RescuedWordsBySpan = new(RescuedWords);
    public static readonly WordSet TollWordsBySpan = new(TollWords);

    /// <summary>What a toll is of: "died in the attack", "killed in Tuesday's quake".</summary>
    public static readonly WordSet EventNounsBySpan = new(Words.Set("event-nouns"));
    public static readonly WordSet TollVerbsBySpan = new(TollVerbs);
    public static readonly WordSet JobVerbsBySpan = new(JobVerbs);
    public static readonly WordSet SentencedWordsBySpan = new(SentencedWords);
    public static readonly WordSet UntrackedNounsBySpan = new(UntrackedNouns);
    public static readonly WordSet AuxiliariesBySpan = new(Auxiliaries);
    public static readonly WordSet OrdinalsBySpan = new(Ordinals);
    public static readonly WordSet StillWordsBySpan = new(StillWords);
    public static readonly WordSet SubjectPronounsBySpan = new(SubjectPronouns);
    public static readonly WordSet ParentNounsBySpan = new(ParentNouns);
    public static readonly WordSet VehiclesBySpan = new(Vehicles);
    public static readonly WordSet SeverityWordsBySpan = new(SeverityWords);
    public static readonly WordSet ObjectPronounsBySpan = new(ObjectPronouns);
    public static readonly WordSet TimeNounsBySpan = new(TimeNouns);

    // Words the clause reader asks about by position (general.lexicon), each a short list: read once.
    public static readonly WordSet DiedWordsBySpan = new(Words.Set("died-words"));
    public static readonly WordSet DieWordsBySpan = new(Words.Set("die-words"));
    public static readonly WordSet OtherSubjectsBySpan = new(Words.Set("other-subjects"));
    public static readonly WordSet FairConditionsBySpan = new(Words.Set("fair-conditions"));
    public static readonly WordSet IntentVerbsBySpan = new(Words.Set("intent-verbs"));
    public static readonly WordSet NearlyWordsBySpan = new(Words.Set("nearly-words"));

    public static readonly WordSet TreatedWordsBySpan = new(Words.Set("treated-words"));

    public static readonly WordSet TollAdverbsBySpan = new(Words.Set("toll-adverbs"));

    public static readonly WordSet RevisionWordsBySpan = new(Words.Set("revision-words"));

    public static readonly WordSet RisingOpenersBySpan = new(Words.Set("rising-openers"));

    public static readonly WordSet DuplicateWordsBySpan = new(Words.Set("duplicate-words"));

    public static readonly WordSet InclusionWordsBySpan = new(Words.Set("inclusion-words"));

    public static readonly WordSet TallyWordsBySpan = new(Words.Set("tally-words"));

    public static readonly WordSet FearedWordsBySpan = new(Words.Set("feared-words"));

    public static readonly WordSet BeliefWordsBySpan = new(Words.Set("belief-words"));
    public static readonly WordSet FatalAdverbsBySpan = new(Words.Set("fatal-adverbs"));
    public static readonly WordSet StruckWordsBySpan = new(Words.Set("struck-words"));
    public static readonly WordSet HospitalizedWordsBySpan = new(Words.Set("hospitalized-words"));
    public static readonly WordSet PossessivesBySpan = new(Words.Set("possessives"));
    public static readonly WordSet DescribingDeterminersBySpan = new(Words.Set("describing-determiners"));
    public static readonly WordSet LifeNounsBySpan = new(Words.Set("life-nouns"));
    public static readonly WordSet LostVerbsBySpan = new(Words.Set("lost-verbs"));
    public static readonly WordSet LifeTakingVerbsBySpan = new(Words.Set("life-taking-verbs"));
    public static readonly WordSet MissingWordsBySpan = new(Words.Set("missing-words"));
    public static readonly WordSet DisplacedWordsBySpan = new(Words.Set("displaced-words"));
    public static readonly WordSet TollOpenersBySpan = new(Words.Set("toll-openers"));
    public static readonly WordSet DeadNounsBySpan = new(Words.Set("dead-nouns"));
    public static readonly WordSet LayVerbsBySpan = new(Words.Set("lay-verbs"));
    public static readonly WordSet PartitiveDeterminersBySpan = new(Words.Set("partitive-determiners"));
    public static readonly WordSet LabelWordsBySpan = new(Words.Set("label-words"));
    public static readonly WordSet DecadeWordsBySpan = new(Words.Set("decade-words"));
    public static readonly WordSet AgeComparisonsBySpan = new(Words.Set("age-comparisons"));
    public static readonly WordSet TimeSpansBySpan = new(Words.Set("time-spans"));
    public static readonly WordSet SingularCountNounsBySpan = new(Words.Set("singular-count-nouns"));
    public static readonly WordSet WoundingVerbsBySpan = new(Words.Set("wounding-verbs"));

    /// <summary>The words that open a question asking whether: "Could the fire have killed 1,000 people?"</summary>
    public static readonly WordSet QuestionOpenersBySpan = new(Words.Set("question-openers"));

    /// <summary>Between "the number of" and the counted: "the number of confirmed or presumed dead".</summary>
    public static readonly WordSet TollModifiersBySpan = new(Words.Set("toll-modifiers"));
}
