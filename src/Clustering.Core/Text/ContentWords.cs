using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>
/// The words of a passage that carry its meaning, folded for comparison across rewrites: lower
/// case, paraphrases folded, stop words dropped, stems kept, numbers kept as written without separators.
/// </summary>
public static class ContentWords
{
    // One lookup per token instead of two: a paraphrase's stand-in, or "" for a stop word that is no paraphrase.
    private static readonly FrozenDictionary<string, string> Known = BuildKnown();

    private static readonly WordMap<string> KnownBySpan = new(Known);

    /// <summary>Adds the content words of text[start..+length] to <paramref name="into"/>, a set that compares ordinally.</summary>
    public static void Collect(string text, int start, int length, HashSet<string> into)
    {
        // Tokens, folds and stems stay spans: only a word the set does not hold yet becomes a string.
        var words = into.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stemBuffer = stackalloc char[Tokenizer.MaxTokenLength];
        var reader = new TokenReader(text.AsSpan(start, length), stackalloc char[Tokenizer.MaxTokenLength]);
        while (reader.Next(out var token))
        {
            if (KnownBySpan.TryGetValue(token, out var known))
            {
                if (known.Length > 0)
                {
                    into.Add(known);
                }
                continue;
            }
            if (token.Length < 2)
            {
                continue;
            }
            words.Add(Stemmer.Stem(token, stemBuffer));
        }
    }

    public static HashSet<string> Of(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        Collect(text, 0, text.Length, set);
        return set;
    }

    /// <summary>Shared words over the smaller set: 1 when one passage's words all occur in the other.</summary>
    public static double Overlap(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b, out int shared)
    {
        shared = 0;
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var lookup = large as IReadOnlySet<string> ?? new HashSet<string>(large, StringComparer.Ordinal);
        foreach (var word in small)
        {
            if (lookup.Contains(word))
            {
                shared++;
            }
        }
        return (double)shared / small.Count;
    }

    private static FrozenDictionary<string, string> BuildKnown()
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in StopWords.All)
        {
            known[word] = string.Empty;
        }
        foreach (var (word, group) in Paraphrases.All)
        {
            known[word] = group;
        }
        return known.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
