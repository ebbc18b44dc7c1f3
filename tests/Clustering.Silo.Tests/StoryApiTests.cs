using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Clustering.Silo.Tests;

[Collection(SiloCollection.Name)]
public class StoryApiTests(SiloFixture fixture)
{
    [Fact]
    public async Task a_story_lists_its_articles_and_the_list_shows_it_newest_first()
    {
        var client = fixture.Silo.Client;
        var ct = TestContext.Current.CancellationToken;
        var first = await client.PostArticle(new { id = "story-api-1", title = "Volcano on Isla Brava erupts, ash closes airport", text = "The Isla Brava volcano erupted and ash closed the airport." }, ct);
        var second = await client.PostArticle(new { id = "story-api-2", title = "Isla Brava volcano eruption: airport stays closed as ash spreads", text = "Ash from the Isla Brava volcano kept the airport closed." }, ct);
        second.StoryId.ShouldBe(first.StoryId);

        var story = await client.GetStory(first.StoryId!, ct);
        story!.Articles.Select(article => article.Id).ShouldBe(["story-api-1", "story-api-2"], customMessage: string.Join(" | ", story.Articles.Select(article => article.Title)));
        story.Version.ShouldBe(2);

        var listed = await client.GetStories(1000, cancellationToken: ct);
        listed.ShouldContain(summary => summary.Id == first.StoryId && summary.ArticleCount == 2);
        listed.Select(summary => summary.Updated).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task an_unknown_story_is_not_found()
    {
        using var response = await fixture.Silo.Http.GetAsync("api/stories/s-nothing-here", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("api/stories?limit=0", "limit")]
    [InlineData("api/stories?limit=abc", "limit")]
    [InlineData("api/stories?updatedSince=soon", "updatedSince")]
    public async Task a_bad_query_is_a_problem_naming_the_parameter(string url, string field)
    {
        using var response = await fixture.Silo.Http.GetAsync(url, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task updated_since_leaves_out_stories_not_changed_since()
    {
        // Other tests in this silo seed stories at any time, past or future: this one compares two of its own.
        var client = fixture.Silo.Client;
        var ct = TestContext.Current.CancellationToken;
        var before = await client.PostArticle(new { id = "since-1", title = "Glacier lake bursts above Velmor valley", text = "Meltwater from a glacier lake flooded farms in the Velmor valley." }, ct);
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
        var after = await client.PostArticle(new { id = "since-2", title = "Chess olympiad opens in Port Aldane", text = "Teams from forty countries sat down for the first round of the chess olympiad in Port Aldane." }, ct);
        after.StoryId.ShouldNotBe(before.StoryId);

        var listed = await client.GetStories(1000, since, ct);

        listed.Select(summary => summary.Id).ShouldContain(after.StoryId);
        listed.Select(summary => summary.Id).ShouldNotContain(before.StoryId);
        listed.ShouldAllBe(summary => summary.Updated > since);
    }

    [Fact]
    public async Task health_says_live_and_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        using var live = await fixture.Silo.Http.GetAsync("health/live", ct);
        using var ready = await fixture.Silo.Http.GetAsync("health/ready", ct);

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync(ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task the_board_page_is_served_at_the_root()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await fixture.Silo.Http.GetAsync("", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync(ct);
        html.ShouldContain("signalr");
    }
}
