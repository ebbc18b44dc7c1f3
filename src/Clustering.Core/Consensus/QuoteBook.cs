using Clustering.Core.Quotes;

namespace Clustering.Core.Consensus;

/// <summary>
/// Gathers the story's quotes into one entry per statement and speaker: renderings of one
/// statement by different outlets or translators join the entry when <see cref="Quote.IsSameStatement"/>
/// holds against any wording already in it. A quote without a speaker joins an entry that has one.
/// </summary>
internal static class QuoteBook
{
    public static List<QuoteEntry> Build(IReadOnlyList<LedgerQuote> quotes)
    {
        var groups = new List<(List<Quote> Quotes, List<LedgerQuote> Raw)>();
        foreach (var raw in quotes)
        {
            var quote = Quote.Create(raw.Speaker, raw.Text, raw.Offset);
            var home = groups.Find(g => g.Quotes.Exists(q => SameSpeaker(q, quote) && q.IsSameStatement(quote)));
            if (home.Quotes is null)
            {
                groups.Add(([quote], [raw]));
            }
            else
            {
                home.Quotes.Add(quote);
                home.Raw.Add(raw);
            }
        }
        var entries = new List<QuoteEntry>(groups.Count);
        foreach (var (group, raw) in groups)
        {
            var named = group.Where(q => q.Speaker.Length > 0).ToList();
            var speaker = named.GroupBy(q => q.Speaker, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? string.Empty;
            entries.Add(new QuoteEntry(
                speaker,
                named.Count > 0 ? named[0].SpeakerKey : string.Empty,
                [.. group.Select(q => q.Text).Distinct(StringComparer.Ordinal)],
                [.. raw.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal)]));
        }
        return [.. entries.OrderByDescending(e => e.Sources.Count)];
    }

    private static bool SameSpeaker(Quote a, Quote b) =>
        a.Speaker.Length == 0 || b.Speaker.Length == 0 || a.SpeakerKey == b.SpeakerKey;
}
