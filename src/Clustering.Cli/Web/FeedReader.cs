using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using Clustering.Cli.Ingest;
using Clustering.Core.Articles;

namespace Clustering.Cli.Web;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds to articles: id = the item's id or link, title and text with HTML
/// stripped, published, source = the feed's title, url = the item's link.
/// </summary>
internal static class FeedReader
{
    /// <summary>The feed's items, or null when the bytes are not an RSS or Atom feed.</summary>
    public static IReadOnlyList<SourceItem>? TryRead(byte[] bytes, Uri location, DateTimeOffset now)
    {
        SyndicationFeed? feed;
        try
        {
            feed = Load(bytes);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        if (feed is null)
        {
            return null;
        }

        var source = Clean(feed.Title?.Text) ?? location.Host;
        var items = new List<SourceItem>();
        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
                ?? item.Links.FirstOrDefault()?.GetAbsoluteUri();
            var url = link is { IsAbsoluteUri: true } ? link.AbsoluteUri : (link is null ? null : new Uri(location, link).AbsoluteUri);
            var id = Clean(item.Id) ?? url;
            if (id is { Length: > ArticleLimits.MaxIdLength })
            {
                id = null; // a content hash instead: still stable for the same item
            }
            var title = Clean(item.Title?.Text);
            var text = item.Content switch
            {
                TextSyndicationContent content when !string.IsNullOrWhiteSpace(content.Text) => content.Text,
                _ => item.Summary?.Text,
            };
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var result = ArticleParser.Build(
                id,
                title is null ? null : HtmlToText.FromFragment(title),
                text is null ? null : HtmlToText.FromFragment(text),
                url,
                source,
                published == default ? null : published.ToString("O", CultureInfo.InvariantCulture),
                Clean(feed.Language),
                now);
            var origin = $"{location} item {number}" + (id is null ? string.Empty : $" ({id})");
            items.Add(result.Article is { } article ? new SourceItem(origin, article, null) : new SourceItem(origin, null, result.Error!.ToString()));
        }
        return items;
    }

    private static SyndicationFeed? Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            // No DTDs, no external entities: a feed must not make us read files or expand billions of laughs.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 64L << 20,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        reader.MoveToContent();
        SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = LenientDate };
        if (!formatter.CanRead(reader))
        {
            formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader))
            {
                return null;
            }
        }
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>Feeds in the wild write dates every way; an unreadable date is no date, not a failed feed.</summary>
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }
        // RFC 822 with a zone name ("Sat, 10 May 2025 06:00:00 GMT" parses above; "EST" does not).
        var cut = text.LastIndexOf(' ');
        if (cut > 0 && DateTimeOffset.TryParse(text[..cut], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }
        value = default;
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
