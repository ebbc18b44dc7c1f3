using System.Collections.Frozen;
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

    public static readonly FrozenDictionary<string, string> SlotNouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["deaths"] = Killed, ["death"] = Killed, ["dead"] = Killed, ["fatalities"] = Killed, ["fatality"] = Killed,
        ["killed"] = Killed, ["slain"] = Killed, ["lives"] = Killed,
        ["wounded"] = Injured, ["injured"] = Injured, ["injuries"] = Injured, ["hurt"] = Injured,
        ["casualties"] = Casualties, ["casualty"] = Casualties,
        ["troops"] = Troops, ["troop"] = Troops, ["soldiers"] = Troops, ["soldier"] = Troops, ["servicemen"] = Troops,
        ["missing"] = Missing, ["arrests"] = Arrested, ["arrested"] = Arrested, ["detained"] = Arrested,
        ["displaced"] = Displaced, ["evacuees"] = Displaced, ["homeless"] = Displaced,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people (and soldiers): their slot is what the clause says happened to them.</summary>
    public static readonly FrozenSet<string> PersonNouns = new[]
    {
        "people", "persons", "person", "men", "man", "women", "woman", "children", "child", "kids", "kid", "boys", "boy",
        "girls", "girl", "teens", "teen", "teenagers", "teenager", "adults", "adult", "victims", "victim", "others", "other",
        "students", "student", "officers", "officer", "civilians", "civilian", "residents", "resident", "bystanders",
        "bystander", "individuals", "individual", "suspects", "suspect", "passengers", "passenger", "members", "workers",
        "worker", "patrons", "guests", "revelers", "partygoers", "juveniles", "juvenile", "males", "male", "females",
        "female", "brothers", "sisters", "friends", "relatives", "troops", "soldiers", "soldier", "fighters", "policemen",
        "deputies", "deputy", "toddler", "infant", "baby", "customers", "employees", "inmates", "gunmen", "gunman",
        "shooters", "shooter", "attackers", "pedestrians", "motorists", "drivers", "driver", "youths", "youth",
        "troopers", "trooper", "agents", "agent", "guards", "guard", "clerks", "clerk", "hunters", "hunter", "neighbors",
        "neighbours", "sons", "daughters", "cousins", "nephews", "parents", "siblings", "coworkers", "co-workers",
        "classmates", "shoppers", "spectators", "attendees", "firefighters", "firefighter", "employee", "customer",
        "patron", "guest", "inmate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Single people that "a"/"an" can count: "a man was shot and killed" is one killed.</summary>
    public static readonly FrozenSet<string> SinglePersonNouns = new[]
    {
        "person", "man", "woman", "child", "kid", "boy", "girl", "teen", "teenager", "adult", "victim", "student", "officer",
        "civilian", "resident", "bystander", "suspect", "passenger", "worker", "juvenile", "male", "female", "soldier",
        "deputy", "toddler", "infant", "baby", "driver", "youth", "gunman", "shooter", "pedestrian", "motorist", "father",
        "mother", "son", "daughter", "husband", "wife", "grandmother", "grandfather", "teenage", "brother", "sister",
        "cousin", "friend", "girlfriend", "boyfriend", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
        "neighbor", "neighbour", "stepfather", "stepson", "fiancee", "fiance", "roommate", "classmate", "sibling",
        "trooper", "agent", "guard", "clerk", "hunter", "employee", "customer", "patron", "guest", "inmate", "firefighter",
        "coworker", "co-worker",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a number and its noun: "three other people", "2,000 South African troops".</summary>
    public static readonly FrozenSet<string> NounModifiers = new[]
    {
        "other", "more", "additional", "extra", "young", "adult", "armed", "unarmed", "innocent", "people", "total",
        "north", "south", "korean", "russian", "ukrainian", "american", "local", "black", "white", "unidentified",
        "unnamed", "teenage", "elderly", "separate", "different", "new", "further", "confirmed", "reported", "known",
        "injured", "wounded", "dead", "of", "the", "those", "them", "us", "u.s.", "foreign", "israeli", "palestinian",
        "afghan", "iraqi", "syrian", "african", "chinese", "indian", "pakistani", "mexican", "british", "french", "german",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["both"] = 2, ["pair"] = 2, ["couple"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word that can open a count: number, share and vague words, and the articles that count one.</summary>
    public static readonly FrozenSet<string> CountStarters = NumberWords.Keys
        .Concat(["a", "an", "one", "another", "half", "dozens", "hundreds", "thousands", "third", "quarter"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> FractionWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["third"] = 1d / 3, ["thirds"] = 1d / 3, ["quarter"] = 0.25, ["quarters"] = 0.25,
        ["fifth"] = 0.2, ["fifths"] = 0.2, ["tenth"] = 0.1, ["tenths"] = 0.1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> VagueCounts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = Qualifiers.Dozens, ["hundreds"] = Qualifiers.Hundreds, ["thousands"] = Qualifiers.Thousands,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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

    public static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that make it a time, an address, a measure or a date, not a count of things.</summary>
    public static readonly FrozenSet<string> NotCountedAfter = new[]
    {
        "a.m", "p.m", "am", "pm", "o'clock", "block", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
        "drive", "dr", "lane", "ln", "court", "ct", "way", "place", "highway", "hwy", "interstate", "route", "years",
        "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds",
        "percent", "per", "yr", "yrs", "mph", "miles", "mile", "feet", "foot", "inches", "yards", "kilometers", "km", "pounds",
        "dollars", "cents", "times", "degrees", "caliber", "calibre", "mm", "round", "rounds", "shots",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that mark the worst of the wounded: "critically injured", "serious injuries".</summary>
    public static readonly FrozenSet<string> SeverityWords = new[]
    {
        "critically", "seriously", "severely", "gravely", "critical", "serious", "severe", "grave", "life-threatening",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that follow an active verb as its object: "shot him", "killed his wife".</summary>
    public static readonly FrozenSet<string> ObjectPronouns = new[]
    {
        "him", "her", "them", "his", "their", "its", "it", "himself", "herself", "themselves", "my", "our", "your", "me", "us",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of time: "shot the night before" has no object.</summary>
    public static readonly FrozenSet<string> TimeNouns = new[]
    {
        "night", "day", "morning", "evening", "afternoon", "weekend", "week", "same", "previous", "following", "next", "first", "last",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> AgeWords = new[] { "aged", "age", "ages" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> AdditionWords = new[] { "additional", "another", "further", "extra" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> ClauseBreakWords = new[]
    {
        "while", "whereas", "although", "though", "but", "because", "after", "before", "when", "including", "plus",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> KilledWords = new[]
    {
        "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "slain", "murdered", "perished",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a death whose "of" names the dead: "the killing of two men".</summary>
    public static readonly FrozenSet<string> KillingNouns = new[]
    {
        "killing", "killings", "death", "deaths", "murder", "murders", "slaying", "slayings", "homicide", "homicides",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> InjuredWords = new[]
    {
        "wounded", "wounding", "wounds", "injured", "injuring", "injures", "injuries", "hurt", "hospitalized", "hospitalised",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> ArrestedWords = new[]
    {
        "arrested", "arresting", "arrest", "detained", "detaining", "apprehended", "custody",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Span lookups, made once and answered from flat tables: these are asked about nearly every word.
    // Declared after the collections, so that they are initialised after them.
    public static readonly WordMap<string> SlotNounsBySpan = new(SlotNouns);
    public static readonly WordMap<double> NumberWordsBySpan = new(NumberWords);
    public static readonly WordMap<double> MultipliersBySpan = new(Multipliers);
    public static readonly WordMap<double> FractionWordsBySpan = new(FractionWords);
    public static readonly WordMap<string> VagueCountsBySpan = new(VagueCounts);
    public static readonly WordSet CountOpenersBySpan = new(CountOpeners);
    public static readonly WordSet PersonNounsBySpan = new(PersonNouns);
    public static readonly WordSet SinglePersonNounsBySpan = new(SinglePersonNouns);
    public static readonly WordSet NounModifiersBySpan = new(NounModifiers);
    public static readonly WordSet CountStartersBySpan = new(CountStarters);
    public static readonly WordSet MonthsBySpan = new(Months);
    public static readonly WordSet WeekdaysBySpan = new(Weekdays);
    public static readonly WordSet NotCountedAfterBySpan = new(NotCountedAfter);
    public static readonly WordSet AgeWordsBySpan = new(AgeWords);
    public static readonly WordSet AdditionWordsBySpan = new(AdditionWords);
    public static readonly WordSet ClauseBreakWordsBySpan = new(ClauseBreakWords);
    public static readonly WordSet KilledWordsBySpan = new(KilledWords);
    public static readonly WordSet KillingNounsBySpan = new(KillingNouns);
    public static readonly WordSet InjuredWordsBySpan = new(InjuredWords);
    public static readonly WordSet ArrestedWordsBySpan = new(ArrestedWords);
    public static readonly WordSet SeverityWordsBySpan = new(SeverityWords);
    public static readonly WordSet ObjectPronounsBySpan = new(ObjectPronouns);
    public static readonly WordSet TimeNounsBySpan = new(TimeNouns);
}
