using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>English function words and reporting verbs that say nothing about which story an article is about.</summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = English.Words.Set("stop-words", StringComparer.Ordinal);

    public static bool Contains(string token) => Words.Contains(token);

    private static readonly WordSet WordsBySpan = new(Words);

    public static bool Contains(ReadOnlySpan<char> token) => WordsBySpan.Contains(token);

    internal static IEnumerable<string> All => Words;
}
