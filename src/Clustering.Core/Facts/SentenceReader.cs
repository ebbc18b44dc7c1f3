using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>Reads the quantities of one sentence; see <see cref="QuantityExtractor"/>.</summary>
internal sealed partial class SentenceReader
{
    private const int MaxModifierGap = 4;

    private const int MaxPredicateReach = 10;

    /// <summary>Words an aside between commas may run to: "including two police officers and a firefighter".</summary>
    private const int MaxAsideLength = 10;

    /// <summary>Tokens back from a number to the age word that opens its list: "ages 19, 22, 24, 26, 29 and 37".</summary>
    private const int MaxAgeListLength = 16;

    /// <summary>Words from "toll" to its figure: "the death toll in the valley's earthquake has climbed to 212".</summary>
    private const int MaxTollReach = 20;

    private string text = string.Empty;

    private List<WordToken> tokens = [];

    private int sentenceStart;

    private List<Quantity> into = [];

    /// <summary>Whether the article is a shooting report: "taken to a hospital" and "hit" then tell of gunshot wounds.</summary>
    private bool shooting;

    /// <summary>How many quantities <see cref="into"/> held when this sentence began.</summary>
    private int sentenceRead;

    public void Read(string sentenceText, List<WordToken> sentenceTokens, int start, List<Quantity> output, bool shootingReport)
    {
        shooting = shootingReport;
        text = sentenceText;
        tokens = sentenceTokens;
        sentenceStart = start;
        into = output;
        ForgetAttribution();
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
        ReadAllAboardKilled(read);
        MarkTally(read);
    }

    /// <summary>
    /// "61 people were injured in total", "according to the latest figures": the sentence's counts are the whole, or the
    /// latest. "Revised down to 46", "not 52 as previously reported": they correct an earlier figure.
    /// </summary>
    private void MarkTally(int read)
    {
        if (into.Count == read)
        {
            return;
        }
        // One pass over the tokens already scanned, for both marks.
        bool tally = false, revised = false;
        foreach (var token in tokens)
        {
            if (token.Kind == WordTokenKind.Word)
            {
                var word = token.Span(text);
                tally |= FactLexicon.TallyWordsBySpan.Contains(word);
                revised |= FactLexicon.RevisionWordsBySpan.Contains(word);
            }
        }
        for (var i = read; i < into.Count && (tally || revised); i++)
        {
            into[i] = into[i] with { Tally = tally, Revised = revised };
        }
    }

    /// <summary>
    /// "six bodies were registered twice": the count of a correction (the duplicates), not of the event's people;
    /// the sentence's own toll ("the number who died is 46, not 52") is read as usual.
    /// </summary>
    private bool CountedTwice(int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxDuplicateReach; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Word || FactLexicon.ClauseBreakWordsBySpan.Contains(Word(k)))
            {
                return false;
            }
            if (In(k, FactLexicon.DuplicateWordsBySpan))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after a count within which its clause may say it was counted twice.</summary>
    private const int MaxDuplicateReach = 6;

    /// <summary>Reads a quantity starting at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/> if none.</summary>
    private int TryRead(int i)
    {
        if (tokens[i].Kind == WordTokenKind.Word && ReadsNoCount(i, out var next))
        {
            return next;
        }
        if (IsMagnitude(i))
        {
            // "a magnitude 6.2 quake": its size, never a count.
            return i + 1;
        }
        var count = new Count { Start = i, End = i + 1, Kind = QuantityKind.Count, Qualifier = Qualifiers.Exact, NounAt = -1, PredicateFrom = -1, TextFrom = -1 };
        if (!ReadCountPhrase(ref count))
        {
            return i;
        }
        count.QualifierStart = i;
        if (count.Qualifier == Qualifiers.Exact)
        {
            (count.Qualifier, count.QualifierStart) = QualifierBefore(i);
        }
        if (In(count.QualifierStart - 1, FactLexicon.InclusionWordsBySpan))
        {
            // "the dead included a boy and a woman who was hit": some of a group counted elsewhere, never their own count.
            return PastTheList(Math.Max(count.End, i + 1));
        }
        count.Role = count.OneMore || IsAddition(count.QualifierStart, count.End) || tokens[i].Is(text, "another") ? QuantityRole.Addition : QuantityRole.Stated;
        if (count.Kind == QuantityKind.Count && IsPartitive(count.End))
        {
            return ReadPartitive(i, count.QualifierStart, count.End, count.Value, count.Qualifier, count.Role);
        }
        ReadNounGroup(ref count);
        if (!ReadClauseSlot(ref count))
        {
            return i;
        }
        if (count.Kind == QuantityKind.Count && count.PersonLike && AlongWith(count.QualifierStart) is { } joined)
        {
            return ReadAlongWith(joined, count.Value, count.QualifierStart, count.LastToken, Math.Max(count.End, count.NounAt + 1));
        }
        if (count.Slot is null || (count.NeedsSlot && !IsEventSlot(count.Slot)) || CountedTwice(Math.Max(count.End, count.NounAt + 1)))
        {
            return i;
        }
        if (count.Ordinal > 1 && count.Slot == FactLexicon.Killed && !into.Exists(q => FactLexicon.IsVictimSlot(q.Slot)))
        {
            // "A third person has died in the outbreak" with nobody counted before it: the dead so far.
            (count.Value, count.Role) = (count.Ordinal, QuantityRole.Stated);
        }
        if (count.Kind == QuantityKind.Count && PartBefore(count) is { } part)
        {
            // "120 of the 300 people on board were missing": the clause tells of the part; the whole is who was aboard.
            (count.Value, count.Qualifier, count.QualifierStart) = part;
        }
        Emit(count);
        // Past an aside whose predicate it took: "including 12 officers" is not read again as a count of its own.
        return Math.Max(Math.Max(count.End, count.NounAt + 1), count.PredicateFrom);
    }

