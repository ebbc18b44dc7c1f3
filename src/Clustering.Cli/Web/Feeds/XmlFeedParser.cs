using System.Xml.Linq;

namespace Clustering.Cli.Web.Feeds;

/// <summary>
/// RSS of every version (0.90 to 2.0, RDF or not, with or without a version attribute) and Atom
/// (1.0 and 0.3) from one XML tree. Elements are found by local name in the item's own namespace
/// first, so extra namespaces (media, itunes, dc) neither break a feed nor stand in for its fields.
/// </summary>
internal static class XmlFeedParser
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>True when the root element names a feed: rss, RDF (RSS 0.90/1.0) or feed (Atom).</summary>
    public static bool IsFeedRoot(string localName) => localName is "rss" or "RDF" or "feed";

    public static FeedDocument Parse(XElement root) =>
        root.Name.LocalName == "feed" ? ParseAtom(root) : ParseRss(root);

    private static FeedDocument ParseRss(XElement root)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        // RSS 2.0 nests items in the channel, RDF puts them beside it.
        var items = channel.Elements().Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0)
        {
            items = [.. root.Elements().Where(e => e.Name.LocalName == "item")];
        }
        var entries = items.Select(item =>
        {
            var link = Own(item, "link") ?? AtomLink(item) ?? PermaLinkGuid(item);
            var text = Value(item.Element(Content + "encoded")) ?? Own(item, "description") ?? Value(item.Element(Dc + "description"));
            return new FeedEntry(
                Own(item, "guid") ?? Clean(item.Attribute(Rdf + "about")?.Value) ?? link,
                Own(item, "title") ?? Value(item.Element(Dc + "title")),
                text,
                IsPlainText: false,
                link,
                Own(item, "pubDate") ?? Value(item.Element(Dc + "date")) ?? Own(item, "date") ?? Own(item, "published") ?? Own(item, "updated"));
        }).ToList();
        var language = Own(channel, "language") ?? Value(channel.Element(Dc + "language")) ?? Lang(root);
        return new FeedDocument(Own(channel, "title") ?? Value(channel.Element(Dc + "title")), language, entries);
    }

    private static FeedDocument ParseAtom(XElement feed)
    {
        var entries = feed.Elements().Where(e => e.Name.LocalName == "entry").Select(entry =>
        {
            var content = Text(Child(entry, "content")) ?? Text(Child(entry, "summary"));
            return new FeedEntry(
                Own(entry, "id"),
                Text(Child(entry, "title"))?.Html,
                content?.Html,
                content?.IsPlain ?? false,
                AtomLink(entry),
                Own(entry, "published") ?? Own(entry, "issued") ?? Own(entry, "updated") ?? Own(entry, "modified") ?? Own(entry, "created"));
        }).ToList();
        return new FeedDocument(Text(Child(feed, "title"))?.Html, Lang(feed), entries);
    }

    /// <summary>
    /// The entry's alternate link: rel alternate or none, with an href; a link element without href
    /// but with its address as text (as some feeds write it) counts too, one with neither is skipped.
    /// </summary>
    private static string? AtomLink(XElement parent)
    {
        string? fallback = null;
        foreach (var link in parent.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = Clean(link.Attribute("href")?.Value) ?? Clean(link.Value);
            if (href is null)
            {
                continue;
            }
            var rel = Clean(link.Attribute("rel")?.Value);
            if (rel is null or "alternate")
            {
                return href;
            }
            fallback ??= rel is "self" or "edit" or "replies" or "enclosure" ? null : href;
        }
        return fallback;
    }

    private static string? PermaLinkGuid(XElement item)
    {
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        var permaLink = guid?.Attribute("isPermaLink")?.Value;
        var value = Value(guid);
        return value is not null && !string.Equals(permaLink, "false", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? value : null;
    }

    /// <summary>An Atom text construct: html and text are the element's text, xhtml its inner markup.</summary>
    private static (string Html, bool IsPlain)? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var type = element.Attribute("type")?.Value.Trim().ToUpperInvariant();
        var html = type is "XHTML" or "APPLICATION/XHTML+XML" || element.HasElements
            ? string.Concat(element.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting)))
            : element.Value;
        return Clean(html) is { } value ? (value, type is "TEXT" or "TEXT/PLAIN") : null;
    }

    /// <summary>A child in the parent's own namespace (RSS 1.0 and Atom have one, RSS 2.0 none), else any of that name without a prefix.</summary>
    private static string? Own(XElement parent, string localName) => Value(Child(parent, localName));

    private static XElement? Child(XElement parent, string localName) =>
        parent.Element(parent.Name.Namespace + localName)
        ?? parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.GetPrefixOfNamespace(e.Name.Namespace) is null);

    private static string? Lang(XElement element) => Clean(element.Attribute(XNamespace.Xml + "lang")?.Value);

    private static string? Value(XElement? element) => Clean(element?.Value);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
