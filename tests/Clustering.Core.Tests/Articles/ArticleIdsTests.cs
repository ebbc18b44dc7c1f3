using System.Text;
using Clustering.Core.Articles;

namespace Clustering.Core.Tests.Articles;

public class ArticleIdsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    [Fact]
    public void the_same_content_without_an_id_gets_the_same_id()
    {
        var first = ArticleParser.Parse(Encoding.UTF8.GetBytes("""{"title":"Quake hits","text":"A strong quake hit."}"""), Now).Article!;
        var again = ArticleParser.Parse(Encoding.UTF8.GetBytes("""{"title":"Quake hits ","text":"A strong\n quake hit.","source":"X"}"""), Now.AddDays(1)).Article!;

        again.Id.ShouldBe(first.Id);
        first.Id.ShouldStartWith("h-");
    }

    [Fact]
    public void different_content_gets_a_different_id()
    {
        ArticleIds.FromContent("Quake hits", "A strong quake hit.")
            .ShouldNotBe(ArticleIds.FromContent("Quake hits", "A weak quake hit."));
    }

    [Fact]
    public void title_and_text_are_not_interchangeable()
    {
        ArticleIds.FromContent("ab", "c").ShouldNotBe(ArticleIds.FromContent("a", "bc"));
    }

    [Fact]
    public void an_own_id_wins_over_the_content_hash()
    {
        var article = ArticleParser.Parse(Encoding.UTF8.GetBytes("""{"id":" wire-17 ","title":"t"}"""), Now).Article!;

        article.Id.ShouldBe("wire-17");
    }

    [Fact]
    public void story_ids_are_stable_for_the_same_first_article()
    {
        ArticleIds.StoryIdFor("wire-17").ShouldBe(ArticleIds.StoryIdFor("wire-17"));
        ArticleIds.StoryIdFor("wire-17").ShouldNotBe(ArticleIds.StoryIdFor("wire-18"));
    }
}
