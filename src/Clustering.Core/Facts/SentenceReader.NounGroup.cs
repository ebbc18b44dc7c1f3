using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>What a count counts: its noun, a group of people listed together, the relative a wounding verb names.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The noun the count counts: one the count phrase already found, else the first after it; a group of people grows over the groups listed with it.</summary>
    private void ReadNounGroup(ref Count c)
    {
        if (c.NounAt < 0)
        {
            (c.NounAt, c.SlotNoun) = FindNoun(c.End);
        }
        c.LastToken = c.End - 1;
        // "two soldiers and a civilian were killed": troops are people, listed with others under one predicate.
        if (c.NounAt >= 0 && (c.SlotNoun is null || c.SlotNoun == FactLexicon.Troops) && IsPerson(Word(c.NounAt)))
        {
            ReadPersonGroup(ref c);
        }
        if (c.NounAt >= 0)
        {
            c.LastToken = Math.Max(c.LastToken, c.NounAt);
        }
        c.NounWord = c.NounAt >= 0 ? Word(c.NounAt).ToString() : null;
        c.PersonLike = c.NounWord is null || IsPerson(c.NounWord) || c.SlotNoun == FactLexicon.Troops;
    }

    /// <summary>"two boys and two girls were shot", "a girl, two women and a man": one predicate for all the groups.</summary>
    private void ReadPersonGroup(ref Count c)
    {
        // "Adult Male and Juvenile Hit", "two teen girls": a person noun that modifies the next one.
        while (c.NounAt + 1 < tokens.Count && tokens[c.NounAt + 1].Kind == WordTokenKind.Word && IsPerson(Word(c.NounAt + 1))
            && !Is(c.NounAt + 1, "other") && !Is(c.NounAt + 1, "others"))
        {
            c.NounAt++;
        }
        var appositive = c.Value > 1 && c.NounAt + 1 < tokens.Count && tokens[c.NounAt + 1].IsPunctuation(text, ',');
        var listed = 0d;
        var listEnd = c.NounAt;
        while (CoordinatedGroup(listEnd + 1) is { } group)
        {
            listed += group.Value;
            listEnd = group.NounAt;
        }
        if (appositive && listed == c.Value && listEnd + 1 < tokens.Count && tokens[listEnd + 1].IsPunctuation(text, ','))
        {
            // "Four people, a 20-year-old man, two women and a boy, were hit": the list between commas names the
            // four; the predicate follows it, or an aside after it ("…and two men, ages 21 and 22, were hit").
            c.PredicateFrom = AsideEnd(listEnd + 2) is var listAsideEnd and >= 0 ? listAsideEnd + 1 : listEnd + 2;
        }
        else
        {
            c.Value += listed;
            if (appositive && listed == 0 && AsideEnd(c.NounAt + 2) is var asideEnd and >= 0)
            {
                // "About 40 people, including 12 police officers, were injured": the aside tells who they
                // were; the predicate after it tells what befell all of them.
                c.PredicateFrom = asideEnd + 1;
            }
        }
        c.NounAt = listEnd;
    }

    /// <summary>Whether a list of numbers goes on at <paramref name="k"/>: "ages 24, 25, and 41".</summary>
    private bool ListsNumbers(int k) =>
        k < tokens.Count && (tokens[k].Kind == WordTokenKind.Number || ((Is(k, "and") || Is(k, "or")) && k + 1 < tokens.Count && tokens[k + 1].Kind == WordTokenKind.Number));

    /// <summary>
    /// The comma that closes an aside opening at <paramref name="from"/> ("including two children,",
    /// "most of them students,", "three of whom were children,", "ages 45 and 61,"), or -1 when no such aside opens there.
    /// </summary>
    private int AsideEnd(int from)
    {
        if (from >= tokens.Count)
        {
            return -1;
        }
        var opens = In(from, FactLexicon.AsideOpenersBySpan) || In(from, FactLexicon.AgeWordsBySpan)
            || ((tokens[from].Kind == WordTokenKind.Number || NumberLexicon.WordValue(Word(from)) is not null) && Is(from + 1, "of"));
        for (var k = from + 1; opens && k < tokens.Count && k - from <= MaxAsideLength; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Punctuation)
            {
                continue;
            }
            if (tokens[k].IsPunctuation(text, ',') && !ListsNumbers(k + 1))
            {
                return k;
            }
            if (text[tokens[k].Start] is '.' or ';' or ':' or '(' or ')' or '"' or '“' or '”')
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// A verb a headline puts right after a bare number: the shooting pack's ("5 shot"), and a word of dying or hurt
    /// that is no noun of a slot ("63 die", "12 hurt"; but "four injured", "63 dead" count their noun).
    /// </summary>
    private static bool IsBareCountVerb(ReadOnlySpan<char> word, bool slotNoun) =>
        ShootingPack.BareCountVerbs.Contains(word)
        || (!slotNoun && (FactLexicon.KilledWordsBySpan.Contains(word) || FactLexicon.InjuredWordsBySpan.Contains(word)));

    private (int At, string? Slot) FindNoun(int from)
    {
        for (var k = from; k < tokens.Count && k - from <= MaxModifierGap; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                return (-1, null);
            }
            var word = Word(k);
            var slotNoun = FactLexicon.SlotNounsBySpan.TryGetValue(word, out var slot) || (!shooting && FactLexicon.SlotNounsOutsideShootingBySpan.TryGetValue(word, out slot));
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
                || (k == from && IsBareCountVerb(word, slotNoun)))
            {
                // "Image 1 of 16 A man died": an article opens a new noun phrase, never a modifier of the number's noun.
                // "5 shot on the west side", "63 die in stampede": a headline's verb, read as the predicate of a bare number.
                return (-1, null);
            }
            if (slotNoun)
            {
                // "Two Critically Hurt", "four seriously wounded": the worst of the wounded.
                return (k, slot == FactLexicon.Injured && IsSevere(k - 1) ? FactLexicon.CriticallyInjured : slot);
            }
            if ((FactLexicon.PersonNounsBySpan.Contains(word) || IsDoers(word)) && !(FactLexicon.NounModifiersBySpan.Contains(word) && IsShootingModifier(k + 1)))
            {
                // "two other gunshot victims": "other" modifies the noun that follows.
                return (k, null);
            }
            if (IsShootingModifier(k))
            {
                // "two shooting victims", "four gunshot victims": what befell them, before the noun.
                continue;
            }
            if (k == from && IsCommonNoun(k))
            {
                // "two coast guard vessels searched": the group's head is its last noun. "230 wedding guests fell ill": people
                // in the plural end it ("coast guard" is a kind of vessel).
                var head = k;
                while (head + 1 < tokens.Count && head - k < 3 && IsCommonNoun(head + 1) && !FactLexicon.ClauseBreakWordsBySpan.Contains(Word(head + 1))
                    && !IsPeopleInThePlural(head))
                {
                    head++;
                }
                return (head, null);
            }
            if (IsCompoundModifier(word) && !tokens[k].IsCapitalized(text))
            {
                // "97 heat-related deaths", "four storm-hit villagers": a compound that describes the noun after it.
                continue;
            }
            if (!FactLexicon.NounModifiersBySpan.Contains(word) && !tokens[k].IsCapitalized(text))
            {
                // "45 million Kestrian dollars", "five Holtby homes": after names only, the group's head.
                return k > from && OnlyNamesBetween(from, k) && IsCommonNoun(k) ? (k, null) : (-1, null);
            }
        }
        return (-1, null);
    }

    private bool IsPeopleInThePlural(int k) =>
        Word(k) is var word && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && (FactLexicon.PersonNounsBySpan.Contains(word) || IsDoers(word));

    /// <summary>Letters joined by hyphens: "heat-related", "flood-hit"; never a number or an age ("9-year-old").</summary>
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (c != '-' && !char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private bool OnlyNamesBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "wounding another Friday night": a day or a month is when, not whose.
            if (!tokens[k].IsCapitalized(text) || FactLexicon.WeekdaysBySpan.Contains(Word(k)) || FactLexicon.MonthsBySpan.Contains(Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsCommonNoun(int k) =>
        tokens[k].Kind == WordTokenKind.Word && !tokens[k].IsCapitalized(text) && Word(k) is { Length: > 2 } word && !IsVerbish(k) && !IsAuxiliary(k)
        && !StopWords.Contains(word) && !FactLexicon.NounModifiersBySpan.Contains(word) && IsLetters(word)
        && NumberLexicon.WordValue(word) is null && !FactLexicon.MultipliersBySpan.ContainsKey(word);

    /// <summary>", two women" or "and a man" after a counted group of people: its count and where its noun is.</summary>
    private (double Value, int NounAt)? CoordinatedGroup(int from)
    {
        var k = from;
        if (k >= tokens.Count || !(Is(k, "and") || tokens[k].IsPunctuation(text, ',')))
        {
            return null;
        }
        k++;
        if (k < tokens.Count && Is(k, "and"))
        {
            k++;
        }
        if (k + 1 < tokens.Count && In(k, FactLexicon.PossessivesBySpan) && !In(k + 1, FactLexicon.PossessivesBySpan)
            && (tokens[k + 1].Kind == WordTokenKind.Number || NumberLexicon.WordValue(Word(k + 1)) is not null))
        {
            // "a woman and her two children": the count after the possessive.
            k++;
        }
        if (k >= tokens.Count)
        {
            return null;
        }
        if (GroupCount(k) is not { } count)
        {
            return null;
        }
        if (count.NounAt >= 0)
        {
            return (count.Value, count.NounAt);
        }
        if (Is(k + 1, "of"))
        {
            // "Eleven people, three of them children, were killed": a part of the group, not another group.
            return null;
        }
        k++;
        // Between the count and the noun, only an age or a few modifiers: "a 15-year-old girl", "two teenage boys".
        for (var gap = 0; k < tokens.Count && gap < 3; gap++, k++)
        {
            if (tokens[k].Kind == WordTokenKind.Word && IsPerson(Word(k)) && !FactLexicon.SlotNounsBySpan.ContainsKey(Word(k)))
            {
                return (count.Value, k);
            }
            if (tokens[k].Kind != WordTokenKind.NumberLike
                && !(tokens[k].Kind == WordTokenKind.Word && (FactLexicon.NounModifiersBySpan.Contains(Word(k)) || IsSpelledAge(k))))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The count that opens a listed group: a number, "a"/"his", a number word; with NounAt set when the group is one bare noun ("Mother, child").</summary>
    private (double Value, int NounAt)? GroupCount(int k)
    {
        if (tokens[k].Kind == WordTokenKind.Number && tokens[k].Value is >= 1 and < 1000)
        {
            return (tokens[k].Value, -1);
        }
        if (Is(k, "a") || Is(k, "an") || In(k, FactLexicon.PossessivesBySpan))
        {
            // "a man and his daughter were found dead": one more.
            return (1, -1);
        }
        if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.SinglePersonNounsBySpan.Contains(Word(k)))
        {
            // Headline style without articles: "Mother, child found dead".
            return (1, k);
        }
        if (tokens[k].Kind == WordTokenKind.NumberLike && k + 1 < tokens.Count && tokens[k + 1].Kind == WordTokenKind.Word
            && FactLexicon.SinglePersonNounsBySpan.Contains(Word(k + 1)))
        {
            // The same with an age: "Boy and 30-year-old aunt hurt".
            return (1, k + 1);
        }
        if (tokens[k].Kind == WordTokenKind.Word && NumberLexicon.WordValue(Word(k)) is { } spelled && !Is(k, "both") && !Is(k, "couple") && !Is(k, "pair"))
        {
            return (spelled, -1);
        }
        return null;
    }

    /// <summary>"five-year-old", "seven-month-old": an age spelled out in words, before the noun it describes.</summary>
    private bool IsSpelledAge(int k) => Word(k).EndsWith("-old", StringComparison.OrdinalIgnoreCase);

    private static bool IsPerson(ReadOnlySpan<char> word) =>
        FactLexicon.PersonNounsBySpan.Contains(word) || FactLexicon.SinglePersonNounsBySpan.Contains(word) || IsDoers(word);

    /// <summary>
    /// A lower-case plural of a doer ("skiers", "cyclists", "musicians"): people, though no list names
    /// them; a report's victims are often named by what they were doing.
    /// </summary>
    private static bool IsDoers(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !char.IsLower(word[0]) || FactLexicon.NotPeopleBySpan.Contains(word))
        {
            return false;
        }
        foreach (var ending in FactLexicon.PersonEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static string Lemma(string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (FactLexicon.IrregularPlurals.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }
        return lower switch
        {
            _ when lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4 => lower[..^3] + "y",
            _ when lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal)
                || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal) => lower[..^2],
            _ when lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && lower.Length > 3 => lower[..^1],
            _ => lower,
        };
    }

    /// <summary>After "his", "her" or "their": the single person it names ("his 16-year-old brother", "her teenage son"), or -1.</summary>
    private int RelativeNoun(int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.SinglePersonNounsBySpan.Contains(Word(k)))
            {
                return k;
            }
            if (tokens[k].Kind != WordTokenKind.NumberLike && !(tokens[k].Kind == WordTokenKind.Word && FactLexicon.NounModifiersBySpan.Contains(Word(k))))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "killing a clerk and critically wounding his 17-year-old son": a relative named as the object
    /// of a wounding verb is one wounded. Only for wounds: whom a verb of shooting or killing names
    /// ("shot his cousin") is left to the clause that tells what became of them.
    /// </summary>
    private int ReadWoundedRelative(int i)
    {
        if (i > 1 && IsAuxiliary(i - 2) || RelativeNoun(i) is not (>= 0 and var k))
        {
            return i;
        }
        var slot = IsSevere(i - 2) ? FactLexicon.CriticallyInjured : FactLexicon.Injured;
        var attributed = AttributedAt(i);
        into.Add(new Quantity(slot, 1, 1, 1, Qualifiers.Exact, text[tokens[i - 1].Start..tokens[k].End], attributed,
            QuantityKind.Count, QuantityRole.Stated, sentenceStart));
        return k + 1;
    }

    private bool IsWoundingVerb(int k) => In(k, FactLexicon.WoundingVerbsBySpan);
}
