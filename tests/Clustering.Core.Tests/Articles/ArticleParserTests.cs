using System.Text;
using Clustering.Core.Articles;

namespace Clustering.Core.Tests.Articles;

public class ArticleParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 10, 12, 0, 0, TimeSpan.Zero);

    private static ArticleParseResult Parse(string json) => ArticleParser.Parse(Encoding.UTF8.GetBytes(json), Now);

    [Fact]
    public void a_full_article_keeps_every_field()
    {
        var result = Parse("""{"id":"a1","title":"T","text":"Body","url":"https://x.test/a","source":"Reuters","published":"2025-05-10T06:00:00Z","language":"en","extra":42}""");

        result.IsValid.ShouldBeTrue();
        var article = result.Article!;
        article.Id.ShouldBe("a1");
        article.Title.ShouldBe("T");
        article.Text.ShouldBe("Body");
        article.Source.ShouldBe("Reuters");
        article.Published.ShouldBe(new DateTimeOffset(2025, 5, 10, 6, 0, 0, TimeSpan.Zero));
        article.Received.ShouldBe(Now);
    }

    [Fact]
    public void an_article_without_title_and_text_names_the_title_field()
    {
        var result = Parse("""{"id":"a1","title":"  ","url":"https://x.test"}""");

        result.IsValid.ShouldBeFalse();
        result.Error!.Field.ShouldBe("title");
    }

    [Theory]
    [InlineData("""{"title": 5}""", "title")]
    [InlineData("""{"title": "t", "text": ["a"]}""", "text")]
    [InlineData("""{"title": "t", "published": "yesterday"}""", "published")]
    [InlineData("""{"title": "t", "published": "10/05/2025"}""", "published")]
    [InlineData("""{"title": "t", "id": {"x": 1}}""", "id")]
    public void a_field_of_the_wrong_kind_is_named(string json, string field)
    {
        var result = Parse(json);

        result.IsValid.ShouldBeFalse();
        result.Error!.Field.ShouldBe(field);
    }

    [Theory]
    [InlineData("""{"title": "t" """)]
    [InlineData("""[1,2]""")]
    [InlineData("")]
    [InlineData("""{"title":"t"} {"title":"u"}""")]
    public void broken_json_is_a_body_error_not_an_exception(string json)
    {
        var result = Parse(json);

        result.IsValid.ShouldBeFalse();
        result.Error!.Field.ShouldBe("body");
    }

    [Fact]
    public void invalid_utf8_is_rejected_with_a_reason()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"title\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        var result = ArticleParser.Parse(bytes, Now);

        result.IsValid.ShouldBeFalse();
        result.Error!.Field.ShouldBe("body");
    }

    [Fact]
    public void an_article_over_one_mebibyte_is_refused()
    {
        var json = "{\"title\":\"" + new string('x', ArticleLimits.MaxArticleBytes) + "\"}";

        var result = Parse(json);

        result.IsValid.ShouldBeFalse();
        result.Error!.Message.ShouldContain("limit");
    }

    [Fact]
    public void a_date_only_published_is_midnight_utc()
    {
        var result = Parse("""{"title":"t","published":"2014-03-10"}""");

        result.Article!.Published.ShouldBe(new DateTimeOffset(2014, 3, 10, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void without_a_date_the_article_speaks_from_its_arrival()
    {
        var result = Parse("""{"title":"t"}""");

        result.Article!.Published.ShouldBeNull();
        result.Article.EffectiveTime.ShouldBe(Now);
    }
}
