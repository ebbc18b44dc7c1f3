using Clustering.Core.Text;

namespace Clustering.Core.Consensus;

/// <summary>
/// The story's dated events: each resolved date with the sentence that says what happened then,
/// merged across articles when they name the same dates and their sentences share enough words
/// (one event told by several outlets). Dates are the resolved ones ("the previous day" in an
/// article of 10 May is 9 May), never the articles' publication dates.
/// </summary>
internal static class Timeline
{
    private const double SameEventOverlap = 0.3;
    private const int MaxEventLength = 240;

    public static List<TimelineEntry> Build(IReadOnlyList<LedgerDate> dates)
    {
        var groups = new List<(LedgerDate First, HashSet<string> Words, List<string> Sources)>();
        foreach (var date in dates)
        {
            var words = ContentWords.Of(date.Sentence);
            var home = groups.FindIndex(g => g.First.Start == date.Start && g.First.End == date.End
                && ContentWords.Overlap(g.Words, words, out var shared) >= SameEventOverlap && shared >= 2);
            if (home < 0)
            {
                groups.Add((date, words, [date.ArticleId]));
            }
            else if (!groups[home].Sources.Contains(date.ArticleId))
            {
                groups[home].Sources.Add(date.ArticleId);
            }
        }
        return [.. groups
            .Select(g => new TimelineEntry(g.First.Start, g.First.End, g.First.Sentence, g.Sources))
            .OrderBy(e => e.Start).ThenBy(e => e.End)];
    }

    /// <summary>
    /// The sentences of <paramref name="body"/> around each of <paramref name="offsets"/>, shortened for
    /// display (empty where none holds it). The body is split once for all of an article's dates.
    /// </summary>
    public static string[] SentencesAt(string body, IReadOnlyList<int> offsets)
    {
        var found = new string[offsets.Count];
        if (offsets.Count == 0)
        {
            return found;
        }
        var spans = new List<(int Start, int Length)>();
        SentenceSplitter.Split(body, spans);
        for (var i = 0; i < offsets.Count; i++)
        {
            found[i] = SentenceAround(body, spans, offsets[i]);
        }
        return found;
    }

    private static string SentenceAround(string body, List<(int Start, int Length)> spans, int offset)
    {
        foreach (var (start, length) in spans)
        {
            if (offset >= start && offset < start + length)
            {
                var sentence = body.Substring(start, length).Trim();
                return sentence.Length <= MaxEventLength ? sentence : sentence[..(MaxEventLength - 1)].TrimEnd() + "…";
            }
        }
        return string.Empty;
    }
}
