using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Clustering.Silo.Tests;

[Collection(SiloCollection.Name)]
public class ArticleApiTests(SiloFixture fixture)
{
    private HttpClient Http => fixture.Silo.Http;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static StringContent Ndjson(params string[] lines) => new(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");

    [Fact]
    public async Task a_new_article_is_accepted_with_its_id_and_story()
    {
        using var response = await Http.PostAsync("api/articles", Json("""{"id":"api-new-1","title":"Glacier calves giant iceberg off Nordhavn","text":"A giant iceberg broke off the Nordhavn glacier."}"""), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("id").GetString().ShouldBe("api-new-1");
        body.GetProperty("status").GetString().ShouldBe("accepted");
        body.GetProperty("storyId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task the_same_article_sent_twice_is_a_duplicate_of_the_same_story()
    {
        const string article = """{"title":"Tram strike halts Eastport commuters","text":"Tram drivers in Eastport walked out at dawn."}""";
        using var first = await Http.PostAsync("api/articles", Json(article), TestContext.Current.CancellationToken);
        using var second = await Http.PostAsync("api/articles", Json(article), TestContext.Current.CancellationToken);

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        b.GetProperty("status").GetString().ShouldBe("duplicate");
        b.GetProperty("id").GetString().ShouldBe(a.GetProperty("id").GetString());
        b.GetProperty("storyId").GetString().ShouldBe(a.GetProperty("storyId").GetString());
    }

    [Theory]
    [InlineData("""{"title": 42}""", "title")]
    [InlineData("""{"url": "https://x.test"}""", "title")]
    [InlineData("""{"title": "t", "published": "last Tuesday"}""", "published")]
    [InlineData("""{"title": "t""", "body")]
    public async Task bad_input_is_a_problem_naming_the_field(string json, string field)
    {
        using var response = await Http.PostAsync("api/articles", Json(json), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task an_article_over_one_mebibyte_is_too_large()
    {
        var json = "{\"title\":\"" + new string('x', (1 << 20) + 10) + "\"}";

        using var response = await Http.PostAsync("api/articles", Json(json), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task a_batch_keeps_its_good_lines_and_names_the_bad_ones()
    {
        using var response = await Http.PostAsync("api/articles/batch", Ndjson(
            """{"id":"batch-good-1","title":"Wildfire forces evacuation of Pine Hollow","text":"Residents of Pine Hollow fled a wildfire."}""",
            """{"title": 7}""",
            "",
            "not json at all",
            """{"id":"batch-good-2","title":"Pine Hollow wildfire doubles in size overnight","text":"The Pine Hollow wildfire grew overnight."}"""), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("accepted").GetInt32().ShouldBe(2);
        var rejected = body.GetProperty("rejected").EnumerateArray().ToArray();
        rejected.Select(r => r.GetProperty("line").GetInt32()).ShouldBe([2, 4]);
        rejected[0].GetProperty("error").GetString()!.ShouldContain("title");

        var kept = await fixture.Silo.Client.GetArticle("batch-good-2", TestContext.Current.CancellationToken);
        kept.ShouldNotBeNull();
        kept.StoryId.ShouldNotBeNull();
    }

    [Fact]
    public async Task an_unknown_article_is_not_found()
    {
        using var response = await Http.GetAsync("api/articles/never-sent", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
