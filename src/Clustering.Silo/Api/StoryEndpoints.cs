using Clustering.Grains;
using Clustering.Abstractions.Stories;

namespace Clustering.Silo.Api;

internal static class StoryEndpoints
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 1000;

    public static void MapStoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories", ListStories);
        app.MapGet("/api/stories/{id}", GetStory);
    }

    private static async Task<IResult> ListStories(HttpContext http, IGrainFactory grains)
    {
        var query = http.Request.Query;
        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, out limit) || limit < 1 || limit > MaxLimit))
        {
            return BadQuery("limit", $"must be a whole number from 1 to {MaxLimit}");
        }
        DateTimeOffset? since = null;
        if (query.TryGetValue("updatedSince", out var sinceText))
        {
            if (!Core.Articles.ArticleParser.TryParseIsoDate(sinceText.ToString(), out var parsed))
            {
                return BadQuery("updatedSince", "must be an ISO 8601 date or date-time");
            }
            since = parsed;
        }
        StoryCursor? after = null;
        if (query.TryGetValue("cursor", out var cursorText) && !CursorText.TryRead(cursorText.ToString(), out after))
        {
            return BadQuery("cursor", "is not a cursor this API gave out (take the next page's address from the Link header)");
        }
        var page = await grains.GetGrain<IStoryDirectoryGrain>(0).ListPage(limit, since, after);
        if (page.Next is { } next)
        {
            http.Response.Headers.Link = $"<{NextPage(http.Request, limit, next)}>; rel=\"next\"";
        }
        return Results.Ok(page.Stories);
    }

    /// <summary>The next page's address, relative to this host (RFC 8288 resolves it against the request).</summary>
    private static string NextPage(HttpRequest request, int limit, StoryCursor next)
    {
        var query = new Dictionary<string, string?>
        {
            ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["cursor"] = CursorText.Write(next),
        };
        if (request.Query.TryGetValue("updatedSince", out var since))
        {
            query["updatedSince"] = since.ToString();
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }

    private static async Task<IResult> GetStory(string id, IGrainFactory grains, HttpContext http)
    {
        var story = await grains.Story(id).GetView();
        if (story is null)
        {
            return Results.Problem(detail: $"no story '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown story");
        }
        if (story.MergedInto is not null)
        {
            var into = await grains.Story(id).CurrentId();
            http.Response.Headers.Location = "/api/stories/" + Uri.EscapeDataString(into);
            return Results.Json(new { mergedInto = into }, statusCode: StatusCodes.Status301MovedPermanently);
        }
        return Results.Ok(story);
    }

    private static IResult BadQuery(string field, string message) => Results.Problem(
        detail: $"{field}: {message}",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid query",
        extensions: new Dictionary<string, object?> { ["field"] = field });
}
