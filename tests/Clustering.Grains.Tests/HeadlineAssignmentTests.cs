using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>Headlines alone (no body): the ranker has a handful of terms and the time between reports.</summary>
[Collection(ClusterCollection.Name)]
public class HeadlineAssignmentTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2025, 8, 14, 9, 0, 0, TimeSpan.Zero);

    private static Article Headline(string id, string title, string source, int minutes) =>
        new(id, title, string.Empty, Url: null, Source: source, Morning.AddMinutes(minutes), "en", Morning.AddMinutes(minutes));

    private Task<IngestReceipt> Submit(Article article) => fixture.Client.GetGrain<IArticleGrain>(article.Id).Submit(article);

    [Fact]
    public async Task two_headlines_about_the_same_recall_share_a_story()
    {
        var first = await Submit(Headline("hl-recall-1", "Zelvane recalls 40,000 Orvik sedans over brake fault", "Wire One", 0));

        var second = await Submit(Headline("hl-recall-2", "Zelvane Orvik recall: brake fault sends 40,000 sedans back", "Daily Two", 3));

        second.StoryId.ShouldBe(first.StoryId);
    }

    [Fact]
    public async Task a_headline_sharing_one_word_with_a_story_starts_its_own()
    {
        var first = await Submit(Headline("hl-word-1", "Brannock choir wins national voice contest", "Wire One", 0));

        var other = await Submit(Headline("hl-word-2", "Tesselby telecom cuts voice call prices for pensioners", "Daily Two", 5));

        other.StoryId.ShouldNotBe(first.StoryId);
    }
}
