using System.Globalization;
using Clustering.Cli.Ingest;
using Clustering.Cli.Web.Feeds;
using Clustering.Core.Articles;

namespace Clustering.Cli.Web;

/// <summary>A feed's items as articles, or the one reason the feed cannot be read.</summary>
internal sealed record FeedRead(IReadOnlyList<SourceItem> Items, string? Error);

/// <summary>
/// RSS (0.90 to 2.0, with or without a version), Atom and JSON Feed to articles: id = the item's id
/// or link, title and text with HTML stripped, published, source = the feed's title, url = the
/// item's link made absolute.
/// </summary>
internal static class FeedReader
{
    /// <summary>The feed's items; a feed that cannot be read gives its reason; null when the bytes are no feed at all.</summary>
    public static FeedRead? Read(byte[] bytes, Uri location, DateTimeOffset now, string? serverCharset = null)
    {
        var load = FeedLoader.Load(bytes, serverCharset);
        if (load.Error is { } error)
        {
            return new FeedRead([], error);
        }
        if (load.Feed is not { } feed)
        {
            return null;
        }
        var source = Plain(feed.Title) ?? location.Host;
        var items = new List<SourceItem>(feed.Entries.Count);
        for (var number = 1; number <= feed.Entries.Count; number++)
        {
            items.Add(ToItem(feed.Entries[number - 1], number, source, feed.Language, location, now));
        }
        return new FeedRead(items, null);
    }

    private static SourceItem ToItem(FeedEntry entry, int number, string source, string? language, Uri location, DateTimeOffset now)
    {
        var url = entry.Link is not null && Uri.TryCreate(location, entry.Link, out var link) && link.Scheme is "http" or "https" ? link.AbsoluteUri : null;
        var id = entry.Id ?? url;
        if (id is { Length: > ArticleLimits.MaxIdLength })
        {
            id = null; // a content hash instead: still stable for the same item
        }
        var text = entry.Html is null ? null : entry.IsPlainText ? HtmlToText.Normalize(entry.Html) : HtmlToText.FromFragment(entry.Html);
        var result = ArticleParser.Build(
            id,
            Plain(entry.Title),
            text,
            url,
            source,
            FeedDates.Read(entry.Published)?.ToString("O", CultureInfo.InvariantCulture),
            language,
            now);
        var origin = $"{location} item {number}" + (id is null ? string.Empty : $" ({id})");
        return result.Article is { } article ? new SourceItem(origin, article, null) : new SourceItem(origin, null, result.Error!.ToString());
    }

    private static string? Plain(string? html) => string.IsNullOrWhiteSpace(html) ? null : HtmlToText.FromFragment(html).Replace("\n\n", " ", StringComparison.Ordinal);
}
