using System.Net;
using Clustering.Client;
using Clustering.Testing;

namespace Clustering.Client.Tests;

public class ClusteringHttpClientTests
{
    [Fact]
    public async Task a_refused_article_raises_an_error_carrying_the_servers_reason()
    {
        await using var silo = await TestSilo.Start();

        var error = await Should.ThrowAsync<ClusteringApiException>(() => silo.Client.PostArticle(new { title = 12 }, TestContext.Current.CancellationToken));

        error.Status.ShouldBe(HttpStatusCode.BadRequest);
        error.Detail!.ShouldContain("title");
    }

    [Fact]
    public async Task a_batch_reports_accepted_duplicates_and_rejected_lines()
    {
        await using var silo = await TestSilo.Start();
        string[] lines =
        [
            """{"id":"c-1","title":"Comet visible over Lake Orm tonight"}""",
            """{"id":"c-1","title":"Comet visible over Lake Orm tonight"}""",
            """{"title":null}""",
        ];

        var response = await silo.Client.PostBatch(lines, TestContext.Current.CancellationToken);

        response.Accepted.ShouldBe(1);
        response.Duplicates.ShouldBe(1);
        response.Rejected.ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public async Task an_unknown_story_or_article_is_null_not_an_error()
    {
        await using var silo = await TestSilo.Start();

        (await silo.Client.GetStory("s-none", TestContext.Current.CancellationToken)).ShouldBeNull();
        (await silo.Client.GetArticle("a-none", TestContext.Current.CancellationToken)).ShouldBeNull();
    }
}
