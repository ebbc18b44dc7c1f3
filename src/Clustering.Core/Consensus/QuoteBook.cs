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
        // Quotes with a speaker first: a speakerless fragment ("exercise of its sovereign rights") then finds
        // its statement whatever order the articles came in, instead of opening an entry of its own.
        var ordered = quotes.Select(raw => (Quote: Quote.Create(raw.Speaker, raw.Text, raw.Offset), Raw: raw))
            .OrderBy(q => q.Quote.Speaker.Length == 0 ? 1 : 0).ToList();
        var groups = new List<(List<Quote> Quotes, List<LedgerQuote> Raw)>();
        foreach (var (quote, raw) in ordered)
        {
            var homes = groups.FindAll(g => g.Quotes.Exists(q => SameSpeaker(q, quote) && q.IsSameStatement(quote)));
            if (homes.Count == 0)
            {
                groups.Add(([quote], [raw]));
                continue;
            }
            // Renderings that each matched a different wording of one statement are one entry: join them,
            // as long as they name no two different speakers.
            var home = homes[0];
            home.Quotes.Add(quote);
            home.Raw.Add(raw);
            foreach (var other in homes.Skip(1).Where(o => SpeakerOf(o.Quotes) is var k && (k.Length == 0 || k == SpeakerOf(home.Quotes) || SpeakerOf(home.Quotes).Length == 0)))
            {
                home.Quotes.AddRange(other.Quotes);
                home.Raw.AddRange(other.Raw);
                groups.Remove(other);
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

    private static string SpeakerOf(List<Quote> group) => group.Find(q => q.Speaker.Length > 0)?.SpeakerKey ?? string.Empty;

    private static bool SameSpeaker(Quote a, Quote b) =>
        a.Speaker.Length == 0 || b.Speaker.Length == 0 || a.SpeakerKey == b.SpeakerKey;
}
