using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Clustering.Cli.Web.Feeds;

/// <summary>What the bytes of a document are: a feed read, a feed that cannot be read (and why), or no feed at all.</summary>
internal sealed record FeedLoad(FeedDocument? Feed, string? Error)
{
    public static readonly FeedLoad NotAFeed = new(null, null);
}

/// <summary>
/// Bytes to a feed, in the encoding the document declares (its byte order mark or XML declaration;
/// the code pages of older feeds, ISO-8859-x, windows-125x, GB2312, included), else the one the
/// server named. Well-formed XML is read as it is; a feed that bends XML (HTML entities such as
/// &amp;nbsp; that no DTD defines here, a bare ampersand) is repaired once and read again.
/// </summary>
internal static partial class FeedLoader
{
    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    public static FeedLoad Load(byte[] bytes, string? serverCharset)
    {
        CodePages.Register();
        var head = Head(bytes);
        if (head.TrimStart().StartsWith('{'))
        {
            return LoadJson(bytes, head);
        }
        if (!FeedRoot().IsMatch(head))
        {
            return FeedLoad.NotAFeed;
        }
        string firstError;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return FromXml(XmlReader.Create(stream, Settings()));
        }
        catch (Exception ex) when (ex is XmlException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            firstError = ex.Message;
        }
        try
        {
            var text = Repair(EncodingOf(head, serverCharset).GetString(bytes));
            return FromXml(XmlReader.Create(new StringReader(text), Settings()));
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException or NotSupportedException)
        {
            return new FeedLoad(null, "not a readable feed: " + firstError);
        }
    }

    private static FeedLoad FromXml(XmlReader reader)
    {
        using (reader)
        {
            var root = XDocument.Load(reader).Root;
            return root is not null && XmlFeedParser.IsFeedRoot(root.Name.LocalName)
                ? new FeedLoad(XmlFeedParser.Parse(root), null)
                : FeedLoad.NotAFeed;
        }
    }

    private static FeedLoad LoadJson(byte[] bytes, string head)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            return JsonFeedParser.TryParse(json.RootElement) is { } feed ? new FeedLoad(feed, null) : FeedLoad.NotAFeed;
        }
        catch (JsonException ex)
        {
            return head.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase)
                ? new FeedLoad(null, "not a readable JSON Feed: " + ex.Message)
                : FeedLoad.NotAFeed;
        }
    }

    private static XmlReaderSettings Settings() => new()
    {
        // No DTDs, no external entities: a feed must not make us read files or expand billions of laughs.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 64L << 20,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // A stray control character in one description must not cost the whole feed.
        CheckCharacters = false,
    };

    /// <summary>The first 4 KiB as text, enough to see the declaration and the root element.</summary>
    private static string Head(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 4096);
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, length - 2);
        }
        var bom = bytes.Length >= 3 && (bytes[0], bytes[1], bytes[2]) is (0xEF, 0xBB, 0xBF) ? 3 : 0;
        return Encoding.Latin1.GetString(bytes, bom, length - bom);
    }

    private static Encoding EncodingOf(string head, string? serverCharset)
    {
        foreach (var name in (string?[])[Declared().Match(head) is { Success: true } match ? match.Groups[1].Value : null, serverCharset])
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                try
                {
                    return Encoding.GetEncoding(name.Trim('"', '\'', ' '));
                }
                catch (ArgumentException)
                {
                    // An encoding nobody knows: try the next name, then UTF-8.
                }
            }
        }
        return Encoding.UTF8;
    }

    /// <summary>
    /// The usual ways feeds bend XML, undone: text before the declaration, HTML's named entities
    /// (to character references), bare ampersands (escaped), prefixes used without a declaration
    /// (declared on the root, so dc:creator without xmlns:dc no longer costs the feed).
    /// </summary>
    private static string Repair(string xml) => DeclarePrefixes(Entities(xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')));

    private static string DeclarePrefixes(string xml)
    {
        var declared = DeclaredPrefix().Matches(xml).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var missing = UsedPrefix().Matches(xml).Select(m => m.Groups[1].Value)
            .Where(prefix => prefix is not ("xml" or "xmlns") && !declared.Contains(prefix))
            .Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 || FeedRoot().Match(xml) is not { Success: true } root)
        {
            return xml;
        }
        // The root's name ends where the match does, but for the one character after it.
        var at = root.Index + root.Length - 1;
        var declarations = string.Concat(missing.Select(prefix => $" xmlns:{prefix}=\"urn:undeclared:{prefix}\""));
        return xml[..at] + declarations + xml[at..];
    }

    private static string Entities(string xml) => Entity().Replace(xml, match =>
    {
        var name = match.Groups[1].Value;
        if (name.Length == 0)
        {
            return "&amp;";
        }
        if (name.StartsWith('#') || XmlEntities.Contains(name))
        {
            return match.Value;
        }
        var decoded = WebUtility.HtmlDecode(match.Value);
        return decoded == match.Value
            ? "&amp;" + match.Value[1..]
            : string.Concat(decoded.EnumerateRunes().Select(rune => "&#x" + rune.Value.ToString("X", CultureInfo.InvariantCulture) + ";"));
    });

    [GeneratedRegex(@"^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>\[]*(?:\[[\s\S]*?\])?\s*>\s*)*<(?:[\w.-]+:)?(?:rss|RDF|feed)[\s>/]")]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"\sxmlns:([\w.-]+)\s*=")]
    private static partial Regex DeclaredPrefix();

    [GeneratedRegex(@"(?:</?|\s)([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*(?=[\s/>=])")]
    private static partial Regex UsedPrefix();

    [GeneratedRegex(@"<\?xml[^>]*encoding\s*=\s*[""']([\w.:-]+)[""']")]
    private static partial Regex Declared();

    [GeneratedRegex(@"&(?:(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);)?")]
    private static partial Regex Entity();
}
