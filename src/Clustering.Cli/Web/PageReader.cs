using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Clustering.Cli.Ingest;
using Clustering.Core.Articles;

namespace Clustering.Cli.Web;

/// <summary>
/// An HTML page to one article: title from og:title, &lt;title&gt; or the first h1; text from
/// &lt;article&gt; (or &lt;main&gt;, or the body) without navigation, header, footer, asides, scripts
/// and styles. The id is the page's canonical URL, so fetching it again is a duplicate.
/// </summary>
internal static class PageReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static SourceItem Read(string html, Uri location, DateTimeOffset now)
    {
        using var document = Parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var url = Uri.TryCreate(location, canonical, out var resolved) && resolved.Scheme is "http" or "https" ? resolved : location;
        var source = Meta(document, "og:site_name") ?? url.Host;
        var published = Meta(document, "article:published_time")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (published is not null && !ArticleParser.TryParseIsoDate(published, out _))
        {
            published = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.ToString("O", CultureInfo.InvariantCulture)
                : null;
        }

        var body = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        var text = string.Empty;
        if (body is not null)
        {
            HtmlToText.RemoveChrome(body);
            var paragraphs = body.QuerySelectorAll("p").Select(p => HtmlToText.Text(p)).Where(p => p.Length > 0).ToList();
            text = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : HtmlToText.Text(body);
            // The title repeated as the first line of the body is not text.
            if (title is not null && text.StartsWith(title, StringComparison.Ordinal))
            {
                text = text[title.Length..].TrimStart();
            }
        }

        var id = url.AbsoluteUri.Length <= ArticleLimits.MaxIdLength ? url.AbsoluteUri : null;
        var result = ArticleParser.Build(id, title, text, url.AbsoluteUri, source, published, Clean(document.DocumentElement?.GetAttribute("lang")), now);
        return result.Article is { } article
            ? new SourceItem(location.AbsoluteUri, article, null)
            : new SourceItem(location.AbsoluteUri, null, result.Error!.ToString());
    }

    private static string? Meta(IDocument document, string property)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), property, StringComparison.OrdinalIgnoreCase))
            {
                return Clean(meta.GetAttribute("content"));
            }
        }
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : HtmlToText.Normalize(value).Replace("\n\n", " ", StringComparison.Ordinal);
}
