using System.Collections.Frozen;
using Clustering.Core.Entities;
using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// The people an article names with a given name and a surname, each as one key of those two words
/// alone ("tobin harrowgate"): the arrest report writes "Tobin Lee Harrowgate, 36", the sentencing
/// months later "Tobin Harrowgate" or "Tobin L. Harrowgate Jr.", and all three are one key. Middle
/// names, initials, a suffix (Jr., Sr., II) and a possessive are left out of the key. Read from the
/// body by its own rule, not from the entities: those stop a name at an initial's full stop.
/// </summary>
public static class PersonNames
{
    /// <summary>At most this many keys per article: a long page lists many people, the first are its news.</summary>
    public const int PerArticle = 24;

    /// <summary>
    /// Only names in the first this many characters count: a report names the people of its news in its
    /// first paragraphs; a name further down is often background, an earlier case it recalls.
    /// </summary>
    public const int NewsCharacters = 1200;

    /// <summary>Words of a run, beyond which it is a title or a list, not one person.</summary>
    private const int MaxWords = 6;

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    /// <summary>The keys in the order first written, each once.</summary>
    public static string[] Find(string text) => Read(text).Keys;

    /// <summary>
    /// The keys in the order first written, each once, and whether the article gives that person's age
    /// beside the name ("Tobin Harrowgate, 36," "Tobin Harrowgate (36)", "36-year-old Tobin Harrowgate"):
    /// reports give the ages of victims and suspects, never of the officer or the prosecutor who speaks.
    /// </summary>
    public static PersonReading Read(string text)
    {
        var tokens = t_tokens ??= new List<WordToken>(512);
        tokens.Clear();
        // The scan reads a little past the news part, so that a name or an age across its end is whole.
        var end = Math.Min(text.Length, NewsCharacters + 64);
        WordScanner.Scan(text, 0, end, tokens);
        List<string>? keys = null;
        List<bool>? aged = null;
        Span<int> words = stackalloc int[MaxWords];
        var i = 0;
        while (i < tokens.Count && (keys is null || keys.Count < PerArticle))
        {
            if (tokens[i].Start >= NewsCharacters)
            {
                break;
            }
            if (!IsCapitalWord(text, tokens[i]))
            {
                i++;
                continue;
            }
            // The run of capitalised words on one line, an initial's full stop allowed inside it.
            var count = 0;
            var k = i;
            var tooLong = false;
            while (k < tokens.Count && IsCapitalWord(text, tokens[k]))
            {
                if (count == MaxWords)
                {
                    tooLong = true;
                }
                else
                {
                    words[count++] = k;
                }
                var next = k + 1;
                if (next < tokens.Count && IsInitial(tokens[k]) && tokens[next].IsPunctuation(text, '.'))
                {
                    next++;
                }
                if (next >= tokens.Count || !OnlySpaceBetween(text, tokens[next - 1], tokens[next]) || Possessive(text, tokens[k]))
                {
                    k = next;
                    break;
                }
                k = next;
            }
            if (!tooLong && Key(text, tokens, words[..count]) is { } key)
            {
                var withAge = AgeBefore(text, tokens, i) || AgeAfter(text, tokens, k);
                var at = keys?.IndexOf(key) ?? -1;
                if (at < 0)
                {
                    (keys ??= []).Add(key);
                    (aged ??= []).Add(withAge);
                }
                else if (withAge)
                {
                    aged![at] = true;
                }
            }
            i = Math.Max(k, i + 1);
        }
        return keys is null ? PersonReading.None : new PersonReading([.. keys], [.. aged!]);
    }

