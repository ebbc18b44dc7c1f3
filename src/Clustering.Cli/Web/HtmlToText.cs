using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clustering.Cli.Web;

/// <summary>HTML to plain text with AngleSharp: block elements become paragraphs, scripts and page chrome vanish.</summary>
internal static class HtmlToText
{
    /// <summary>Elements that are never article text.</summary>
    public static readonly string[] Chrome = ["script", "style", "noscript", "template", "iframe", "svg", "nav", "header", "footer", "aside", "form", "button", "figure"];

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "SECTION", "ARTICLE", "MAIN", "DD", "DT",
    };

    /// <summary>The text of an HTML fragment (a feed item's summary or content).</summary>
    public static string FromFragment(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Normalize(html);
        }
        using var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        RemoveChrome(document.Body!, keepHeaders: true);
        return Text(document.Body!);
    }

    public static void RemoveChrome(IElement root, bool keepHeaders = false)
    {
        foreach (var element in root.QuerySelectorAll(string.Join(',', Chrome)).ToList())
        {
            if (keepHeaders && element.LocalName is "header" or "figure")
            {
                continue;
            }
            element.Remove();
        }
    }

    /// <summary>Text content with a paragraph break after every block element, whitespace folded.</summary>
    public static string Text(INode root)
    {
        var builder = new System.Text.StringBuilder();
        Walk(root, builder);
        return Normalize(builder.ToString());
    }

    private static void Walk(INode node, System.Text.StringBuilder builder)
    {
        // An explicit stack: hostile pages nest deeper than a thread's stack would allow recursion.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (current, closing) = stack.Pop();
            if (closing)
            {
                builder.Append('\n');
                continue;
            }
            if (current is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            if (current is IElement element && Blocks.Contains(element.TagName))
            {
                builder.Append('\n');
                stack.Push((current, true));
            }
            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    /// <summary>Spaces folded within lines, blank lines between paragraphs, no line of only spaces.</summary>
    public static string Normalize(string text)
    {
        var paragraphs = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
