using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Clustering.Abstractions.Api;
using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;

namespace Clustering.Client;

/// <summary>Typed calls to the HTTP API of ../CONTRACT.md.</summary>
public sealed class ClusteringHttpClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http => http;

    /// <summary>Posts NDJSON lines (already serialised articles) as one batch.</summary>
    public async Task<BatchResponse> PostBatch(IEnumerable<string> ndjsonLines, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(string.Join('\n', ndjsonLines) + "\n");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await http.PostAsync("api/articles/batch", content, cancellationToken);
        return await Read<BatchResponse>(response, cancellationToken);
    }

    /// <summary>Posts one article object; a duplicate is not an error.</summary>
    public async Task<IngestResponse> PostArticle(object article, CancellationToken cancellationToken = default)
    {
        // Sent whole with its length rather than streamed (PostAsJsonAsync sends chunks): an article
        // is small, and the server then reads one body instead of decoding chunks under load.
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(article, Json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync("api/articles", content, cancellationToken);
        return await Read<IngestResponse>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<StorySummary>> GetStories(int limit = 50, DateTimeOffset? updatedSince = null, CancellationToken cancellationToken = default)
    {
        var url = $"api/stories?limit={limit}";
        if (updatedSince is { } since)
        {
            url += "&updatedSince=" + Uri.EscapeDataString(since.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        using var response = await http.GetAsync(url, cancellationToken);
        return await Read<List<StorySummary>>(response, cancellationToken);
    }

    /// <summary>The whole story, or null when there is no such story.</summary>
    public async Task<StoryView?> GetStory(string id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/stories/" + Uri.EscapeDataString(id), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        return await Read<StoryView>(response, cancellationToken);
    }

    public async Task<ArticleStatus?> GetArticle(string id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/articles/" + Uri.EscapeDataString(id), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        return await Read<ArticleStatus>(response, cancellationToken);
    }

    private static async Task<T> Read<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ClusteringApiException(response.StatusCode, await ProblemDetail(response, cancellationToken));
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ClusteringApiException(response.StatusCode, "empty response");
    }

    private static async Task<string?> ProblemDetail(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out var detail))
            {
                return detail.GetString();
            }
        }
        catch (JsonException)
        {
            // Not problem+json: the raw body (shortened) says more than nothing.
        }
        return body.Length > 200 ? body[..200] : body;
    }
}
