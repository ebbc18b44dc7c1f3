namespace Clustering.Core.Text;

/// <summary>
/// The words of a passage that carry its meaning, folded for comparison across rewrites: lower
/// case, paraphrases folded, stop words dropped, stems kept, numbers kept as written without separators.
/// </summary>
public static class ContentWords
{
    [ThreadStatic]
    private static List<string>? t_tokens;

    public static void Collect(string text, int start, int length, HashSet<string> into)
    {
        var tokens = t_tokens ??= new List<string>(64);
        tokens.Clear();
        Tokenizer.Tokenize(length == text.Length && start == 0 ? text : text.Substring(start, length), tokens);
        foreach (var token in tokens)
        {
            var folded = Paraphrases.Fold(token);
            if (folded is not null)
            {
                into.Add(folded);
                continue;
            }
            if (token.Length < 2 || StopWords.Contains(token))
            {
                continue;
            }
            into.Add(Stemmer.Stem(token));
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
}
