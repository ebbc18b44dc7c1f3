using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>Victims told of without a count of their own: named ones "also shot", "shooting victims".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Her stepson, Dale Pellow, was also shot", "Pellow, who was also hit, was taken to a hospital": one
    /// more victim, named rather than counted. Only after a name or a person noun ("Their car was also
    /// struck" is no victim, "He was also shot in the arm" most often tells of the victim already
    /// counted), only for one ("was"), and only where no count of the sentence already reads the verb.
    /// </summary>
    private void ReadNamedAlsoHurt(int readBefore)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (!Is(k, "was") || !Is(k + 1, "also"))
            {
                continue;
            }
            var verb = k + 2;
            if (Is(verb, "found") && verb + 1 < tokens.Count)
            {
                // "Her nephew, Ian Dace, 12, was also found wounded".
                verb++;
            }
            var severe = false;
            if (IsSevere(verb) && verb + 1 < tokens.Count)
            {
                severe = true;
                verb++;
            }
            var slot = SlotOfVerb(verb, out var verbEnd);
            if (slot is not (FactLexicon.Shot or FactLexicon.Injured or FactLexicon.CriticallyInjured) || !IsNamedVictim(k - 1)
                || IsReadAlready(readBefore, tokens[verb].Start))
            {
                continue;
            }
            if (severe && slot == FactLexicon.Injured)
            {
                slot = FactLexicon.CriticallyInjured;
            }
            var from = k - 1;
            while (from > 0 && k - from < 4 && tokens[from - 1].Kind == WordTokenKind.Word)
            {
                from--;
            }
            var attributed = AttributedAt(k);
            into.Add(new Quantity(slot, 1, 1, 1, Qualifiers.Exact, text[tokens[from].Start..tokens[verbEnd].End], attributed,
                QuantityKind.Count, QuantityRole.Addition, sentenceStart));
        }
    }

    /// <summary>The subject's last word before "was also": a name, a person ("his stepfather"), "who" after a name, or an age between commas after one.</summary>
    private bool IsNamedVictim(int k)
    {
        if (k >= 1 && tokens[k].IsPunctuation(text, ','))
        {
            k--;
        }
        if (k < 0 || k >= tokens.Count)
        {
            return false;
        }
        if (tokens[k].Kind == WordTokenKind.Number && k >= 2 && tokens[k - 1].IsPunctuation(text, ',') && tokens[k - 2].IsCapitalized(text))
        {
            // "Pellow, 18, was also shot".
            return true;
        }
        if (tokens[k].Kind != WordTokenKind.Word)
        {
            return false;
        }
        var word = Word(k);
        if (word.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            return k >= 2 && tokens[k - 1].IsPunctuation(text, ',') && (tokens[k - 2].IsCapitalized(text) || IsPerson(Word(k - 2)));
        }
        if (FactLexicon.SinglePersonNounsBySpan.Contains(word))
        {
            return true;
        }
        return tokens[k].IsCapitalized(text) && !FactLexicon.ObjectPronounsBySpan.Contains(word) && !IsSubjectPronoun(k);
    }

    private bool IsSubjectPronoun(int k) => In(k, FactLexicon.SubjectPronounsBySpan);

    /// <summary>Whether a quantity read from this sentence already spans the character at <paramref name="at"/>.</summary>
    private bool IsReadAlready(int readBefore, int at)
    {
        for (var q = readBefore; q < into.Count; q++)
        {
            var start = text.IndexOf(into[q].Text, sentenceStart, StringComparison.Ordinal);
            if (start >= 0 && start <= at && at < start + into[q].Text.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"shooting" or "gunshot" before a noun of persons: "shooting victims", "gunshot patients".</summary>
    private bool IsShootingModifier(int k) =>
        In(k, ShootingPack.GunshotWords) && k + 1 < tokens.Count && tokens[k + 1].Kind == WordTokenKind.Word && IsPerson(Word(k + 1));

    /// <summary>
    /// "two shooting victims" between the number and its noun (or "victims of the shooting" after it), and no tally of a year after it ("4,000
    /// shooting victims this year", "in 2016"): a count of the shot.
    /// </summary>
    private bool NamesShootingVictims(int from, int nounAt)
    {
        var named = false;
        for (var k = from; k < nounAt; k++)
        {
            named |= IsShootingModifier(k);
        }
        // "7 victims of Sunday's shooting": the shooting named after the noun.
        for (var k = nounAt + 2; !named && Is(nounAt, "victims") && Is(nounAt + 1, "of") && k < tokens.Count && k <= nounAt + 4; k++)
        {
            named = Is(k, "shooting");
        }
        if (!named)
        {
            return false;
        }
        for (var k = nounAt + 1; k < tokens.Count && k <= nounAt + 5; k++)
        {
            if (Is(k, "year") || Is(k, "since") || Is(k, "so") || Is(k, "this") || (tokens[k].Kind == WordTokenKind.Number && tokens[k].Value is >= 1900 and <= 2100))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "was shot along with three other people", "were hit, along with a friend": the slot of the verb
    /// before "along with", when it tells what befell victims; null otherwise.
    /// </summary>
    private (string Slot, int Verb)? AlongWith(int start)
    {
        if (!Is(start - 1, "with") || !Is(start - 2, "along"))
        {
            return null;
        }
        var verb = start - 3;
        if (verb >= 0 && tokens[verb].IsPunctuation(text, ','))
        {
            verb--;
        }
        if (verb < 0 || tokens[verb].Kind != WordTokenKind.Word || IsActiveVerb(verb, verb))
        {
            return null;
        }
        return SlotOfVerb(verb, out _) is { } slot && slot is FactLexicon.Shot or FactLexicon.Injured or FactLexicon.CriticallyInjured or FactLexicon.Killed
            ? (slot, verb) : null;
    }

    /// <summary>
    /// "The two were hit, along with one other woman": those named with the verb and those joined to
    /// them are one count, three shot. The subject's own count, if the sentence gave one with that
    /// verb, is replaced.
    /// </summary>
    private int ReadAlongWith((string Slot, int Verb) along, double joined, int start, int lastToken, int next)
    {
        var slot = along.Slot;
        var subject = 1d;
        var text0 = string.Empty;
        for (var q = into.Count - 1; q >= sentenceRead; q--)
        {
            if (into[q].Slot == slot && into[q].Kind == QuantityKind.Count && EndsAt(into[q].Text, tokens[along.Verb].End))
            {
                subject = into[q].Value;
                text0 = into[q].Text + " ";
                into.RemoveAt(q);
                break;
            }
        }
        var value = subject + joined;
        var attributed = AttributedAt(start);
        into.Add(new Quantity(slot, value, value, value, Qualifiers.Exact, text0 + text[tokens[start - 2].Start..tokens[lastToken].End], attributed,
            QuantityKind.Count, QuantityRole.Stated, sentenceStart));
        return next;
    }

    private bool EndsAt(string quantityText, int end)
    {
        var at = text.IndexOf(quantityText, sentenceStart, StringComparison.Ordinal);
        return at >= 0 && at + quantityText.Length == end;
    }

    /// <summary>
    /// Before "and" at <paramref name="and"/>: a capitalised name of up to three words, and before it a verb
    /// that tells what befell victims ("struck Pellow and", "wounding Dale Roe and"); its slot, or null.
    /// </summary>
    private string? VerbBeforeName(int and)
    {
        if (!Is(and, "and"))
        {
            return null;
        }
        var k = and - 1;
        while (k >= 0 && and - k <= 3 && tokens[k].Kind == WordTokenKind.Word && tokens[k].IsCapitalized(text) && !IsSubjectPronoun(k))
        {
            k--;
        }
        if (k == and - 1 && k >= 2 && IsOnePersonBefore(and))
        {
            // "killing the driver and 11 passengers": one person named by what they were, then the others.
            k -= 2;
        }
        else if (k == and - 1 || k < 0 || tokens[k].Kind != WordTokenKind.Word)
        {
            return null;
        }
        var slot = SlotOfVerb(k, out _);
        return slot is FactLexicon.Shot or FactLexicon.Injured or FactLexicon.Killed or FactLexicon.CriticallyInjured
            && (k == 0 || !IsAuxiliary(k - 1)) ? slot : null;
    }

    /// <summary>"the driver and", "its pilot and": one person named by what they were, just before "and" at <paramref name="and"/>.</summary>
    private bool IsOnePersonBefore(int and) =>
        Is(and, "and") && In(and - 1, FactLexicon.SinglePersonNounsBySpan) && (Is(and - 2, "the") || Is(and - 2, "its") || In(and - 2, FactLexicon.PossessivesBySpan));

    /// <summary>
    /// "Pryce and his 80-year-old grandmother were wounded": a name and a relative of theirs, two
    /// victims, neither of them counted. Read only where no count of the sentence already reads the verb.
    /// </summary>
    private void ReadNameAndRelative(int readBefore)
    {
        for (var k = 1; k + 3 < tokens.Count; k++)
        {
            if (!Is(k, "and") || !tokens[k - 1].IsCapitalized(text) || IsSubjectPronoun(k - 1) || (k - 1 == 0 && Is(0, "the"))
                || !In(k + 1, FactLexicon.PossessivesBySpan) || RelativeNoun(k + 1) is not (>= 0 and var relative))
            {
                continue;
            }
            var verb = relative + 1;
            if (!Is(verb, "were"))
            {
                continue;
            }
            verb++;
            if (Is(verb, "also") && verb + 1 < tokens.Count)
            {
                verb++;
            }
            if (verb >= tokens.Count || tokens[verb].Kind != WordTokenKind.Word)
            {
                continue;
            }
            var slot = SlotOfVerb(verb, out var verbEnd);
            if (slot is not (FactLexicon.Shot or FactLexicon.Injured or FactLexicon.CriticallyInjured or FactLexicon.Killed)
                || IsReadAlready(readBefore, tokens[verb].Start))
            {
                continue;
            }
            var attributed = AttributedAt(k);
            into.Add(new Quantity(slot, 2, 2, 2, Qualifiers.Exact, text[tokens[k - 1].Start..tokens[verbEnd].End], attributed,
                QuantityKind.Count, QuantityRole.Stated, sentenceStart));
        }
    }
}
