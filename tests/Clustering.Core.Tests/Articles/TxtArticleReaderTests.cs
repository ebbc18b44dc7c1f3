using Clustering.Core.Articles;

namespace Clustering.Core.Tests.Articles;

public class TxtArticleReaderTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    [Fact]
    public void a_date_line_sets_published_and_the_next_line_is_the_title()
    {
        var result = TxtArticleReader.Read("017_flood.txt", "date 2025-05-10\nRiver bursts its banks\n\nThe river rose overnight.", Now);

        var article = result.Article!;
        article.Id.ShouldBe("017_flood");
        article.Published.ShouldBe(new DateTimeOffset(2025, 5, 10, 0, 0, 0, TimeSpan.Zero));
        article.Title.ShouldBe("River bursts its banks");
        article.Text.ShouldBe("The river rose overnight.");
    }

    [Fact]
    public void the_date_may_share_its_line_with_the_first_words_of_the_page()
    {
        var result = TxtArticleReader.Read("a.txt", " date 2025-05-10 Seoul, May 10 (Wire) A leader spoke.\n\nMore text.", Now);

        var article = result.Article!;
        article.Published!.Value.Day.ShouldBe(10);
        article.Title.ShouldBe("Seoul, May 10 (Wire) A leader spoke.");
        article.Text.ShouldBe("More text.");
    }

    [Fact]
    public void without_a_date_line_the_first_line_is_the_title()
    {
        var result = TxtArticleReader.Read("b.txt", "\uFEFFHeadline here\nBody.", Now);

        result.Article!.Published.ShouldBeNull();
        result.Article.Title.ShouldBe("Headline here");
    }

    [Fact]
    public void an_empty_file_is_rejected()
    {
        var result = TxtArticleReader.Read("c.txt", " \n \n", Now);

        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void a_word_that_merely_starts_with_date_is_not_a_date_line()
    {
        var result = TxtArticleReader.Read("d.txt", "dated 2025-05-10 evidence\nbody", Now);

        result.Article!.Published.ShouldBeNull();
        result.Article.Title.ShouldStartWith("dated");
    }
}
