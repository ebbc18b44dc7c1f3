using System.Text.RegularExpressions;
using Clustering.Core.Packs;
using Clustering.Core.Text;
using Clustering.Core.Entities;

namespace Clustering.Core.Quotes;

/// <summary>
/// Finds quoted statements (double or single quotes, straight or curly) and their speakers:
/// "…," Holt said / said Holt / Holt said: "…" / He stated, '…'. A pronoun resolves to the last
/// person named before the quote; a quote with no attribution that follows another in the same
/// paragraph continues it. Quotes of fewer than four words are scare quotes, not statements.
/// </summary>
public static class QuoteExtractor
{
    private const int MinWords = 4;
    private const int LookAround = 120;

    public static List<Quote> Extract(string text, EntityReading entities)
    {
        var quotes = new List<Quote>();
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }
            ReadParagraph(text, paragraphStart, paragraphEnd, entities, quotes);
            paragraphStart = paragraphEnd + 1;
        }
        return quotes;
    }

    private static void ReadParagraph(string text, int start, int end, EntityReading entities, List<Quote> quotes)
    {
        string? previousSpeaker = null;
        // Once a search for a closing quote fails, none lies further on: later openings of that kind
        // are skipped, so a page of unclosed quotes costs one pass, not one pass per quote.
        bool noCurlyClose = false, noStraightClose = false, noSingleClose = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            int close;
            if (c is '“' && !noCurlyClose)
            {
                close = FindClose(text, i + 1, end, '”', '"');
                noCurlyClose = close < 0;
            }
            else if (c == '"' && !noStraightClose && IsOpening(text, i, start))
            {
                close = FindClose(text, i + 1, end, '"', '”');
                noStraightClose = close < 0;
            }
            else if (!noSingleClose && (c is '‘' || (c == '\'' && IsOpening(text, i, start) && i + 1 < end && char.IsUpper(text[i + 1]))))
            {
                close = FindSingleClose(text, i + 1, end);
                noSingleClose = close < 0;
            }
            else
            {
                i++;
                continue;
            }
            if (close < 0)
            {
                i++;
                continue;
            }
            var inner = text[(i + 1)..close].Trim().TrimEnd(',');
            if (CountWords(inner) >= MinWords)
            {
                var speaker = SpeakerAfter(text, close + 1, end) ?? SpeakerBefore(text, start, i) ?? previousSpeaker;
                var resolved = Resolve(speaker, entities, i, text);
                quotes.Add(Quote.Create(resolved, inner, i));
                previousSpeaker = speaker is null ? previousSpeaker : resolved;
            }
            i = close + 1;
        }
    }

    private static string Resolve(string? speaker, EntityReading entities, int offset, string text)
    {
        if (speaker is null)
        {
            return string.Empty;
        }
        if (speaker.Equals("he", StringComparison.OrdinalIgnoreCase) || speaker.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return entities.LastPersonBefore(offset)?.Name ?? string.Empty;
        }
        // "Mayor Lena Holt said": the office is not part of the name.
        var space = speaker.IndexOf(' ', StringComparison.Ordinal);
        while (space > 0 && Gazetteer.PersonTitles.Contains(speaker[..space].TrimEnd('.')))
        {
            speaker = speaker[(space + 1)..];
            space = speaker.IndexOf(' ', StringComparison.Ordinal);
        }
        // "Mara remarked": the person last named in full with that word, not whichever name first took the
        // short form (a headline's "Mara Defending Expansion" read as a name).
        if (speaker.IndexOf(' ', StringComparison.Ordinal) < 0 && LastFullNameWith(speaker, entities, offset, text) is { } full)
        {
            return full;
        }
        return entities.Resolve(speaker)?.Name ?? speaker;
    }

    private static string? LastFullNameWith(string word, EntityReading entities, int offset, string text)
    {
        string? found = null;
        foreach (var mention in entities.Mentions)
        {
            if (mention.Offset >= offset)
            {
                break;
            }
            var entity = entities.Entities[mention.EntityIndex];
            if (entity.Kind != EntityKind.Person || mention.Length <= word.Length || mention.Offset + mention.Length > text.Length)
            {
                continue;
            }
            var written = text.AsSpan(mention.Offset, mention.Length);
            if (written.IndexOf(' ') > 0 && HasWord(written, word))
            {
                found = entity.Name;
            }
        }
        return found;
    }

    private static bool HasWord(ReadOnlySpan<char> written, string word)
    {
        foreach (var part in written.Split(' '))
        {
            if (written[part].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOpening(string text, int i, int start) => i == start || !char.IsLetterOrDigit(text[i - 1]);

    private static int FindClose(string text, int from, int end, char close, char alternative)
    {
        var found = text.AsSpan(from, end - from).IndexOfAny(close, alternative);
        return found < 0 ? -1 : from + found;
    }

    private static int FindSingleClose(string text, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (text[k] is '’' or '\'' && (k + 1 >= end || !char.IsLetter(text[k + 1])) && k > from && !char.IsWhiteSpace(text[k - 1])
                && (text[k - 1] is '.' or ',' or '!' or '?' || k + 1 >= end || text[k + 1] is ' ' or ',' or '.' or ';'))
            {
                // "the nation's honour" has an apostrophe followed by a letter; a closing quote is not.
                if (text[k - 1] == 's' && k + 1 < end && text[k + 1] == ' ' && !(k + 2 < end && char.IsLower(text[k + 2]) is false))
                {
                    continue;
                }
                return k;
            }
        }
        return -1;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static string? SpeakerAfter(string text, int from, int end)
    {
        var length = Math.Min(LookAround, end - from);
        if (length <= 0)
        {
            return null;
        }
        var match = SafeRegex.Match(AfterQuotePattern, text, from, length);
        return match.Success ? match.Groups["who"].Value : null;
    }

    private static string? SpeakerBefore(string text, int start, int quote)
    {
        var from = Math.Max(start, quote - LookAround);
        var match = SafeRegex.Match(BeforeQuotePattern, text, from, quote - from);
        return match.Success ? match.Groups["who"].Value : null;
    }

    /// <summary>The verbs that hand a quote to its speaker (the language's words: Text/english.lexicon).</summary>
    private static readonly string Verbs = English.Words.Alternation("quote-verbs", wholeWords: false);

    private const string Who = @"(?<who>[Hh]e|[Ss]he|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the [a-z]+(?: [a-z]+)?)";

    // Case matters: a speaker's name is capitalised.
    private static readonly Regex AfterQuotePattern = Lexicon.Pattern(@"\G[\s,.]*(?:" + Who + @"\s+(?:" + Verbs + @")\b|(?:" + Verbs + @")\s+" + Who + ")", RegexOptions.None);

    private static readonly Regex BeforeQuotePattern = Lexicon.Pattern(Who + @"\s+(?:" + Verbs + @")(?:\s+(?:reporters|the [a-z]+|him|her|them|us))?\s*[:,]?\s*$", RegexOptions.None);
}