    /// <summary>Where a list of those included ends: at the next figure ("and 40 were hurt") or the end of the clause.</summary>
    private int PastTheList(int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Kind != WordTokenKind.Number && !(tokens[k].Kind == WordTokenKind.Punctuation && text[tokens[k].Start] is '.' or ';' or ':'))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// Where the wording ends: past "in the attack", "in Tuesday's quake", "from the blast" right after the
    /// count's last word, which says the count is that event's (<see cref="Consensus.Claim.TellsTheToll"/>); else at it.
    /// </summary>
    private int EventNamedAfter(int last)
    {
        var k = last + 1;
        if (!(Is(k, "in") || Is(k, "from") || Is(k, "during")))
        {
            return last;
        }
        for (var n = k + 1; n < tokens.Count && n <= k + 4 && tokens[n].Kind == WordTokenKind.Word; n++)
        {
            if (FactLexicon.EventNounsBySpan.Contains(Word(n)))
            {
                return n;
            }
        }
        return last;
    }

    /// <summary>
    /// Where the wording starts: at the sentence's start when it opens on the event and the count follows
    /// soon ("The collision, near the junction, left 38 people dead"), which says the count is that
    /// event's; else at <paramref name="from"/>.
    /// </summary>
    private int EventNamedBefore(int from)
    {
        if (from > MaxSubjectToCount)
        {
            return from;
        }
        for (var k = 0; k < from && k <= 2; k++)
        {
            if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.EventNounsBySpan.Contains(Word(k)))
            {
                return 0;
            }
        }
        return from;
    }

    /// <summary>Tokens from a sentence's start within which a count is still its opening subject's.</summary>
    private const int MaxSubjectToCount = 12;

    private void Emit(in Count count)
    {
        var (low, high) = count.Kind == QuantityKind.Fraction ? FractionInterval(count.Qualifier, count.Value) : Qualifiers.Interval(count.Qualifier, count.Value);
        var from = count.TextFrom >= 0 ? Math.Min(count.TextFrom, count.QualifierStart) : count.QualifierStart;
        from = EventNamedBefore(from);
        var quantityText = text[tokens[from].Start..tokens[EventNamedAfter(count.LastToken)].End];
        into.Add(new Quantity(count.Slot!, count.Value, low, high, count.Qualifier, quantityText, AttributedAt(count.Start), count.Kind, count.Role, sentenceStart));
    }

    /// <summary>
    /// Words that open no count, or a reading of their own: "no one" ("no one else" says nothing of the victims
    /// already named), and "his", "her", "their" after a wounding verb.
    /// </summary>
    private bool ReadsNoCount(int i, out int next)
    {
        next = i;
        var word = Word(i);
        if (i > 0 && (Is(i - 1, "no") || Is(i - 1, "not")) && word.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (FactLexicon.PossessivesBySpan.Contains(word))
        {
            // "critically wounding his teenage son". As a subject ("and his brother was wounded") a relative was
            // tried and read more wrong counts than right ones.
            next = i > 0 && IsWoundingVerb(i - 1) ? ReadWoundedRelative(i) : i;
            return true;
        }
        return false;
    }

    private bool Is(int k, string word) => k >= 0 && k < tokens.Count && tokens[k].Is(text, word);

    /// <summary>Whether the word at <paramref name="k"/> (if any) is in one of the lexicon's lists.</summary>
    private bool In(int k, WordSet words) => k >= 0 && k < tokens.Count && tokens[k].Kind == WordTokenKind.Word && words.Contains(tokens[k].Span(text));

    private ReadOnlySpan<char> Word(int k) => tokens[k].Kind == WordTokenKind.Word ? tokens[k].Span(text) : [];
}
