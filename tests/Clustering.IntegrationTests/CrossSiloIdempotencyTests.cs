using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>The same article resent at once through two silos of one cluster is absorbed once.</summary>
public class CrossSiloIdempotencyTests
{
    [Fact]
    public async Task the_same_article_posted_concurrently_to_two_silos_is_accepted_once_and_in_one_story()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await TestSilo.StartPair();
        await using var silos = new SiloPair(a, b);
        var withId = new { id = "cross-silo-1", title = "Lock gates fail on the Tarrow canal", text = "The Tarrow canal lock gates failed and drained the upper pound." };
        var withoutId = new { title = "Sinkhole swallows bus stop in Merrow", text = "A sinkhole opened under a Merrow bus stop overnight." };

        foreach (var article in new object[] { withId, withoutId })
        {
            var posts = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).Client.PostArticle(article, ct));
            var receipts = await Task.WhenAll(posts);

            receipts.Count(receipt => receipt.Status == "accepted").ShouldBe(1);
            receipts.Select(receipt => receipt.Id).Distinct().ShouldHaveSingleItem();
            receipts.Select(receipt => receipt.StoryId).Distinct().ShouldHaveSingleItem();
            var story = await b.Client.GetStory(receipts[0].StoryId!, ct);
            story!.Articles.Count(entry => entry.Id == receipts[0].Id).ShouldBe(1);
        }
    }
}