    /// <summary>"36-year-old" just before the name.</summary>
    private static bool AgeBefore(string text, List<WordToken> tokens, int start) =>
        start > 0 && tokens[start - 1].Kind == WordTokenKind.NumberLike && tokens[start - 1].Span(text).EndsWith("year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>", 36" or " (36)" just after the name, past a ", Jr." written after a comma.</summary>
    private static bool AgeAfter(string text, List<WordToken> tokens, int end)
    {
        var k = end;
        if (k + 1 < tokens.Count && tokens[k].IsPunctuation(text, ',') && tokens[k + 1].Kind == WordTokenKind.Word && Suffixes.Contains(tokens[k + 1].Span(text).ToString()))
        {
            k += 2;
            if (k < tokens.Count && tokens[k].IsPunctuation(text, '.'))
            {
                k++;
            }
        }
        return k + 1 < tokens.Count && (tokens[k].IsPunctuation(text, ',') || tokens[k].IsPunctuation(text, '('))
            && tokens[k + 1].Kind == WordTokenKind.Number && tokens[k + 1].Value is >= 1 and <= 110
            && (k + 2 == tokens.Count || AfterAge(text, tokens[k + 2]));
    }

    /// <summary>An age is followed by a comma, a bracket, a full stop or a clause ("36, of", "(36)", "36 was"); "Kelso, 14 dead" is a count.</summary>
    private static bool AfterAge(string text, WordToken token) =>
        token.Kind == WordTokenKind.Punctuation ? text[token.Start] is ',' or ')' or '.' or ';'
        : token.Kind == WordTokenKind.Word && AgeFollowers.Contains(token.Span(text).ToString());

    private static readonly FrozenSet<string> AgeFollowers = English.Words.Set("age-followers", StringComparer.Ordinal);

    /// <summary>The words that open a place's name ("San", "Fort", "Lake"): "Port Kelso, 14" is no one.</summary>
    private static readonly FrozenSet<string> PlaceOpeners = English.Words.Set("place-openers");

    /// <summary>
    /// "first last" from a run of capitalised words: titles, weekdays and sentence openers before the
    /// name and a suffix after it go; what is left must be two to four words, none of them a place's
    /// or an organisation's word, the first and last no initial.
    /// </summary>
    private static string? Key(string text, List<WordToken> tokens, ReadOnlySpan<int> run)
    {
        var start = 0;
        var end = run.Length;
        while (start < end && Leading(Clean(text, tokens[run[start]])))
        {
            start++;
        }
        while (end > start && Suffixes.Contains(Clean(text, tokens[run[end - 1]]).ToString()))
        {
            end--;
        }
        if (end - start is < 2 or > 4)
        {
            return null;
        }
        for (var w = start; w < end; w++)
        {
            var word = Clean(text, tokens[run[w]]);
            if (Gazetteer.OrganisationHeadsBySpan.Contains(word) || Gazetteer.PlaceHeadsBySpan.Contains(word) || Gazetteer.PlacesBySpan.Contains(word)
                || Gazetteer.NotNamesBySpan.Contains(word) || Gazetteer.DemonymsBySpan.Contains(word) || EntityExtractor.IsAcronym(word))
            {
                return null;
            }
        }
        var first = Clean(text, tokens[run[start]]);
        var last = Clean(text, tokens[run[end - 1]]);
        if (first.Length < 2 || last.Length < 2 || PlaceOpeners.Contains(first.ToString()))
        {
            return null;
        }
        return EntityKeys.Fold(first.ToString()) + " " + EntityKeys.Fold(last.ToString());
    }

    private static bool Leading(ReadOnlySpan<char> word) =>
        Gazetteer.NotNamesBySpan.Contains(word) || Gazetteer.PersonTitlesBySpan.Contains(word) || Gazetteer.DemonymsBySpan.Contains(word)
        || Gazetteer.PlacesBySpan.Contains(word);

    private static readonly FrozenSet<string> Suffixes = English.Words.Set("name-suffixes");

    private static bool IsCapitalWord(string text, WordToken token) => token.Kind == WordTokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsInitial(WordToken token) => token.Length == 1;

    /// <summary>Spaces only, or an initial's full stop: a comma, a bracket or a line ends the name.</summary>
    private static bool OnlySpaceBetween(string text, WordToken a, WordToken b)
    {
        if (b.Kind == WordTokenKind.Punctuation)
        {
            return false;
        }
        for (var c = a.End; c < b.Start; c++)
        {
            if (text[c] is not ' ' and not '\u00a0')
            {
                return false;
            }
        }
        return true;
    }

    private static bool Possessive(string text, WordToken token)
    {
        var span = token.Span(text);
        return span.Length > 2 && span[^2] is '\'' or '’' && span[^1] is 's' or 'S';
    }

    private static ReadOnlySpan<char> Clean(string text, WordToken token)
    {
        var span = token.Span(text);
        return Possessive(text, token) ? span[..^2] : span;
    }
}

/// <summary>The people an article names (<see cref="PersonNames"/>) and, for each, whether it gives their age.</summary>
public sealed record PersonReading(string[] Keys, bool[] Aged)
{
    public static readonly PersonReading None = new([], []);
}
