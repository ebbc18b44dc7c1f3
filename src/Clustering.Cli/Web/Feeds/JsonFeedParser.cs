using System.Text.Json;

namespace Clustering.Cli.Web.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): a JSON object whose version names jsonfeed.org.</summary>
internal static class JsonFeedParser
{
    /// <summary>The feed, or null when the JSON is not a JSON Feed.</summary>
    public static FeedDocument? TryParse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version
            || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var entries = new List<FeedEntry>();
        if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object))
            {
                var html = String(item, "content_html");
                var plain = html is null ? String(item, "content_text") ?? String(item, "summary") : null;
                var url = String(item, "url") ?? String(item, "external_url");
                entries.Add(new FeedEntry(
                    String(item, "id") ?? Number(item, "id") ?? url,
                    String(item, "title"),
                    html ?? plain,
                    IsPlainText: html is null,
                    url,
                    String(item, "date_published") ?? String(item, "date_modified")));
            }
        }
        return new FeedDocument(String(root, "title"), String(root, "language"), entries);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>Version 1.0 allowed a number as id; its text is as stable.</summary>
    private static string? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
