using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Clustering.Silo.Tests;

/// <summary>
/// The same article sent many times at once is absorbed once. One silo here (the host cannot yet
/// start two in one cluster); the guarantee comes from the per-article-id grain, which is the same
/// single activation whichever silo a request lands on.
/// </summary>
[Collection(SiloCollection.Name)]
public class IdempotencyTests(SiloFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<JsonElement>> PostConcurrently(string json, int times)
    {
        var posts = Enumerable.Range(0, times).Select(async _ =>
        {
            using var response = await fixture.Silo.Http.PostAsync("api/articles", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Accepted, HttpStatusCode.OK);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            body.GetProperty("status").GetString().ShouldBe(response.StatusCode == HttpStatusCode.Accepted ? "accepted" : "duplicate");
            return body;
        });
        return [.. await Task.WhenAll(posts)];
    }

    [Theory]
    [InlineData("""{"id":"concurrent-same-id","title":"Lighthouse keeper rescues kayakers off Skerry Head","text":"Two kayakers were rescued."}""")]
    [InlineData("""{"title":"Cable fault darkens Marlow island","text":"A cable fault cut power to Marlow island overnight."}""")]
    public async Task twenty_concurrent_posts_of_one_article_are_one_accepted_and_one_story_membership(string json)
    {
        var answers = await PostConcurrently(json, 20);

        answers.Count(a => a.GetProperty("status").GetString() == "accepted").ShouldBe(1);
        answers.Count(a => a.GetProperty("status").GetString() == "duplicate").ShouldBe(19);
        var id = answers.Select(a => a.GetProperty("id").GetString()).Distinct().ShouldHaveSingleItem()!;
        var storyId = answers.Select(a => a.GetProperty("storyId").GetString()).Distinct().ShouldHaveSingleItem()!;
        var story = await fixture.Silo.Client.GetStory(storyId, Ct);
        story.ShouldNotBeNull();
        story.Articles.Count(article => article.Id == id).ShouldBe(1);
    }

    [Fact]
    public async Task the_same_content_in_concurrent_batches_is_accepted_once_in_total()
    {
        const string line = """{"title":"Snowstorm closes Fenwick pass","text":"The Fenwick pass closed after a snowstorm."}""";
        var batches = Enumerable.Range(0, 10).Select(_ => fixture.Silo.Client.PostBatch([line, line], Ct));

        var results = await Task.WhenAll(batches);

        results.Sum(r => r.Accepted).ShouldBe(1);
        results.Sum(r => r.Duplicates).ShouldBe(19);
    }
}
