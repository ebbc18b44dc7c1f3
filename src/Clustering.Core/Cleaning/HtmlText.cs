using System.Text;
using System.Text.RegularExpressions;
using Clustering.Core.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clustering.Core.Cleaning;

/// <summary>
/// Turns an HTML page into plain lines, one per block element, before the line rules run.
/// The DOM tells us what regexes cannot: which text sits in navigation, asides, footers or
/// share bars, so those subtrees go before their words can pass for article text.
/// </summary>
public static partial class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] DroppedTags =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
        "svg", "button", "select", "figcaption", "figure", "menu", "object", "embed", "video", "audio",
    ];

    // Class or id fragments that page templates use for chrome around the article.
    private static readonly string[] ChromeMarkers =
    [
        "menu", "nav", "footer", "share", "social", "related", "promo", "newsletter", "comment", "byline",
        "author", "tags", "breadcrumb", "advert", "sidebar", "subscribe", "cookie", "popular", "recommend",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
        "pre", "dd", "dt", "table", "ul", "ol", "main", "body", "hr",
    };

    /// <summary>Cheap test so plain text never pays for a parser.</summary>
    public static bool LooksLikeHtml(string text) => text.Contains('<', StringComparison.Ordinal) && SafeRegex.IsMatch(HtmlTag(), text);

    /// <summary>The page's plain text (blocks on their own lines) and its &lt;h1&gt; or &lt;title&gt;, if any.</summary>
    public static (string Text, string? Title) ToText(string html)
    {
        using var document = Parser.ParseDocument(html);
        var title = document.QuerySelector("h1")?.TextContent.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = document.Title?.Trim();
        }

        foreach (var tag in DroppedTags)
        {
            foreach (var element in document.GetElementsByTagName(tag).ToArray())
            {
                element.Remove();
            }
        }
        foreach (var element in document.All.ToArray())
        {
            if (IsChrome(element) && element.Parent is not null)
            {
                element.Remove();
            }
        }
        document.QuerySelector("h1")?.Remove();

        var builder = new StringBuilder(html.Length / 2);
        var root = (INode?)document.QuerySelector("article") ?? document.Body ?? (INode)document.DocumentElement;
        Append(root, builder);
        return (builder.ToString(), string.IsNullOrEmpty(title) ? null : title);
    }

    private static bool IsChrome(IElement element)
    {
        if (element.LocalName is "html" or "body" or "article" or "main")
        {
            return false;
        }
        var marker = (element.ClassName + " " + element.Id).ToLowerInvariant();
        if (marker.Length <= 1)
        {
            return false;
        }
        foreach (var chrome in ChromeMarkers)
        {
            if (marker.Contains(chrome, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data.Replace('\n', ' '));
            }
            else if (child is IElement element)
            {
                var block = BlockTags.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }
                Append(element, builder);
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    [GeneratedRegex(@"<(?:p|div|br|html|body|article|span|h[1-6]|li|a|section|main)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex HtmlTag();
}
