using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// Which of an article's terms its writer spelled as names: capitalised inside a sentence of
/// sentence-case text ("Miners on Kelso Ridge strike"), or with a capital past the first letter
/// ("iPhone", "McDonald's", "NASA"). A Title-Case or all-capitals headline capitalises every word,
/// so there capitalisation says nothing and only the inner capitals count. Used to tell one shared
/// name from one shared common word (<see cref="Assignment.MatchModel.TimeCounts"/>).
/// </summary>
public static class NameTerms
{
    /// <summary>The stems (as in the article's terms) written as names in these texts, sorted ordinally.</summary>
    public static string[] Find(params ReadOnlySpan<string> texts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            Add(text, names);
        }
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static void Add(string text, HashSet<string> names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        // First pass: is the text in sentence case? Count content words inside sentences by case.
        int capitalised = 0, lower = 0;
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        var reader = new TokenReader(text, buffer);
        var previousEnd = 0;
        while (reader.Next(out var token))
        {
            var sentenceStart = StartsSentence(text, previousEnd, reader.Start);
            previousEnd = reader.End;
            if (sentenceStart || !IsContentWord(token))
            {
                continue;
            }
            if (reader.HadUpper)
            {
                capitalised++;
            }
            else
            {
                lower++;
            }
        }
        // Title Case capitalises nearly every content word, sentence case only names.
        var sentenceCase = lower > 0 && 2 * lower >= capitalised;
        // In capitals throughout, every word has inner capitals.
        var shouted = !text.AsSpan().ContainsAnyInRange('a', 'z');

        Span<char> stemBuffer = stackalloc char[Tokenizer.MaxTokenLength];
        reader = new TokenReader(text, buffer);
        previousEnd = 0;
        while (reader.Next(out var token))
        {
            var sentenceStart = StartsSentence(text, previousEnd, reader.Start);
            previousEnd = reader.End;
            if (!reader.HadUpper || !IsContentWord(token))
            {
                continue;
            }
            var raw = text.AsSpan(reader.Start, reader.End - reader.Start);
            if ((sentenceCase && !sentenceStart) || (!shouted && InnerCapital(raw)))
            {
                names.Add(Stemmer.Stem(token, stemBuffer).ToString());
            }
        }
    }

    private static bool IsContentWord(ReadOnlySpan<char> token) =>
        token.Length >= 2 && !StopWords.Contains(token) && char.IsLetter(token[0]);

    /// <summary>A capital after the first letter: "iPhone", "McDonald's", "NASA" (a possessive's "S" aside).</summary>
    private static bool InnerCapital(ReadOnlySpan<char> raw)
    {
        var letters = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            var c = raw[k];
            if (c is '\'' or '’')
            {
                break;
            }
            if (letters > 0 && char.IsUpper(c))
            {
                return true;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return false;
    }

    /// <summary>The first word, or one after a full stop, colon, dash, bar or opening quote: capitalised whatever it is.</summary>
    private static bool StartsSentence(string text, int previousEnd, int start)
    {
        if (previousEnd == 0)
        {
            return true;
        }
        foreach (var c in text.AsSpan(previousEnd, start - previousEnd))
        {
            if (c is '.' or '!' or '?' or ':' or ';' or '|' or '"' or '“' or '—' or '–' or '-' or '\n' or '(' or '[')
            {
                return true;
            }
        }
        return false;
    }
}
