using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>English function words and reporting verbs that say nothing about which story an article is about.</summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
        "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "said", "says", "say", "told", "according", "reported", "report", "reports", "news", "new", "one", "two", "may",
        "might", "must", "shall", "us", "yet", "however", "since", "still", "among", "amid", "per", "via", "s", "t",
        "mr", "mrs", "ms", "dr", "get", "got", "make", "made", "like", "many", "much", "well", "back", "even", "way",
        "first", "last", "year", "years", "day", "days", "week", "weeks", "time", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "read", "more", "click", "here",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string token) => Words.Contains(token);

    private static readonly WordSet WordsBySpan = new(Words);

    public static bool Contains(ReadOnlySpan<char> token) => WordsBySpan.Contains(token);

    internal static IEnumerable<string> All => Words;
}
