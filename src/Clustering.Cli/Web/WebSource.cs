using System.Net.Http.Headers;
using System.Text;
using Clustering.Cli.Ingest;

namespace Clustering.Cli.Web;

/// <summary>What one fetch of a URL gave: its articles (or reasons), and whether it is a feed worth polling again.</summary>
internal sealed record WebFetch(Uri Url, bool IsFeed, IReadOnlyList<SourceItem> Items);

/// <summary>
/// Fetches a URL given to `ingest`: a feed (RSS, Atom, JSON Feed) becomes one article per item, anything else
/// HTML becomes one article. Every failure (unreachable, HTTP error, too big, a broken feed, neither feed nor page)
/// is one rejected item with its reason, never an exception.
/// </summary>
internal sealed partial class WebSource(HttpClient http)
{
    public const int MaxDocumentBytes = 16 << 20;

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static HttpClient CreateHttpClient()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("clustering-ingest", "1.0"));
        http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        return http;
    }

    public async Task<WebFetch> Fetch(Uri url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[] bytes;
        string? mediaType;
        string? charset;
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > MaxDocumentBytes)
            {
                return Failed(url, $"larger than {MaxDocumentBytes} bytes");
            }
            mediaType = response.Content.Headers.ContentType?.MediaType;
            charset = response.Content.Headers.ContentType?.CharSet;
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxDocumentBytes)
                {
                    return Failed(url, $"larger than {MaxDocumentBytes} bytes");
                }
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
        }
        catch (HttpRequestException ex)
        {
            return Failed(url, "cannot fetch: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(url, "cannot fetch: timed out");
        }

        // Servers label feeds every way (text/html, text/plain, octet-stream): the bytes decide.
        if (FeedReader.Read(bytes, url, now, charset) is { } feed)
        {
            return feed.Error is null ? new WebFetch(url, true, feed.Items) : Failed(url, feed.Error);
        }
        if (mediaType is not null && !mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) && !mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(url, $"neither a feed (RSS, Atom, JSON Feed) nor an HTML page ({mediaType})");
        }
        return new WebFetch(url, false, [PageReader.Read(EncodingOf(charset ?? DeclaredCharset(bytes)).GetString(bytes), url, now)]);
    }

    private static WebFetch Failed(Uri url, string reason) => new(url, false, [new SourceItem(url.AbsoluteUri, null, reason)]);

    /// <summary>The charset a page declares in its first 4 KiB (&lt;meta charset&gt; or http-equiv), for a server that named none.</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return MetaCharset().Match(head) is { Success: true } match ? match.Groups[1].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetaCharset();

    private static Encoding EncodingOf(string? charset)
    {
        Feeds.CodePages.Register();
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
