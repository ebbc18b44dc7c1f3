using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>The words that state a count: a numeral or number word, its hedge, shares and vague counts, and numbers that count nothing.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>Reads the words that state a count at <see cref="Count.Start"/>: a numeral, a number word, a share, a vague count, "a" before a person.</summary>
    private bool ReadCountPhrase(ref Count c)
    {
        var token = tokens[c.Start];
        if (token.Kind == WordTokenKind.Number)
        {
            return ReadNumeral(ref c);
        }
        if (token.Kind != WordTokenKind.Word)
        {
            return false;
        }
        var i = c.Start;
        var word = token.Span(text);
        if (!FactLexicon.CountStartersBySpan.Contains(word) && word.IndexOf('-') < 0
            && !((i == 0 || tokens[i - 1].IsPunctuation(text, ',')) && FactLexicon.SinglePersonNounsBySpan.Contains(word)))
        {
            return false;
        }
        if (ReadVagueOrShare(ref c, word) is { } read)
        {
            return read;
        }
        if (IsArticleOrOne(word))
        {
            return ReadArticle(ref c, word);
        }
        if ((i == 0 || tokens[i - 1].IsPunctuation(text, ',')) && token.IsCapitalized(text) && FactLexicon.SinglePersonNounsBySpan.Contains(word))
        {
            // Headline style: "Man killed in shooting", "Four shot, man dead".
            c.Value = 1;
            c.NeedsSlot = true;
            c.NounAt = i;
            c.End = i;
            return true;
        }
        return NumberLexicon.WordValue(word) is { } spelled && ReadSpelled(ref c, word, spelled);
    }

    private bool ReadNumeral(ref Count c)
    {
        c.Value = tokens[c.Start].Value;
        if (IsNotACount(c.Start))
        {
            return false;
        }
        var end = c.End;
        if (end < tokens.Count && Word(end) is { } m && FactLexicon.MultipliersBySpan.TryGetValue(m, out var factor))
        {
            c.Value *= factor;
            c.End++;
        }
        else if (end < tokens.Count && (Is(end, "percent") || tokens[end].IsPunctuation(text, '%')) && end + 1 < tokens.Count && Is(end + 1, "of"))
        {
            c.Value /= 100;
            c.Kind = QuantityKind.Fraction;
            c.End += 2;
        }
        return true;
    }

    /// <summary>"dozens of", "another", "two-thirds of", "a third of", "half of", "a dozen": true or false when read, null when the word is none of these.</summary>
    private bool? ReadVagueOrShare(ref Count c, ReadOnlySpan<char> word)
    {
        var end = c.End;
        if (FactLexicon.VagueCountsBySpan.TryGetValue(word, out var vague))
        {
            c.Qualifier = vague;
            c.Value = Qualifiers.Interval(vague, 0).Low;
            c.End += end < tokens.Count && Is(end, "of") ? 1 : 0;
            return true;
        }
        if (word.Equals("another", StringComparison.OrdinalIgnoreCase))
        {
            // "killing three and wounding another", "another man was shot": one more victim. Before a
            // number ("another 500 troops") the number is read, as an addition.
            c.Value = 1;
            c.NeedsSlot = true;
            return !(end < tokens.Count && (tokens[end].Kind == WordTokenKind.Number || NumberLexicon.WordValue(Word(end)) is not null));
        }
        if (NumberLexicon.HyphenatedFraction(word) is { } share)
        {
            c.Value = share;
            c.Kind = QuantityKind.Fraction;
            c.End += end < tokens.Count && Is(end, "of") ? 1 : 0;
            return true;
        }
        if (IsArticleOrOne(word) && end < tokens.Count && Word(end) is { } fraction && FactLexicon.FractionWordsBySpan.TryGetValue(fraction, out var part)
            && end + 1 < tokens.Count && Is(end + 1, "of"))
        {
            c.Value = part;
            c.Kind = QuantityKind.Fraction;
            c.End += 2;
            return true;
        }
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase) && end < tokens.Count && Is(end, "of"))
        {
            c.Value = 0.5;
            c.Kind = QuantityKind.Fraction;
            c.End++;
            return true;
        }
        if (IsArticle(word) && end < tokens.Count && Is(end, "dozen"))
        {
            c.Value = 12;
            c.End++;
            return true;
        }
        return null;
    }

    /// <summary>"a man was shot and killed": one, but only when the clause says what happened to him.</summary>
    private bool ReadArticle(ref Count c, ReadOnlySpan<char> word)
    {
        var end = c.End;
        c.Value = 1;
        c.NeedsSlot = true;
        if (word.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var k = end;
        while (k < tokens.Count && k - end < 2
            && (tokens[k].Kind == WordTokenKind.NumberLike
                || (tokens[k].Kind == WordTokenKind.Word && !FactLexicon.SinglePersonNounsBySpan.Contains(Word(k)) && !IsVerbish(k))))
        {
            k++;
        }
        var afterAge = AfterAge(end);
        if (afterAge >= 0 && afterAge < tokens.Count && FactLexicon.SinglePersonNounsBySpan.Contains(Word(afterAge)))
        {
            // "a 16 year old girl": the age spelled out in words before the noun.
            c.NounAt = afterAge;
            c.End = afterAge;
            return true;
        }
        if (afterAge >= 0 && afterAge < tokens.Count && (IsAuxiliary(afterAge) || FactLexicon.KilledWordsBySpan.Contains(Word(afterAge))))
        {
            // "a 17-year-old was wounded", "a 15 year old died": the age stands for the person.
            c.End = afterAge;
            return true;
        }
        if (k < tokens.Count && Word(k) is { } noun && FactLexicon.SinglePersonNounsBySpan.Contains(noun))
        {
            c.NounAt = k;
            // "a third man was wounded": one more after those already counted.
            c.OneMore = IsOrdinal(end) || IsOrdinal(end + 1);
            c.Ordinal = c.OneMore ? OrdinalValue(IsOrdinal(end) ? end : end + 1) : 0;
            c.End = k;
            return true;
        }
        return false;
    }

    private bool ReadSpelled(ref Count c, ReadOnlySpan<char> word, double spelled)
    {
        var end = c.End;
        if (end < tokens.Count && (IsAgeSuffix(end) || ((Is(end, "year") || Is(end, "years")) && Is(end + 1, "old"))))
        {
            // "Sixteen year-old boy": an age, not a count.
            return false;
        }
        if (end < tokens.Count && IsNotCountedAfterSpelled(end))
        {
            // "stayed three days in a ward", "four hours later", "shot three more times": a span of time or a
            // number of shots, spelled out as a digit's would be.
            return false;
        }
        c.Value = spelled;
        if (end < tokens.Count && Word(end) is { } m && FactLexicon.MultipliersBySpan.TryGetValue(m, out var factor))
        {
            c.Value *= factor;
            c.End++;
        }
        c.NeedsSlot = c.Value == 1 || word.Equals("both", StringComparison.OrdinalIgnoreCase) || word.Equals("couple", StringComparison.OrdinalIgnoreCase);
        return !(word.Equals("couple", StringComparison.OrdinalIgnoreCase) || word.Equals("pair", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleOrOne(ReadOnlySpan<char> word) => IsArticle(word) || word.Equals("one", StringComparison.OrdinalIgnoreCase);

    /// <summary>"two of them", "one of the victims", "four of those shot": a part of a group already counted.</summary>
    private bool IsPartitive(int end) =>
        Is(end, "of") && In(end + 1, FactLexicon.PartitiveDeterminersBySpan);

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
            && !In(k, FactLexicon.DieWordsBySpan))
        {
            fatally |= IsFatally(k);
            k++;
        }
        var (predicate, predicateEnd) = fatally ? (FactLexicon.Killed, k - 1) : Predicate(k);
        if (predicate != FactLexicon.Killed)
        {
            return i;
        }
        var (low, high) = Qualifiers.Interval(qualifier, value);
        var attributed = AttributedAt(i);
        var lastToken = Math.Max(predicateEnd, end);
        into.Add(new Quantity(FactLexicon.Killed, value, low, high, qualifier, text[tokens[qualifierStart].Start..tokens[lastToken].End], attributed,
            QuantityKind.Count, role, sentenceStart));
        return lastToken + 1;
    }

    /// <summary>
    /// The part a partitive names before a whole that has its own number ("120 of the 300 people on board
    /// were missing", "two of the 40 passengers died"), when the clause's verb is a finite one (after an
    /// auxiliary, or a verb of dying) and so is said of the part; null otherwise. "one of the 12 people
    /// injured in the blast" describes the whole with its participle, and the whole keeps its count.
    /// </summary>
    private (double Value, string Qualifier, int QualifierStart)? PartBefore(in Count whole)
    {
        var at = whole.QualifierStart;
        if (!(Is(at - 1, "the") || Is(at - 1, "those")) || !Is(at - 2, "of") || at < 3)
        {
            return null;
        }
        var part = at - 3;
        double? value = tokens[part].Kind == WordTokenKind.Number ? tokens[part].Value : NumberLexicon.WordValue(Word(part));
        if (value is not { } v || v <= 0 || v >= whole.Value)
        {
            return null;
        }
        var finite = In(whole.LastToken, FactLexicon.DieWordsBySpan);
        for (var k = Math.Max(whole.NounAt, whole.End); k < whole.LastToken && !finite; k++)
        {
            finite = IsAuxiliary(k);
        }
        if (!finite)
        {
            return null;
        }
        var (qualifier, start) = QualifierBefore(part);
        return (v, qualifier, start);
    }

    private bool IsOrdinal(int k) => In(k, FactLexicon.OrdinalsBySpan);

    private double OrdinalValue(int k) => FactLexicon.OrdinalValue(Word(k));

    private static (double, double) FractionInterval(string qualifier, double value)
    {
        var (low, high) = Qualifiers.Interval(qualifier, value);
        return (low, Math.Min(1, high));
    }

    /// <summary>"20s", "20's": a number written as a plural.</summary>
    private bool IsPluralNumber(WordToken token) =>
        token.Span(text).EndsWith("s", StringComparison.OrdinalIgnoreCase)
        || (token.End < text.Length && (text[token.End] is 's' or 'S'))
        || (token.End + 1 < text.Length && text[token.End] is '\'' or '’' && text[token.End + 1] is 's' or 'S');

    /// <summary>A number that is no count: a year, a date, an age, a reference, a time, an address, a measure, a channel.</summary>
    private bool IsNotACount(int i) => IsYearOrMark(i) || IsAgeOrKin(i) || IsLabelled(i) || IsMeasureOrPlace(i);

    private bool IsYearOrMark(int i)
    {
        var token = tokens[i];
        var span = token.Span(text);
        var isYear = token.Value is >= 1800 and <= 2100 && span.Length == 4 && span.IndexOf(',') < 0;
        // A year before a plural count noun may be a count ("2015 deaths"); before a singular one it is a year ("his 2015 death").
        if (isYear && !(i + 1 < tokens.Count && Word(i + 1) is { } n && (FactLexicon.SlotNounsBySpan.ContainsKey(n) || FactLexicon.PersonNounsBySpan.Contains(n))
            && !FactLexicon.SinglePersonNounsBySpan.Contains(n) && !FactLexicon.SingularCountNounsBySpan.Contains(n)))
        {
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
        return false;
    }

    /// <summary>"Mother of 4", "younger than 10", "in their 30s", "ages 11 to 15": children or ages, not the counted.</summary>
    private bool IsAgeOrKin(int i)
    {
        var token = tokens[i];
        if (i >= 2 && Is(i - 1, "of") && In(i - 2, FactLexicon.ParentNounsBySpan))
        {
            // "Mother of 4 killed": her children, not the dead.
            return true;
        }
        if (i >= 2 && Is(i - 1, "than") && In(i - 2, FactLexicon.AgeComparisonsBySpan))
        {
            // "a boy younger than 10": an age.
            return true;
        }
        if (i >= 1 && IsPluralNumber(token) && token.Value is >= 10 and < 100 && token.Value % 10 == 0
            && In(i - 1, FactLexicon.DecadeWordsBySpan))
        {
            // "a man in his early 20's", "both in their 30s": a decade of age.
            return true;
        }
        if (ClosesAnAgeList(i))
        {
            // "ages 11 to 15", "the victims, ages 22, 26, 29 and 37, were": the later ages of a list an age word opens.
            return true;
        }
        return false;
    }

    /// <summary>Whether the number at <paramref name="i"/> follows other numbers, joined by commas, "and", "or" or "to", back to an age word.</summary>
    private bool ClosesAnAgeList(int i)
    {
        var numbers = 0;
        for (var k = i - 1; k >= 0 && i - k <= MaxAgeListLength; k--)
        {
            if (tokens[k].Kind == WordTokenKind.Number)
            {
                numbers++;
            }
            else if (!(tokens[k].IsPunctuation(text, ',') || Is(k, "and") || Is(k, "or") || Is(k, "to")))
            {
                return numbers > 0 && FactLexicon.AgeWordsBySpan.Contains(Word(k));
            }
        }
        return false;
    }

    /// <summary>"May 10", "aged 23", "No. 5", "Route 9", "called 911": a word before the number that makes it a label.</summary>
    private bool IsLabelled(int i)
    {
        var before = i - 1;
        if (before >= 0 && tokens[before].IsPunctuation(text, '.'))
        {
            before--;
        }
        if (before >= 0 && Word(before) is { } previous
            && (FactLexicon.MonthsBySpan.Contains(previous) || FactLexicon.AgeWordsBySpan.Contains(previous)
                || FactLexicon.LabelWordsBySpan.Contains(previous)
                || (tokens[before].IsCapitalized(text) && before == i - 1 && !IsSentenceStartWord(before) && !IsHeadlineVerb(before)
                    && !(IsAllCaps(before) && QualifierBefore(i).Qualifier != Qualifiers.Exact))))
        {
            // "May 10", "aged 23", "No. 5", "Route 9", "District 12", "called 911"; not "AT LEAST 63", a lead set in capitals.
            return true;
        }
        return false;
    }

    /// <summary>"3 p.m.", "2 1/2 hours", "Roe, 23, of", "1200 North Main Street", "Channel 8 News": a time, a measure, an age, a place.</summary>
    private bool IsMeasureOrPlace(int i)
    {
        var token = tokens[i];
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
        || In(k, ShootingPack.HeadlineVerbs);

    private bool IsAgeSuffix(int k) =>
        tokens[k].Kind == WordTokenKind.Word && (Word(k).StartsWith("year-", StringComparison.OrdinalIgnoreCase) || Word(k).StartsWith("years-", StringComparison.OrdinalIgnoreCase)
            || Word(k).StartsWith("month-", StringComparison.OrdinalIgnoreCase) || Word(k).StartsWith("yr-", StringComparison.OrdinalIgnoreCase));

    private bool IsAllCaps(int k)
    {
        foreach (var c in tokens[k].Span(text))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

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
                return qualifier == Qualifiers.UpTo && NamesATollBefore(start - 1) ? (Qualifiers.Exact, i) : (qualifier, start);
            }
        }
        return (Qualifiers.Exact, i);
    }

    /// <summary>"revised the number of wounded up to 81", "pushed the toll up to 40": "up to" after a toll is where it went, no hedge.</summary>
    private bool NamesATollBefore(int k) =>
        k >= 0 && tokens[k].Kind == WordTokenKind.Word && (In(k, FactLexicon.TollWordsBySpan) || In(k, FactLexicon.DeadNounsBySpan) || NumberOf(k) is not null);

    private bool IsAddition(int start, int end)
    {
        if (start > 0 && Word(start - 1) is { } before && FactLexicon.AdditionWordsBySpan.Contains(before))
        {
            return true;
        }
        return end < tokens.Count && Is(end, "more") && end + 1 < tokens.Count && tokens[end + 1].Kind == WordTokenKind.Word
            && !Is(end + 1, "than");
    }

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

    /// <summary>What no victim count is followed by, after a spelled number and an optional "more": "two days", "three more times".</summary>
    private bool IsNotCountedAfterSpelled(int k)
    {
        if (Is(k, "more") && k + 1 < tokens.Count)
        {
            k++;
        }
        return tokens[k].Kind == WordTokenKind.Word && (FactLexicon.NotCountedAfterBySpan.Contains(Word(k)) || In(k, FactLexicon.TimeSpansBySpan));
    }
}
