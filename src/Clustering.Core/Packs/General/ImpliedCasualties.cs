using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.General;

/// <summary>
/// Reports of a single victim rarely count: "Marten Ovell, 16, was killed", "a boy was shot in the
/// leg", "the toddler died at the hospital". When an article states no killed count, yet its
/// headline or opening tells of a death, it stands for one killed; when it states no casualty
/// count at all and tells of no death, yet of someone shot or wounded, for one shot (the ledger
/// then reads one injured, or none once another report says the victim died). These counts are
/// <see cref="QuantityRole.Implied"/>: they never outvote a number an article states.
/// Denials ("no one was killed", "nobody was hurt") are not cues.
/// </summary>
public static class ImpliedCasualties
{
    /// <summary>
    /// Characters of the body, after the headline, that still tell what the article is about;
    /// deaths and shootings mentioned further down are more often other cases, trials or history.
    /// </summary>
    public const int LeadWindow = 600;

    private const int NegationReach = 4;

    // The shooting pack's words (shooting.lexicon).
    private static readonly WordSet DeathWordsBySpan = new(ShootingPack.Lexicon.Set("death-words"));
    private static readonly WordSet HurtWordsBySpan = new(ShootingPack.Lexicon.Set("hurt-words"));
    private static readonly WordSet FatalThingsBySpan = new(ShootingPack.Lexicon.Set("fatal-things"));
    private static readonly WordSet NegationsBySpan = new(ShootingPack.Lexicon.Set("negations"));
    private static readonly WordSet NotByGunfire = ShootingPack.OtherMeansOfDeath;

    // The general pack's words (general.lexicon).
    private static readonly WordSet NoDeathAfter = new(GeneralPack.Lexicon.Set("no-death-after"));
    private static readonly WordSet TakeVerbs = new(GeneralPack.Lexicon.Set("take-verbs"));

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    /// <summary>Whether the article being read is a shooting report, where a death by other means than gunfire is not counted.</summary>
    [ThreadStatic]
    private static bool t_shooting;

    /// <summary>Adds the implied killed or shot count of a shooting report whose own numbers leave it out.</summary>
    public static void Add(string title, string body, List<Quantity> quantities) => Add(title, body, quantities, shooting: true);

