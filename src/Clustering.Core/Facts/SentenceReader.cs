using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>Reads the quantities of one sentence; see <see cref="QuantityExtractor"/>.</summary>
internal sealed partial class SentenceReader
{
    private const int MaxModifierGap = 4;
    private const int MaxPredicateReach = 10;

    /// <summary>Words from "toll" to its figure: "the death toll in the valley's earthquake has climbed to 212".</summary>
    private const int MaxTollReach = 12;

    private string text = string.Empty;
    private List<WordToken> tokens = [];
    private int sentenceStart;
    private List<Quantity> into = [];
    private AttributionFinder.Found? attribution;
    private bool attributionRead;

    /// <summary>Whether the article is a shooting report: "taken to a hospital" and "hit" then tell of gunshot wounds.</summary>
    private bool shooting;

    /// <summary>How many quantities <see cref="into"/> held when this sentence began.</summary>
    private int sentenceRead;

    /// <summary>Who the sentence credits, looked up only once it has a quantity: most sentences have none.</summary>
    private AttributionFinder.Found? Attribution
    {
        get
        {
            if (!attributionRead)
            {
                attribution = AttributionFinder.Find(text, tokens);
                attributionRead = true;
            }
            return attribution;
        }
    }

    public void Read(string sentenceText, List<WordToken> sentenceTokens, int start, List<Quantity> output, bool shootingReport)
    {
        shooting = shootingReport;
        text = sentenceText;
        tokens = sentenceTokens;
        sentenceStart = start;
        into = output;
        attribution = null;
        attributionRead = false;
        var read = into.Count;
        sentenceRead = read;
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = TryRead(i);
            if (next > i)
            {
                i = next - 1;
            }
        }
        ReadNamedAlsoHurt(read);
        ReadNameAndRelative(read);
    }

    /// <summary>Reads a quantity starting at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/> if none.</summary>
    private int TryRead(int i)
    {
        var token = tokens[i];
        double value;
        var end = i + 1;
        var kind = QuantityKind.Count;
        var qualifier = Qualifiers.Exact;
        var needsSlot = false;
        var nounAt = -1;
        var oneMore = false;

        if (token.Kind == WordTokenKind.Number)
        {
            value = token.Value;
            if (IsNotACount(i))
            {
                return i;
            }
            if (end < tokens.Count && Word(end) is { } m && FactLexicon.MultipliersBySpan.TryGetValue(m, out var factor))
            {
                value *= factor;
                end++;
            }
            else if (end < tokens.Count && (Is(end, "percent") || tokens[end].IsPunctuation(text, '%')) && end + 1 < tokens.Count && Is(end + 1, "of"))
            {
                value /= 100;
                kind = QuantityKind.Fraction;
                end += 2;
            }
        }
        else if (token.Kind == WordTokenKind.Word)
        {
            var word = token.Span(text);
            if (i > 0 && (Is(i - 1, "no") || Is(i - 1, "not")) && word.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                // "no one was hurt" counts nobody (and "no one else" says nothing of the victims already named).
                return i;
            }
            if (word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
                || word.Equals("their", StringComparison.OrdinalIgnoreCase))
            {
                // "critically wounding his teenage son". As a subject ("and his brother was wounded") a relative was
                // tried and read more wrong counts than right ones on gva-dev.
                return i > 0 && IsWoundingVerb(i - 1) ? ReadWoundedRelative(i) : i;
            }
            if (!FactLexicon.CountStartersBySpan.Contains(word) && word.IndexOf('-') < 0
                && !((i == 0 || tokens[i - 1].IsPunctuation(text, ',')) && FactLexicon.SinglePersonNounsBySpan.Contains(word)))
            {
                return i;
            }
            if (FactLexicon.VagueCountsBySpan.TryGetValue(word, out var vague))
            {
                qualifier = vague;
                value = Qualifiers.Interval(vague, 0).Low;
                if (end < tokens.Count && Is(end, "of"))
                {
                    end++;
                }
            }
            else if (word.Equals("another", StringComparison.OrdinalIgnoreCase))
            {
                // "killing three and wounding another", "another man was shot": one more victim. Before a
                // number ("another 500 troops") the number is read, as an addition.
                if (end < tokens.Count && (tokens[end].Kind == WordTokenKind.Number || NumberLexicon.WordValue(Word(end)) is not null))
                {
                    return i;
                }
                value = 1;
                needsSlot = true;
            }
            else if (NumberLexicon.HyphenatedFraction(word) is { } share)
            {
                value = share;
                kind = QuantityKind.Fraction;
                if (end < tokens.Count && Is(end, "of"))
                {
                    end++;
                }
            }
            else if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase))
                && end < tokens.Count && Word(end) is { } fraction && FactLexicon.FractionWordsBySpan.TryGetValue(fraction, out var part)
                && end + 1 < tokens.Count && Is(end + 1, "of"))
            {
                value = part;
                kind = QuantityKind.Fraction;
                end += 2;
            }
            else if (word.Equals("half", StringComparison.OrdinalIgnoreCase) && end < tokens.Count && Is(end, "of"))
            {
                value = 0.5;
                kind = QuantityKind.Fraction;
                end++;
            }
            else if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && end < tokens.Count && Is(end, "dozen"))
            {
                value = 12;
                end++;
            }
            else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                // "a man was shot and killed": one, but only when the clause says what happened to him.
                var k = end;
                while (k < tokens.Count && k - end < 2 && !word.Equals("one", StringComparison.OrdinalIgnoreCase)
                    && (tokens[k].Kind == WordTokenKind.NumberLike
                        || (tokens[k].Kind == WordTokenKind.Word && !FactLexicon.SinglePersonNounsBySpan.Contains(Word(k)) && !IsVerbish(k))))
                {
                    k++;
                }
                var afterAge = word.Equals("one", StringComparison.OrdinalIgnoreCase) ? -1 : AfterAge(end);
                if (word.Equals("one", StringComparison.OrdinalIgnoreCase))
                {
                    value = 1;
                    needsSlot = true;
                }
                else if (afterAge >= 0 && afterAge < tokens.Count && FactLexicon.SinglePersonNounsBySpan.Contains(Word(afterAge)))
                {
                    // "a 16 year old girl": the age spelled out in words before the noun.
                    value = 1;
                    needsSlot = true;
                    nounAt = afterAge;
                    end = afterAge;
                }
                else if (afterAge >= 0 && afterAge < tokens.Count && (IsAuxiliary(afterAge) || FactLexicon.KilledWordsBySpan.Contains(Word(afterAge))))
                {
                    // "a 17-year-old was wounded", "a 15 year old died": the age stands for the person.
                    value = 1;
                    needsSlot = true;
                    end = afterAge;
                }
                else if (k < tokens.Count && Word(k) is { } noun && FactLexicon.SinglePersonNounsBySpan.Contains(noun))
                {
                    value = 1;
                    needsSlot = true;
                    nounAt = k;
                    // "a third man was wounded": one more after those already counted.
                    oneMore = IsOrdinal(end) || IsOrdinal(end + 1);
                    end = k;
                }
                else
                {
                    return i;
                }
            }
            else if ((i == 0 || tokens[i - 1].IsPunctuation(text, ',')) && token.IsCapitalized(text) && FactLexicon.SinglePersonNounsBySpan.Contains(word))
            {
                // Headline style: "Man killed in shooting", "Four shot, man dead".
                value = 1;
                needsSlot = true;
                nounAt = i;
                end = i;
            }
            else if (NumberLexicon.WordValue(word) is { } spelled)
            {
                if (end < tokens.Count && (IsAgeSuffix(end) || ((Is(end, "year") || Is(end, "years")) && Is(end + 1, "old"))))
                {
                    // "Sixteen year-old boy": an age, not a count.
                    return i;
                }
                if (end < tokens.Count && IsNotCountedAfterSpelled(end))
                {
                    // "stayed three days in a ward", "four hours later", "shot three more times": a span of time or a
                    // number of shots, spelled out as a digit's would be.
                    return i;
                }
                value = spelled;
                if (end < tokens.Count && Word(end) is { } m && FactLexicon.MultipliersBySpan.TryGetValue(m, out var factor))
                {
                    value *= factor;
                    end++;
                }
                needsSlot = value == 1 || word.Equals("both", StringComparison.OrdinalIgnoreCase) || word.Equals("couple", StringComparison.OrdinalIgnoreCase);
                if (word.Equals("couple", StringComparison.OrdinalIgnoreCase) || word.Equals("pair", StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
            else
            {
                return i;
            }
        }
        else
        {
            return i;
        }

        var qualifierStart = i;
        if (qualifier == Qualifiers.Exact)
        {
            (qualifier, qualifierStart) = QualifierBefore(i);
        }
        var role = oneMore || IsAddition(qualifierStart, end) || token.Is(text, "another") ? QuantityRole.Addition : QuantityRole.Stated;

        if (kind == QuantityKind.Count && IsPartitive(end))
        {
            return ReadPartitive(i, qualifierStart, end, value, qualifier, role);
        }

        string? slot = null;
        string? slotNoun = null;
        var lastToken = end - 1;
        if (nounAt < 0)
        {
            (nounAt, slotNoun) = FindNoun(end);
        }
        else
        {
            slotNoun = null;
        }
        var predicateFrom = -1;
        if (nounAt >= 0 && slotNoun is null && IsPerson(Word(nounAt)))
        {
            // "Adult Male and Juvenile Hit", "two teen girls": a person noun that modifies the next one.
            while (nounAt + 1 < tokens.Count && tokens[nounAt + 1].Kind == WordTokenKind.Word && IsPerson(Word(nounAt + 1))
                && !Is(nounAt + 1, "other") && !Is(nounAt + 1, "others"))
            {
                nounAt++;
            }
            // "two boys and two girls were shot", "a girl, two women and a man": one predicate for all the groups.
            var appositive = value > 1 && nounAt + 1 < tokens.Count && tokens[nounAt + 1].IsPunctuation(text, ',');
            var listed = 0d;
            var listEnd = nounAt;
            while (CoordinatedGroup(listEnd + 1) is { } group)
            {
                listed += group.Value;
                listEnd = group.NounAt;
            }
            if (appositive && listed == value && listEnd + 1 < tokens.Count && tokens[listEnd + 1].IsPunctuation(text, ','))
            {
                // "Four people, a 20-year-old man, two women and a boy, were hit": the list between commas names the
                // four; the predicate follows it.
                predicateFrom = listEnd + 2;
            }
            else
            {
                value += listed;
            }
            nounAt = listEnd;
        }
        if (nounAt >= 0)
        {
            lastToken = Math.Max(lastToken, nounAt);
        }

        var nounWord = nounAt >= 0 ? Word(nounAt).ToString() : null;
        var personLike = nounWord is null || IsPerson(nounWord) || slotNoun == FactLexicon.Troops;
        if (personLike && slotNoun is null && IsTollFigure(qualifierStart))
        {
            // "The death toll rose to 300": the number a toll reaches is the dead.
            slot = FactLexicon.Killed;
        }
        else if (slotNoun is not null && slotNoun != FactLexicon.Troops)
        {
            slot = slotNoun;
        }
        else if (personLike)
        {
            // A number takes its slot from the verb before it first: it is that verb's object, and what
            // follows belongs to the same subject ("killing two and wounding three", "killed three people
            // and injured two others": the three were killed, not injured).
            var (predicate, predicateEnd) = VerbBefore(qualifierStart) is not null ? (null, -1)
                : Predicate(predicateFrom >= 0 ? predicateFrom : nounAt >= 0 ? nounAt + 1 : end);
            if (predicate is not null)
            {
                slot = predicate;
                lastToken = Math.Max(lastToken, predicateEnd);
                // "Woman wounded in drive-by shooting dies", "a man was shot and later died": the wound killed.
                // Only one victim: "One of 5 shot at bar dies" is not five dead.
                if (value == 1 && slot is FactLexicon.Injured or FactLexicon.Shot or FactLexicon.CriticallyInjured && DiesLater(predicateEnd + 1) is var died and >= 0)
                {
                    slot = FactLexicon.Killed;
                    lastToken = died;
                }
                else if ((slot is FactLexicon.Injured or FactLexicon.Shot && SaysAlso(nounAt >= 0 ? nounAt + 1 : end, predicateEnd))
                    || (slot == FactLexicon.Shot && SaysOther(qualifierStart, nounAt)))
                {
                    // "A 20-year-old man was also hit", "one man died and four others were shot": victims besides
                    // those already told of.
                    role = QuantityRole.Addition;
                }
            }
            else if (VerbBefore(qualifierStart) is { } before)
            {
                slot = before;
            }
            else if (Is(nounAt, "others") && VerbBeforeName(qualifierStart - 1) is { } named)
            {
                // "Gunfire struck Pellow and three others": the one named and the others are one count.
                slot = named;
                value++;
            }
            else if (IsElidedFatally(nounAt >= 0 ? nounAt + 1 : end))
            {
                // "Six people were shot, one fatally": the verb is left out.
                slot = FactLexicon.Killed;
                lastToken = Math.Max(lastToken, nounAt >= 0 ? nounAt + 1 : end);
            }
            else if (slotNoun is not null)
            {
                slot = slotNoun;
            }
            else if (!needsSlot && nounWord is not null && NamesShootingVictims(end, nounAt))
            {
                // "Police found two shooting victims", "two more gunshot victims went to a hospital by car": the
                // noun says they were shot, with no verb to say more.
                slot = FactLexicon.Shot;
                lastToken = Math.Max(lastToken, nounAt);
                if (SaysOther(qualifierStart, nounAt))
                {
                    role = QuantityRole.Addition;
                }
            }
        }
        else if (!needsSlot && nounWord is not null && nounAt >= end && !IsUntracked(nounWord))
        {
            // "two coast guard vessels": a count of the noun group's head, a slot only if several sources give it.
            slot = Lemma(nounWord);
        }
        if (slot == FactLexicon.Jobs && !IsJobCut(qualifierStart))
        {
            // "a plant of 500 jobs": a size, not news.
            return i;
        }
        if (slot is not null && nounWord is not null && slotNoun is null && !personLike && IsEventSlot(slot))
        {
            // "three shots": a noun whose lemma spells an event slot ("shot") counts things, not victims.
            return i;
        }

        if (kind == QuantityKind.Count && personLike && AlongWith(qualifierStart) is { } joined)
        {
            return ReadAlongWith(joined, value, qualifierStart, lastToken, Math.Max(end, nounAt + 1));
        }
        if (slot is null || (needsSlot && !IsEventSlot(slot)))
        {
            return i;
        }

        var (low, high) = kind == QuantityKind.Fraction ? FractionInterval(qualifier, value) : Qualifiers.Interval(qualifier, value);
        var attributed = Attribution is { } a && !(a.OnlyAfterVerb && i < a.VerbToken) ? a.Source : null;
        var quantityText = text[tokens[qualifierStart].Start..tokens[lastToken].End];
        into.Add(new Quantity(slot, value, low, high, qualifier, quantityText, attributed, kind, role, sentenceStart));
        return Math.Max(end, nounAt + 1);
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
        var attributed = Attribution is { } a && !(a.OnlyAfterVerb && i < a.VerbToken) ? a.Source : null;
        into.Add(new Quantity(slot, 1, 1, 1, Qualifiers.Exact, text[tokens[i - 1].Start..tokens[k].End], attributed,
            QuantityKind.Count, QuantityRole.Stated, sentenceStart));
        return k + 1;
    }

    private bool IsWoundingVerb(int k) => Is(k, "wounding") || Is(k, "injuring") || Is(k, "wounded") || Is(k, "injured");

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

    /// <summary>"two of them", "one of the victims", "four of those shot": a part of a group already counted.</summary>
    private bool IsPartitive(int end) =>
        Is(end, "of") && (Is(end + 1, "the") || Is(end + 1, "them") || Is(end + 1, "those") || Is(end + 1, "these") || Is(end + 1, "whom")
            || Is(end + 1, "our") || Is(end + 1, "his") || Is(end + 1, "her") || Is(end + 1, "their") || Is(end + 1, "its") || Is(end + 1, "us"));

    /// <summary>
    /// A part of a group counts only when it died: "five were shot, two of them fatally" and "one of
    /// the victims died" give the dead, while "one of those shot is in critical condition", "four of
    /// them were injured" and "two of the wounded" single out some of a group whose number is given
    /// elsewhere, and are not that number.
    /// </summary>
    private int ReadPartitive(int i, int qualifierStart, int end, double value, string qualifier, QuantityRole role)
    {
        var k = end + 2;
        var fatally = false;
        // Skip the rest of the group ("the victims", "those shot") up to its verb.
        while (k < tokens.Count && k - end < 5 && tokens[k].Kind == WordTokenKind.Word && !IsAuxiliary(k)
            && !Is(k, "died") && !Is(k, "dies") && !Is(k, "die"))
        {
            fatally |= Is(k, "fatally") || Is(k, "mortally");
            k++;
        }
        var (predicate, predicateEnd) = fatally ? (FactLexicon.Killed, k - 1) : Predicate(k);
        if (predicate != FactLexicon.Killed)
        {
            return i;
        }
        var (low, high) = Qualifiers.Interval(qualifier, value);
        var attributed = Attribution is { } a && !(a.OnlyAfterVerb && i < a.VerbToken) ? a.Source : null;
        var lastToken = Math.Max(predicateEnd, end);
        into.Add(new Quantity(FactLexicon.Killed, value, low, high, qualifier, text[tokens[qualifierStart].Start..tokens[lastToken].End], attributed,
            QuantityKind.Count, role, sentenceStart));
        return lastToken + 1;
    }

    private bool SaysAlso(int from, int to)
    {
        for (var k = from; k <= to && k < tokens.Count; k++)
        {
            if (Is(k, "also"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"were not hurt", "weren't injured", "was never shot": a negation just before the verb.</summary>
    private bool IsDenied(int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 2; k--)
        {
            if (Is(k, "not") || Is(k, "never") || (tokens[k].Kind == WordTokenKind.Word
                && (Word(k).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }
        return false;
    }

    private bool SaysOther(int from, int nounAt)
    {
        for (var k = from; k <= nounAt && k < tokens.Count; k++)
        {
            if (Is(k, "other") || Is(k, "others"))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsStill(int k) => Is(k, "remain") || Is(k, "remains") || Is(k, "remained") || Is(k, "still");

    private bool IsOrdinal(int k) =>
        Is(k, "second") || Is(k, "third") || Is(k, "fourth") || Is(k, "fifth") || Is(k, "sixth") || Is(k, "seventh");

    private bool IsSevere(int k) => k >= 0 && k < tokens.Count && FactLexicon.SeverityWordsBySpan.Contains(Word(k));

    private bool IsAuxiliary(int k) =>
        Is(k, "was") || Is(k, "were") || Is(k, "is") || Is(k, "are") || Is(k, "been") || Is(k, "being") || Is(k, "be")
        || Is(k, "has") || Is(k, "have") || Is(k, "had") || Is(k, "got") || Is(k, "get") || Is(k, "gets") || Is(k, "remain")
        || Is(k, "remains") || Is(k, "remained") || Is(k, "later") || Is(k, "also");

    private static (double, double) FractionInterval(string qualifier, double value)
    {
        var (low, high) = Qualifiers.Interval(qualifier, value);
        return (low, Math.Min(1, high));
    }

    private static bool IsEventSlot(string slot) => slot is FactLexicon.Killed or FactLexicon.Injured or FactLexicon.Casualties
        or FactLexicon.Missing or FactLexicon.Arrested or FactLexicon.Displaced or FactLexicon.Shot or FactLexicon.CriticallyInjured;

    /// <summary>"20s", "20's": a number written as a plural.</summary>
    private bool IsPluralNumber(WordToken token) =>
        token.Span(text).EndsWith("s", StringComparison.OrdinalIgnoreCase)
        || (token.End < text.Length && (text[token.End] is 's' or 'S'))
        || (token.End + 1 < text.Length && text[token.End] is '\'' or '’' && text[token.End + 1] is 's' or 'S');

    private bool IsNotACount(int i)
    {
        var token = tokens[i];
        var span = token.Span(text);
        var isYear = token.Value is >= 1800 and <= 2100 && span.Length == 4 && span.IndexOf(',') < 0;
        // A year before a plural count noun may be a count ("2015 deaths"); before a singular one it is a year ("his 2015 death").
        if (isYear && !(i + 1 < tokens.Count && Word(i + 1) is { } n && (FactLexicon.SlotNounsBySpan.ContainsKey(n) || FactLexicon.PersonNounsBySpan.Contains(n))
            && !FactLexicon.SinglePersonNounsBySpan.Contains(n) && !n.Equals("death", StringComparison.OrdinalIgnoreCase)
            && !n.Equals("fatality", StringComparison.OrdinalIgnoreCase) && !n.Equals("casualty", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (i >= 2 && Is(i - 1, "of") && (Is(i - 2, "father") || Is(i - 2, "mother") || Is(i - 2, "mom") || Is(i - 2, "dad")
            || Is(i - 2, "parent") || Is(i - 2, "parents") || Is(i - 2, "grandfather") || Is(i - 2, "grandmother")))
        {
            // "Mother of 4 killed": her children, not the dead.
            return true;
        }
        if (i >= 2 && Is(i - 1, "than") && (Is(i - 2, "younger") || Is(i - 2, "older")))
        {
            // "a boy younger than 10": an age.
            return true;
        }
        if (i >= 1 && IsPluralNumber(token) && token.Value is >= 10 and < 100 && token.Value % 10 == 0
            && (Is(i - 1, "his") || Is(i - 1, "her") || Is(i - 1, "their") || Is(i - 1, "early") || Is(i - 1, "mid") || Is(i - 1, "late")))
        {
            // "a man in his early 20's", "both in their 30s": a decade of age.
            return true;
        }
        if (i >= 1 && tokens[i - 1].IsPunctuation(text, '[') && i + 1 < tokens.Count && tokens[i + 1].IsPunctuation(text, ']'))
        {
            // "[11]": a reference mark in a copied encyclopedia page.
            return true;
        }
        if (token.Value == 911 && span.Length == 3)
        {
            // The emergency number: "a 911 call", "called 911".
            return true;
        }
        if (i >= 3 && (Is(i - 1, "to") || Is(i - 1, "and")) && tokens[i - 2].Kind == WordTokenKind.Number
            && FactLexicon.AgeWordsBySpan.Contains(Word(i - 3)))
        {
            // "ages 11 to 15": the upper end of an age range.
            return true;
        }
        var before = i - 1;
        if (before >= 0 && tokens[before].IsPunctuation(text, '.'))
        {
            before--;
        }
        if (before >= 0 && Word(before) is { } previous
            && (FactLexicon.MonthsBySpan.Contains(previous) || FactLexicon.AgeWordsBySpan.Contains(previous)
                || previous.Equals("no", StringComparison.OrdinalIgnoreCase) || previous.Equals("number", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("called", StringComparison.OrdinalIgnoreCase) || previous.Equals("call", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("dialed", StringComparison.OrdinalIgnoreCase) || previous.Equals("dial", StringComparison.OrdinalIgnoreCase)
                || (tokens[before].IsCapitalized(text) && before == i - 1 && !IsSentenceStartWord(before) && !IsHeadlineVerb(before))))
        {
            // "May 10", "aged 23", "No. 5", "Route 9", "District 12", "called 911".
            return true;
        }
        if (i + 1 < tokens.Count)
        {
            if (IsAgeSuffix(i + 1))
            {
                return true;
            }
            if (Word(i + 1) is { } after && (FactLexicon.NotCountedAfterBySpan.Contains(after) || FactLexicon.MonthsBySpan.Contains(after)
                || after.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase) || after.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
            if (tokens[i + 1].IsPunctuation(text, ')') || tokens[i + 1].IsPunctuation(text, '/'))
            {
                return true;
            }
            if (tokens[i + 1].Kind == WordTokenKind.NumberLike && tokens[i + 1].Span(text).Contains('/'))
            {
                // "a 2 1/2-year-old", "2 1/2 hours": a whole and a fraction, a measure and never a count of people.
                return true;
            }
        }
        // "Roe, 23, of Springfield": an age between commas after a name.
        if (i >= 2 && tokens[i - 1].IsPunctuation(text, ',') && tokens[i - 2].IsCapitalized(text)
            && (i + 1 >= tokens.Count || tokens[i + 1].Kind == WordTokenKind.Punctuation) && token.Value < 120)
        {
            return true;
        }
        // "1200 North Main Street": capitalised words then a street word. "Channel 8 News",
        // "KXYZ 12 Action News": a station's name, whose number is its channel.
        for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
        {
            if (!tokens[k].IsCapitalized(text))
            {
                break;
            }
            if (FactLexicon.NotCountedAfterBySpan.Contains(Word(k)) || Is(k, "news"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Gunman Kills 3", "Gunfire Wounds 5 Teens": a capitalised verb in a headline, not a name like "Route 9".</summary>
    private bool IsHeadlineVerb(int k) =>
        FactLexicon.KilledWordsBySpan.Contains(Word(k)) || FactLexicon.InjuredWordsBySpan.Contains(Word(k))
        || Is(k, "shot") || Is(k, "shoots") || Is(k, "hits") || Is(k, "leaves") || Is(k, "leave");

    private bool IsAgeSuffix(int k) =>
        tokens[k].Kind == WordTokenKind.Word && (Word(k).StartsWith("year-", StringComparison.OrdinalIgnoreCase) || Word(k).StartsWith("years-", StringComparison.OrdinalIgnoreCase)
            || Word(k).StartsWith("month-", StringComparison.OrdinalIgnoreCase) || Word(k).StartsWith("yr-", StringComparison.OrdinalIgnoreCase));

    private bool IsSentenceStartWord(int k) => k == 0 || (k > 0 && tokens[k - 1].Kind == WordTokenKind.Punctuation && text[tokens[k - 1].Start] is '"' or '“' or '(');

    private (string Qualifier, int Start) QualifierBefore(int i)
    {
        foreach (var (words, qualifier) in Qualifiers.Phrases)
        {
            var start = i - words.Length;
            if (start < 0)
            {
                continue;
            }
            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                match = Is(start + w, words[w]);
            }
            if (match)
            {
                return (qualifier, start);
            }
        }
        return (Qualifiers.Exact, i);
    }

    private bool IsAddition(int start, int end)
    {
        if (start > 0 && Word(start - 1) is { } before && FactLexicon.AdditionWordsBySpan.Contains(before))
        {
            return true;
        }
        return end < tokens.Count && Is(end, "more") && end + 1 < tokens.Count && tokens[end + 1].Kind == WordTokenKind.Word
            && !Is(end + 1, "than");
    }

    private (int At, string? Slot) FindNoun(int from)
    {
        for (var k = from; k < tokens.Count && k - from <= MaxModifierGap; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                return (-1, null);
            }
            var word = Word(k);
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
                || (k == from && (word.Equals("shot", StringComparison.OrdinalIgnoreCase) || word.Equals("struck", StringComparison.OrdinalIgnoreCase) || word.Equals("hit", StringComparison.OrdinalIgnoreCase))))
            {
                // "Image 1 of 16 A man died": an article opens a new noun phrase, never a modifier of the number's noun.
                // "5 shot on the west side": a headline's verb, read as the predicate of a bare number.
                return (-1, null);
            }
            if (FactLexicon.SlotNounsBySpan.TryGetValue(word, out var slot))
            {
                // "Two Critically Hurt", "four seriously wounded": the worst of the wounded.
                return (k, slot == FactLexicon.Injured && IsSevere(k - 1) ? FactLexicon.CriticallyInjured : slot);
            }
            if (FactLexicon.PersonNounsBySpan.Contains(word) && !(FactLexicon.NounModifiersBySpan.Contains(word) && IsShootingModifier(k + 1)))
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
                // "two coast guard vessels searched": the group's head is its last noun.
                var head = k;
                while (head + 1 < tokens.Count && head - k < 3 && IsCommonNoun(head + 1) && !FactLexicon.ClauseBreakWordsBySpan.Contains(Word(head + 1)))
                {
                    head++;
                }
                return (head, null);
            }
            if (!FactLexicon.NounModifiersBySpan.Contains(word) && !tokens[k].IsCapitalized(text))
            {
                return (-1, null);
            }
        }
        return (-1, null);
    }

    private bool IsCommonNoun(int k) =>
        tokens[k].Kind == WordTokenKind.Word && !tokens[k].IsCapitalized(text) && Word(k) is { Length: > 2 } word && !IsVerbish(k) && !IsAuxiliary(k)
        && !StopWords.Contains(word) && !FactLexicon.NounModifiersBySpan.Contains(word) && IsLetters(word);

    /// <summary>"two nations", "both sides": counts no desk tracks.</summary>
    private static bool IsUntracked(string noun) =>
        FactLexicon.UntrackedNounsBySpan.Contains(noun) || FactLexicon.UntrackedNounsBySpan.Contains(Lemma(noun));

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
        if (k >= tokens.Count)
        {
            return null;
        }
        double count;
        if (tokens[k].Kind == WordTokenKind.Number && tokens[k].Value is >= 1 and < 1000)
        {
            count = tokens[k].Value;
        }
        else if (Is(k, "a") || Is(k, "an") || Is(k, "his") || Is(k, "her") || Is(k, "their"))
        {
            // "a man and his daughter were found dead": one more.
            count = 1;
        }
        else if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.SinglePersonNounsBySpan.Contains(Word(k)))
        {
            // Headline style without articles: "Mother, child found dead".
            return (1, k);
        }
        else if (tokens[k].Kind == WordTokenKind.NumberLike && k + 1 < tokens.Count && tokens[k + 1].Kind == WordTokenKind.Word
            && FactLexicon.SinglePersonNounsBySpan.Contains(Word(k + 1)))
        {
            // The same with an age: "Boy and 30-year-old aunt hurt".
            return (1, k + 1);
        }
        else if (tokens[k].Kind == WordTokenKind.Word && NumberLexicon.WordValue(Word(k)) is { } spelled && !Is(k, "both") && !Is(k, "couple") && !Is(k, "pair"))
        {
            count = spelled;
        }
        else
        {
            return null;
        }
        k++;
        // Between the count and the noun, only an age or a few modifiers: "a 15-year-old girl", "two teenage boys".
        for (var gap = 0; k < tokens.Count && gap < 3; gap++, k++)
        {
            if (tokens[k].Kind == WordTokenKind.Word && IsPerson(Word(k)) && !FactLexicon.SlotNounsBySpan.ContainsKey(Word(k)))
            {
                return (count, k);
            }
            if (tokens[k].Kind != WordTokenKind.NumberLike
                && !(tokens[k].Kind == WordTokenKind.Word && (FactLexicon.NounModifiersBySpan.Contains(Word(k)) || IsSpelledAge(k))))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"five-year-old", "seven-month-old": an age spelled out in words, before the noun it describes.</summary>
    private bool IsSpelledAge(int k) => Word(k).EndsWith("-old", StringComparison.OrdinalIgnoreCase);

    private static bool IsPerson(ReadOnlySpan<char> word) =>
        FactLexicon.PersonNounsBySpan.Contains(word) || FactLexicon.SinglePersonNounsBySpan.Contains(word);

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

    /// <summary>What the clause after the noun says happened: "were found dead", "were shot and wounded", "died".</summary>
    private (string? Slot, int End) Predicate(int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxPredicateReach; k++)
        {
            var token = tokens[k];
            if (token.Kind == WordTokenKind.Number || (token.Kind == WordTokenKind.Punctuation && text[token.Start] is ',' or ';' or ':' or '.' or '(' or '"' or '“' or '”'))
            {
                break;
            }
            if (token.Kind != WordTokenKind.Word)
            {
                continue;
            }
            var word = Word(k);
            // "a"/"an" opens another noun phrase: in "of 16 A man died" the death is the man's, not sixteen's.
            // "a boy was among those wounded": one of a group, not its number.
            if (FactLexicon.ClauseBreakWordsBySpan.Contains(word) || word.Equals("among", StringComparison.OrdinalIgnoreCase) || NumberLexicon.WordValue(word) is not null
                || ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && !TellsWhereOrHowTheVictimIs(k)))
            {
                break;
            }
            if ((Is(k - 1, "the") || Is(k - 1, "his") || Is(k - 1, "her") || Is(k - 1, "their"))
                && (FactLexicon.InjuredWordsBySpan.Contains(word) || FactLexicon.KilledWordsBySpan.Contains(word)))
            {
                // "played in the wounded child's room", "beside her injured son": a word that describes, not what befell them.
                continue;
            }
            var slot = SlotOfVerb(k, out var end);
            if (slot is not null)
            {
                // "a suspect shot the group", "a gunman killed six people": the subject did it, it was not done to them.
                // "two passengers were not injured": it was not done to them at all.
                return IsActiveVerb(k, end) || IsDenied(k) ? (null, -1) : (slot, end);
            }
        }
        return (null, -1);
    }

    /// <summary>
    /// Where "died" or "dies" ends the clause the wounded are the subject of, or -1: the words
    /// between may tell where, when and how ("at a gas station late on Sunday"), but not of anyone
    /// else ("and the driver died", "and another man died").
    /// </summary>
    private int DiesLater(int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxPredicateReach; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                if (tokens[k].Kind == WordTokenKind.Number || (tokens[k].Kind == WordTokenKind.Punctuation && text[tokens[k].Start] is not ('-' or '\'')))
                {
                    return -1;
                }
                continue;
            }
            var word = Word(k);
            if (word.Equals("died", StringComparison.OrdinalIgnoreCase) || word.Equals("dies", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
            if (FactLexicon.ClauseBreakWordsBySpan.Contains(word) || NumberLexicon.WordValue(word) is not null || IsPerson(word)
                || Is(k, "another") || Is(k, "who") || Is(k, "which") || Is(k, "that") || Is(k, "police") || Is(k, "officials"))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "taken to a hospital", "rushed to an area hospital", "in a critical condition": the article
    /// names where or how the victim is, not a new person.
    /// </summary>
    private bool TellsWhereOrHowTheVictimIs(int k)
    {
        if (Is(k - 1, "in") && (Is(k + 2, "condition") || Is(k + 3, "condition")))
        {
            return true;
        }
        if (!Is(k - 1, "to"))
        {
            return false;
        }
        for (var n = k + 1; n < tokens.Count && n <= k + 3; n++)
        {
            if (Is(n, "hospital"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What no victim count is followed by, after a spelled number and an optional "more": "two days", "three more times".</summary>
    private bool IsNotCountedAfterSpelled(int k)
    {
        if (Is(k, "more") && k + 1 < tokens.Count)
        {
            k++;
        }
        return tokens[k].Kind == WordTokenKind.Word && (FactLexicon.NotCountedAfterBySpan.Contains(Word(k)) || Is(k, "nights") || Is(k, "decades"));
    }

    /// <summary>
    /// "is in critical condition", "listed in a serious condition", "was fighting for his life": the
    /// worst of the wounded. "in stable condition", "in good condition": wounded, and alive.
    /// </summary>
    private string? ConditionSlot(int k, out int end)
    {
        end = k;
        if (Is(k, "condition") && k >= 2 && (Is(k - 2, "in") || (Is(k - 2, "a") && Is(k - 3, "in"))))
        {
            if (IsSevere(k - 1))
            {
                return FactLexicon.CriticallyInjured;
            }
            // "remain hospitalized in stable condition" days on: some of the wounded, not their number.
            var still = IsStill(k - 3) || IsStill(k - 4) || IsStill(k - 5);
            return !still && (Is(k - 1, "stable") || Is(k - 1, "fair") || Is(k - 1, "good") || Is(k - 1, "satisfactory")) ? FactLexicon.Injured : null;
        }
        if (Is(k, "fighting") && Is(k + 1, "for") && (Is(k + 3, "life") || Is(k + 3, "lives")))
        {
            end = k + 3;
            return FactLexicon.CriticallyInjured;
        }
        return null;
    }

    private string? SlotOfVerb(int k, out int end)
    {
        end = k;
        if (ConditionSlot(k, out var conditionEnd) is { } condition)
        {
            end = conditionEnd;
            return condition;
        }
        var word = Word(k);
        if (k > 0 && Is(k - 1, "to") && (word.Equals("hurt", StringComparison.OrdinalIgnoreCase)
            || word.Equals("wound", StringComparison.OrdinalIgnoreCase) || word.Equals("injure", StringComparison.OrdinalIgnoreCase)))
        {
            // "wanted to hurt someone": an intent, no victim.
            return null;
        }
        if (k > 0 && (Is(k - 1, "stab") || (Is(k - 1, "force") && Is(k - 2, "blunt"))))
        {
            // "stab wounds", "blunt force injuries": a knife or a blow, not gunfire.
            return null;
        }
        if (FactLexicon.KilledWordsBySpan.Contains(word))
        {
            if (k > 0 && (Is(k - 1, "nearly") || Is(k - 1, "almost")))
            {
                // "A teen was nearly killed": gravely hurt, alive.
                return FactLexicon.CriticallyInjured;
            }
            if (k + 2 < tokens.Count && Is(k + 1, "or") && Word(k + 2) is { } other && FactLexicon.InjuredWordsBySpan.Contains(other))
            {
                end = k + 2;
                return FactLexicon.Casualties;
            }
            return FactLexicon.Killed;
        }
        if ((word.Equals("wounds", StringComparison.OrdinalIgnoreCase) || word.Equals("wound", StringComparison.OrdinalIgnoreCase)) && k > 0 && Is(k - 1, "gunshot"))
        {
            // "five had gunshot wounds" says they were shot, not that they lived: the dead had them too.
            return k > 1 && (Is(k - 2, "fatal") || Is(k - 2, "fatally")) ? FactLexicon.Killed : FactLexicon.Shot;
        }
        if (word.Equals("hospital", StringComparison.OrdinalIgnoreCase) && k > 0 && (Is(k - 1, "the") || Is(k - 1, "to") || Is(k - 1, "a")
            || (Is(k - 1, "in") && !IsStill(k - 2) && !IsStill(k - 3))))
        {
            // "sent four people to the hospital", "three were taken to a hospital", "lands four men in hospital": hurt, at least
            // for a while; in a shooting report, shot (the dead are taken there too).
            return shooting ? FactLexicon.Shot : FactLexicon.Injured;
        }
        if (word.Equals("grazed", StringComparison.OrdinalIgnoreCase))
        {
            // "grazed by a round": a bullet's graze, whatever the report.
            return FactLexicon.Shot;
        }
        if (word.Equals("struck", StringComparison.OrdinalIgnoreCase) || word.Equals("hitting", StringComparison.OrdinalIgnoreCase) || word.Equals("striking", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("hit", StringComparison.OrdinalIgnoreCase) && !IsRunOver(k)))
        {
            // "were struck by gunfire", "hitting five people": shot, outcome untold. Elsewhere only "struck by" tells of
            // someone hurt ("hit by falling debris"); "the storm hit two towns" does not.
            return shooting ? FactLexicon.Shot : Is(k + 1, "by") ? FactLexicon.Injured : null;
        }
        if (FactLexicon.InjuredWordsBySpan.Contains(word))
        {
            // "three victims remain hospitalized", "one is still hospitalized": some of the wounded, days on.
            if ((word.Equals("hospitalized", StringComparison.OrdinalIgnoreCase) || word.Equals("hospitalised", StringComparison.OrdinalIgnoreCase))
                && (IsStill(k - 1) || IsStill(k - 2)))
            {
                return null;
            }
            // "fatally wounded", "mortally injured": the wound killed.
            if (k > 0 && (Is(k - 1, "fatally") || Is(k - 1, "mortally")))
            {
                return FactLexicon.Killed;
            }
            // "one was critically injured", "one sustained serious injuries" single out the worst of the wounded; they are not their number.
            return IsSevere(k - 1) ? FactLexicon.CriticallyInjured : FactLexicon.Injured;
        }
        if (word.Equals("shooting", StringComparison.OrdinalIgnoreCase) && k > 0 && (Is(k - 1, "fatally") || Is(k - 1, "mortally")))
        {
            // "charged with fatally shooting two men and wounding another".
            return FactLexicon.Killed;
        }
        if (FactLexicon.ArrestedWordsBySpan.Contains(word))
        {
            return FactLexicon.Arrested;
        }
        if (FactLexicon.RescuedWordsBySpan.Contains(word))
        {
            return FactLexicon.Rescued;
        }
        if (ToDeath(k) is { } death)
        {
            return death;
        }
        if (word.Equals("missing", StringComparison.OrdinalIgnoreCase))
        {
            return FactLexicon.Missing;
        }
        if (word.Equals("displaced", StringComparison.OrdinalIgnoreCase) || word.Equals("evacuated", StringComparison.OrdinalIgnoreCase))
        {
            return FactLexicon.Displaced;
        }
        if (word.Equals("shot", StringComparison.OrdinalIgnoreCase) && Is(k + 1, "at") && Is(k + 2, "by"))
        {
            // "they were shot at by a man in a car": fired at, not hit.
            return null;
        }
        if (word.Equals("shot", StringComparison.OrdinalIgnoreCase) || word.Equals("gunned", StringComparison.OrdinalIgnoreCase) || word.Equals("shoots", StringComparison.OrdinalIgnoreCase))
        {
            if (k > 0 && Is(k - 1, "fatally"))
            {
                return FactLexicon.Killed;
            }
            for (var n = k + 1; n < tokens.Count && n <= k + 3; n++)
            {
                if (tokens[n].Kind != WordTokenKind.Word)
                {
                    break;
                }
                var after = Word(n);
                if (after.Equals("dead", StringComparison.OrdinalIgnoreCase) || after.Equals("death", StringComparison.OrdinalIgnoreCase)
                    || after.Equals("killed", StringComparison.OrdinalIgnoreCase))
                {
                    end = n;
                    return FactLexicon.Killed;
                }
                if (FactLexicon.InjuredWordsBySpan.Contains(after))
                {
                    end = n;
                    return FactLexicon.Injured;
                }
            }
            return word.Equals("gunned", StringComparison.OrdinalIgnoreCase) ? FactLexicon.Killed : FactLexicon.Shot;
        }
        return null;
    }

    /// <summary>
    /// "stabbed to death", "crushed to death", "fell to his death": a death by any means, except a sentence
    /// ("sentenced to death"). A shooting report counts only gunfire victims, so there a knife or a beating
    /// gives none.
    /// </summary>
    private string? ToDeath(int k)
    {
        if (!(Is(k, "death") || Is(k, "deaths")))
        {
            return null;
        }
        var to = Is(k - 1, "to") ? k - 1 : Is(k - 2, "to") && (Is(k - 1, "his") || Is(k - 1, "her") || Is(k - 1, "their")) ? k - 2 : -1;
        if (to < 1 || tokens[to - 1].Kind != WordTokenKind.Word)
        {
            return null;
        }
        var means = Word(to - 1);
        if (FactLexicon.SentencedWordsBySpan.Contains(means) || (shooting && ShootingPack.OtherMeansOfDeath.Contains(means)))
        {
            return null;
        }
        return FactLexicon.Killed;
    }

    /// <summary>
    /// "the death toll rose to 300", "put the toll at 40", "the toll has climbed to 57": a number a toll reaches,
    /// read back from the word before it over the toll's verbs, within a clause.
    /// </summary>
    private bool IsTollFigure(int start)
    {
        if (!(Is(start - 1, "to") || Is(start - 1, "at") || Is(start - 1, "of") || Is(start - 1, "reached") || Is(start - 1, "hit")
            || Is(start - 1, "passed") || Is(start - 1, "topped") || Is(start - 1, "is") || Is(start - 1, "was")))
        {
            return false;
        }
        for (var k = start - 1; k >= 0 && start - k <= MaxTollReach; k--)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                return false;
            }
            if (FactLexicon.TollWordsBySpan.Contains(Word(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"cut 1,200 jobs", "will shed 300 jobs": jobs a count of which is news; "laid off 40 workers".</summary>
    private bool IsJobCut(int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= 3; k--)
        {
            if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.JobVerbsBySpan.Contains(Word(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verb in the active voice: no auxiliary before it ("was shot") and an object after it ("shot
    /// the clerk", "killed his wife", "wounded two"). "shot the night before" is not an object.
    /// </summary>
    private bool IsActiveVerb(int verb, int verbEnd)
    {
        if (Is(verb, "shoots"))
        {
            return true;
        }
        if (!(FactLexicon.KilledWordsBySpan.Contains(Word(verb)) || FactLexicon.InjuredWordsBySpan.Contains(Word(verb))
            || Is(verb, "shot") || Is(verb, "gunned") || Is(verb, "struck") || Is(verb, "grazed")) || (verb > 0 && IsAuxiliary(verb - 1)))
        {
            return false;
        }
        var o = verbEnd + 1;
        if (o >= tokens.Count)
        {
            return false;
        }
        if (tokens[o].Kind == WordTokenKind.Number)
        {
            return !(o + 1 < tokens.Count && FactLexicon.NotCountedAfterBySpan.Contains(Word(o + 1)));
        }
        if (tokens[o].Kind != WordTokenKind.Word)
        {
            return false;
        }
        if (Is(o, "the") || Is(o, "a") || Is(o, "an"))
        {
            return !(o + 1 < tokens.Count && FactLexicon.TimeNounsBySpan.Contains(Word(o + 1)));
        }
        return FactLexicon.ObjectPronounsBySpan.Contains(Word(o))
            || (NumberLexicon.WordValue(Word(o)) is not null && !(o + 1 < tokens.Count && FactLexicon.NotCountedAfterBySpan.Contains(Word(o + 1))))
            || IsNamedObject(verb, o);
    }

    /// <summary>
    /// "another teen accidentally shot Pellow": a name after the verb is whom the subject shot. Not in a
    /// headline written in capitals ("Man Shot Outside Bar"), where the next word is capitalised anyway.
    /// </summary>
    private bool IsNamedObject(int verb, int o) =>
        tokens[o].IsCapitalized(text) && !tokens[verb].IsCapitalized(text) && Word(o).Length > 1 && !IsLinkOrTime(o);

    private bool IsLinkOrTime(int k) =>
        FactLexicon.MonthsBySpan.Contains(Word(k)) || FactLexicon.WeekdaysBySpan.Contains(Word(k))
        || Is(k, "i") || Is(k, "in") || Is(k, "at") || Is(k, "on");

    /// <summary>After "17-year-old" or "17 year old" at <paramref name="k"/>: the token that follows the age, or -1 if none is there.</summary>
    private int AfterAge(int k)
    {
        if (k >= tokens.Count)
        {
            return -1;
        }
        if (tokens[k].Kind == WordTokenKind.NumberLike)
        {
            var span = tokens[k].Span(text);
            return span.EndsWith("-old", StringComparison.OrdinalIgnoreCase) ? k + 1 : -1;
        }
        return tokens[k].Kind == WordTokenKind.Number && (Is(k + 1, "year") || Is(k + 1, "years")) && Is(k + 2, "old") ? k + 3 : -1;
    }

    /// <summary>"one fatally." or "one fatally, in the shooting": no verb after it ("Sniper Fatally Shoots 2" has one).</summary>
    private bool IsElidedFatally(int k) =>
        (Is(k, "fatally") || Is(k, "mortally"))
        && (k + 1 >= tokens.Count || tokens[k + 1].Kind == WordTokenKind.Punctuation || Is(k + 1, "and") || Is(k + 1, "in") || Is(k + 1, "on") || Is(k + 1, "at"));

    /// <summary>"hit by a car": a crash, not gunfire.</summary>
    private bool IsRunOver(int k)
    {
        for (var n = k + 1; n < tokens.Count && n <= k + 4; n++)
        {
            if (Is(n, "car") || Is(n, "vehicle") || Is(n, "truck") || Is(n, "bus") || Is(n, "train") || Is(n, "suv") || Is(n, "van") || Is(n, "driver"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"killing two", "wounding three others", "police arrested four".</summary>
    private string? VerbBefore(int start)
    {
        var k = start - 1;
        if (k < 0 || tokens[k].Kind != WordTokenKind.Word)
        {
            return null;
        }
        if (Is(k, "of") && k > 0 && tokens[k - 1].Kind == WordTokenKind.Word && FactLexicon.KillingNounsBySpan.Contains(Word(k - 1)))
        {
            // "charged in the killing of two men", "the deaths of a mother and her son"; "the attempted
            // murders of five teens" are five who lived.
            return Is(k - 2, "attempted") ? null : FactLexicon.Killed;
        }
        if (Is(k, "off") && (Is(k - 1, "laid") || Is(k - 1, "lay") || Is(k - 1, "lays") || Is(k - 1, "laying")))
        {
            // "laid off 40 workers".
            return FactLexicon.Jobs;
        }
        var slot = SlotOfVerb(k, out _);
        return slot == FactLexicon.Shot && !Is(k, "shot") && !Is(k, "shoots") && !Is(k, "hitting") && !Is(k, "striking") ? null : slot;
    }

    private bool IsVerbish(int k)
    {
        var word = Word(k);
        return word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)
            || word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)
            || word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("has", StringComparison.OrdinalIgnoreCase)
            || word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private bool Is(int k, string word) => k >= 0 && k < tokens.Count && tokens[k].Is(text, word);

    private ReadOnlySpan<char> Word(int k) => tokens[k].Kind == WordTokenKind.Word ? tokens[k].Span(text) : [];

    internal static string Lemma(string noun)
    {
        var lower = noun.ToLowerInvariant();
        return lower switch
        {
            "people" or "persons" => "people",
            "men" => "man",
            "women" => "woman",
            "children" => "child",
            "policemen" => "policeman",
            "gunmen" => "gunman",
            _ when lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4 => lower[..^3] + "y",
            _ when lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal)
                || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal) => lower[..^2],
            _ when lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && lower.Length > 3 => lower[..^1],
            _ => lower,
        };
    }
}
