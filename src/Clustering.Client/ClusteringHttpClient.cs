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

    /// <summary>The first page of the story list, most recently updated first.</summary>
    public async Task<IReadOnlyList<StorySummary>> GetStories(int limit = 50, DateTimeOffset? updatedSince = null, CancellationToken cancellationToken = default) =>
        (await GetStoriesPage(StoriesUrl(limit, updatedSince), cancellationToken)).Stories;

    /// <summary>
    /// Every story, page after page, following the `Link: rel="next"` headers: each story once,
    /// at the place it had when the walk began (stories created meanwhile come by the live feed).
    /// </summary>
    public async IAsyncEnumerable<StorySummary> ListAllStories(
        int pageSize = 500,
        DateTimeOffset? updatedSince = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Uri? next = StoriesUrl(pageSize, updatedSince);
        while (next is not null)
        {
            var page = await GetStoriesPage(next, cancellationToken);
            foreach (var story in page.Stories)
            {
                yield return story;
            }
            next = page.Next;
        }
    }

    /// <summary>One page of the story list at <paramref name="url"/> and the next page's address, if more remain.</summary>
    public async Task<(IReadOnlyList<StorySummary> Stories, Uri? Next)> GetStoriesPage(Uri url, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        var stories = await Read<List<StorySummary>>(response, cancellationToken);
        var requested = response.RequestMessage?.RequestUri ?? new Uri(http.BaseAddress!, url);
        return (stories, NextLink.Of(response, requested));
    }

    private static Uri StoriesUrl(int limit, DateTimeOffset? updatedSince)
    {
        var url = $"api/stories?limit={limit}";
        if (updatedSince is { } since)
        {
            url += "&updatedSince=" + Uri.EscapeDataString(since.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        return new Uri(url, UriKind.Relative);
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
