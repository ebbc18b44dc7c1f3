using System.Globalization;
using System.Text.Json;

namespace Clustering.Core.Articles;

/// <summary>
/// Reads one article in the JSON form of ../CONTRACT.md. Every rejection names the field, so a
/// scraper's author can fix the feed without reading our code. Unknown fields are ignored.
/// </summary>
public static class ArticleParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow };

    public static ArticleParseResult Parse(ReadOnlySpan<byte> utf8Json, DateTimeOffset received)
    {
        if (utf8Json.Length > ArticleLimits.MaxArticleBytes)
        {
            return ArticleParseResult.Fail("body", $"article is {utf8Json.Length} bytes; the limit is {ArticleLimits.MaxArticleBytes}");
        }

        // Editors on Windows start files with a byte order mark; it is not content.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return ArticleParseResult.Fail("body", "invalid UTF-8: the article must be UTF-8 encoded text");
        }

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ArticleParseResult.Fail("body", "empty input; expected a JSON object");
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth });
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return ArticleParseResult.Fail("body", "empty input; expected a JSON object");
            }
            document = parsed;
            if (reader.Read())
            {
                document.Dispose();
                return ArticleParseResult.Fail("body", "unexpected content after the JSON object");
            }
        }
        catch (JsonException ex)
        {
            return ArticleParseResult.Fail("body", DescribeJsonError(ex));
        }

        using (document)
        {
            return FromElement(document.RootElement, received);
        }
    }

    public static ArticleParseResult FromElement(JsonElement root, DateTimeOffset received)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ArticleParseResult.Fail("body", $"expected a JSON object, got {Describe(root.ValueKind)}");
        }

        string? id = null, title = null, text = null, url = null, source = null, language = null, published = null;
        foreach (var property in root.EnumerateObject())
        {
            ref string? slot = ref id;
            // A name or value may hold a lone surrogate escape ("\ud800"): valid JSON syntax, but no
            // .NET string; GetString and Name throw on it. Found by fuzzing (Fuzzing/PipelineFuzzTests).
            if (!TryDecode(() => property.Name, out var name))
            {
                return ArticleParseResult.Fail("body", "a field name contains an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)");
            }
            switch (name)
            {
                case "id": slot = ref id; break;
                case "title": slot = ref title; break;
                case "text": slot = ref text; break;
                case "url": slot = ref url; break;
                case "source": slot = ref source; break;
                case "language": slot = ref language; break;
                case "published": slot = ref published; break;
                default: continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return ArticleParseResult.Fail(name, $"must be a string, got {Describe(property.Value.ValueKind)}");
            }
            if (!TryDecode(property.Value.GetString, out slot))
            {
                return ArticleParseResult.Fail(name, "contains an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)");
            }
        }

        return Build(id, title, text, url, source, published, language, received);
    }

    /// <summary>Validates already separated fields (the .txt reader and the JSON reader share it).</summary>
    public static ArticleParseResult Build(
        string? id, string? title, string? text, string? url, string? source, string? published, string? language, DateTimeOffset received)
    {
        title = title?.Trim() ?? string.Empty;
        text = text?.Trim() ?? string.Empty;
        if (title.Length == 0 && text.Length == 0)
        {
            return ArticleParseResult.Fail("title", "title or text must be non-empty");
        }

        id = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (id is not null)
        {
            if (id.Length > ArticleLimits.MaxIdLength)
            {
                return ArticleParseResult.Fail("id", $"must be at most {ArticleLimits.MaxIdLength} characters");
            }
            if (id.Any(char.IsControl))
            {
                return ArticleParseResult.Fail("id", "must not contain control characters");
            }
        }

        DateTimeOffset? publishedAt = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            if (!TryParseIsoDate(published, out var parsed))
            {
                return ArticleParseResult.Fail("published", $"'{Truncate(published, 40)}' is not an ISO 8601 date or date-time");
            }
            publishedAt = parsed;
        }

        var article = new Article(
            id ?? ArticleIds.FromContent(title, text),
            title,
            text,
            NullIfBlank(url),
            NullIfBlank(source),
            publishedAt,
            NullIfBlank(language),
            received);
        return ArticleParseResult.Ok(article);
    }

    /// <summary>ISO 8601 only: '2025-05-10', '2025-05-10T06:00:00Z', with offset or fraction. No culture-dependent forms.</summary>
    public static bool TryParseIsoDate(string value, out DateTimeOffset result)
    {
        string[] formats =
        [
            "yyyy-MM-dd",
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd HH:mm:ssK",
            "yyyy-MM-dd HH:mm:ss",
        ];
        return DateTimeOffset.TryParseExact(
            value.Trim(), formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);
    }

    private static bool TryDecode(Func<string?> read, out string? value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max] + "…";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string DescribeJsonError(JsonException ex)
    {
        var where = ex.BytePositionInLine is { } position ? $" at byte {position + 1}" : string.Empty;
        var message = ex.Message;
        // System.Text.Json appends where it was (" LineNumber: 0 | BytePositionInLine: 15.", " Path: $");
        // the byte position is already said above, in the reader's terms.
        foreach (var marker in (string[])[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }
        return $"broken JSON{where}: {message}";
    }
}
