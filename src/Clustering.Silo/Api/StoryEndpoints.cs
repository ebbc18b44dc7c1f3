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
        var stories = await grains.GetGrain<IStoryDirectoryGrain>(0).List(limit, since);
        return Results.Ok(stories);
    }

    private static async Task<IResult> GetStory(string id, IGrainFactory grains, HttpContext http)
    {
        var story = await grains.GetGrain<IStoryGrain>(id).GetView();
        if (story is null)
        {
            return Results.Problem(detail: $"no story '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown story");
        }
        if (story.MergedInto is not null)
        {
            var into = await grains.GetGrain<IStoryGrain>(id).CurrentId();
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