    /// <summary>
    /// Adds the implied killed count of an article whose own numbers leave it out, and in a shooting
    /// report (<paramref name="shooting"/>) the implied shot count: elsewhere "hurt" without a number
    /// is no count a desk would give, and a death by any means is a death.
    /// </summary>
    public static void Add(string title, string body, List<Quantity> quantities, bool shooting)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        bool statesKilled = false, statesHurt = false;
        foreach (var quantity in quantities)
        {
            if (quantity.Kind != QuantityKind.Count || quantity.Role == QuantityRole.Addition
                || OtherEvents.IsOfAnEarlierEvent(body ?? string.Empty, quantity))
            {
                // "another teen was killed" counts on from a victim the article may not count; "the last outbreak,
                // in 2016, killed five" counts another event's.
                continue;
            }
            statesKilled |= quantity.Slot is FactLexicon.Killed or FactLexicon.Casualties;
            statesHurt |= quantity.Slot is FactLexicon.Injured or FactLexicon.Shot or FactLexicon.Casualties;
        }
        if (statesKilled)
        {
            return;
        }
        t_shooting = shooting;
        var (death, hurt) = Cues(title ?? string.Empty, null);
        if (death is null || (hurt is null && !statesHurt))
        {
            var (bodyDeath, bodyHurt) = Cues(body ?? string.Empty, LeadWindow);
            death ??= bodyDeath;
            hurt ??= bodyHurt;
        }
        if (death is { } d)
        {
            quantities.Add(new Quantity(FactLexicon.Killed, d.Count, d.Count, d.Count, Qualifiers.Exact, d.Text, null, QuantityKind.Count, QuantityRole.Implied, d.Offset));
            // Now that the article counts a death of its own, an earlier event's toll it recalls goes.
            OtherEvents.Drop(body ?? string.Empty, quantities);
        }
        else if (shooting && !statesHurt && hurt is { } h)
        {
            quantities.Add(new Quantity(FactLexicon.Shot, 1, 1, 1, Qualifiers.Exact, h.Text, null, QuantityKind.Count, QuantityRole.Implied, h.Offset));
        }
    }

    /// <summary>The first undenied death word and the first undenied hurt word of the text (or of its first <paramref name="window"/> characters); offsets -1 for a headline.</summary>
    private static ((string Text, int Offset, double Count)? Death, (string Text, int Offset)? Hurt) Cues(string text, int? window)
    {
        var tokens = t_tokens ??= new List<WordToken>(128);
        tokens.Clear();
        var end = window is { } w && text.Length > w ? EndOfWord(text, w) : text.Length;
        WordScanner.Scan(text, 0, end, tokens);
        (string, int, double)? death = null;
        (string, int)? hurt = null;
        for (var i = 0; i < tokens.Count && (death is null || hurt is null); i++)
        {
            var token = tokens[i];
            if (token.Kind != WordTokenKind.Word)
            {
                continue;
            }
            var word = token.Span(text);
            var isDeath = death is null && ((DeathWordsBySpan.Contains(word) && !IsFigureOfSpeech(text, tokens, i))
                || (word.Equals("passed", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Is(text, "away"))
                || (word.Equals("life", StringComparison.OrdinalIgnoreCase) && TookOwnLife(text, tokens, i))
                || (word.Equals("deadly", StringComparison.OrdinalIgnoreCase) && NamesAFatalThing(text, tokens, i)));
            var isHurt = hurt is null && !isDeath && HurtWordsBySpan.Contains(word);
            if ((!isDeath && !isHurt) || IsDenied(text, tokens, i))
            {
                continue;
            }
            var cue = (SentenceAround(text, tokens, i), window is null ? -1 : SentenceStart(text, tokens, i));
            if (OtherEvents.TellsOfAnEarlierEvent(cue.Item1))
            {
                // "Last year an earthquake in the same region killed 80": a death, but not this event's.
                continue;
            }
            if (isDeath)
            {
                death = (cue.Item1, cue.Item2, DeathsByOrdinal(text, tokens, i));
            }
            else
            {
                hurt = cue;
            }
        }
        return (death, hurt);
    }

    /// <summary>
    /// "Second patient dies", "cases double as second patient dies", "Third death in the outbreak": the
    /// ordinal counts the dead so far. Only after "a" or opening a sentence or clause: "the second man
    /// died" may be the second of those shot, not the second dead. 1 when no ordinal tells more.
    /// </summary>
    private static double DeathsByOrdinal(string text, List<WordToken> tokens, int death)
    {
        for (var k = death - 1; k >= 0 && death - k <= 3 && tokens[k].Kind == WordTokenKind.Word; k--)
        {
            if (FactLexicon.OrdinalValue(tokens[k].Span(text)) is var count and > 1)
            {
                var opens = k == 0 || tokens[k - 1].Kind == WordTokenKind.Punctuation || tokens[k - 1].Is(text, "a")
                    || tokens[k - 1].Is(text, "as") || FactLexicon.ClauseBreakWordsBySpan.Contains(tokens[k - 1].Span(text));
                return opens ? count : 1;
            }
        }
        return 1;
    }

    /// <summary>
    /// Death words that tell of no death: "death threats", "the death penalty", "injury or death",
    /// "brain dead", a wound that "would be fatal", "stabbed to death"; "fatal" tells of a death only before what was fatal.
    /// </summary>
    private static bool IsFigureOfSpeech(string text, List<WordToken> tokens, int at)
    {
        var word = tokens[at].Span(text);
        var next = at + 1 < tokens.Count && tokens[at + 1].Kind == WordTokenKind.Word ? tokens[at + 1].Span(text) : [];
        var previous = at > 0 && tokens[at - 1].Kind == WordTokenKind.Word ? tokens[at - 1].Span(text) : [];
        if (word.Equals("fatal", StringComparison.OrdinalIgnoreCase))
        {
            return !NamesAFatalThing(text, tokens, at);
        }
        if (word.Equals("death", StringComparison.OrdinalIgnoreCase) && NoDeathAfter.Contains(next))
        {
            return true;
        }
        if (previous.Equals("or", StringComparison.OrdinalIgnoreCase) || next.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            // "injury or death", "not known if she was dead or alive": a risk or a doubt, no death told.
            return true;
        }
        if (word.Equals("death", StringComparison.OrdinalIgnoreCase) && previous.Equals("to", StringComparison.OrdinalIgnoreCase) && at >= 2
            && t_shooting && NotByGunfire.Contains(tokens[at - 2].Span(text)))
        {
            // "one man was stabbed to death": a death, but not by gunfire. "He's bleeding to death", a caller's fear: no death yet.
            return true;
        }
        // "one guest is feared dead": not known to be dead.
        return (word.Equals("dead", StringComparison.OrdinalIgnoreCase) && previous.Equals("brain", StringComparison.OrdinalIgnoreCase))
            || FearedDeaths.Before(text, tokens, at);
    }

    /// <summary>"took his own life", "Guard Takes Own Life": a death by the victim's own hand.</summary>
    private static bool TookOwnLife(string text, List<WordToken> tokens, int at)
    {
        if (at < 2 || !tokens[at - 1].Is(text, "own"))
        {
            return false;
        }
        for (var k = at - 2; k >= 0 && k >= at - 3; k--)
        {
            if (tokens[k].Kind == WordTokenKind.Word && TakeVerbs.Contains(tokens[k].Span(text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"fatal shooting", "deadly warehouse parking lot shooting", "Fatal Riverside Shooting": what was fatal follows within a few words.</summary>
    private static bool NamesAFatalThing(string text, List<WordToken> tokens, int at)
    {
        for (var k = at + 1; k < tokens.Count && k <= at + 3 && tokens[k].Kind == WordTokenKind.Word; k++)
        {
            if (FatalThingsBySpan.Contains(tokens[k].Span(text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"No one was killed", "nobody was hurt", "none of them were injured": a negation a few words before, in the same sentence.</summary>
    private static bool IsDenied(string text, List<WordToken> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && at - k <= NegationReach; k--)
        {
            var token = tokens[k];
            if (token.Kind == WordTokenKind.Punctuation && text[token.Start] is '.' or ';' or '!' or '?' or ':')
            {
                return false;
            }
            if (token.Kind == WordTokenKind.Word
                && (NegationsBySpan.Contains(token.Span(text)) || token.Span(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    private static int SentenceStart(string text, List<WordToken> tokens, int at)
    {
        var k = at;
        while (k > 0 && !(tokens[k - 1].Kind == WordTokenKind.Punctuation && text[tokens[k - 1].Start] is '.' or '!' or '?'))
        {
            k--;
        }
        return tokens[k].Start;
    }

    private static string SentenceAround(string text, List<WordToken> tokens, int at)
    {
        var start = SentenceStart(text, tokens, at);
        var end = at;
        while (end + 1 < tokens.Count && !(tokens[end].Kind == WordTokenKind.Punctuation && text[tokens[end].Start] is '.' or '!' or '?'))
        {
            end++;
        }
        var text2 = text[start..tokens[end].End].Trim();
        return text2.Length > 160 ? text2[..160] : text2;
    }

    private static int EndOfWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        return i;
    }
}
