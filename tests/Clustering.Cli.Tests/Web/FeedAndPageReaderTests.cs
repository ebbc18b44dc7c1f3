using System.Text;
using Clustering.Cli.Web;

namespace Clustering.Cli.Tests.Web;

public class FeedAndPageReaderTests
{
    private static readonly Uri Here = new("http://127.0.0.1:1/feed");
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void an_rss_item_becomes_an_article_with_its_guid_title_text_without_html_date_source_and_link()
    {
        var rss = Documents.Rss(("gz-1", "Crane collapses at &amp; near the docks", "<p>A <b>crane</b> fell.</p><script>x()</script><p>Nobody was hurt.</p>", "Sat, 14 Mar 2026 06:00:00 GMT"));

        var items = (FeedReader.Read(Encoding.UTF8.GetBytes(rss), Here, Now)?.Items);

        var article = items.ShouldNotBeNull().ShouldHaveSingleItem().Article.ShouldNotBeNull();
        article.Id.ShouldBe("gz-1");
        article.Title.ShouldBe("Crane collapses at & near the docks");
        article.Text.ShouldBe("A crane fell.\n\nNobody was hurt.");
        article.Source.ShouldBe("Harbour Gazette");
        article.Url.ShouldBe("http://127.0.0.1/news/gz-1");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 14, 6, 0, 0, TimeSpan.Zero));
        article.Language.ShouldBe("en");
    }

    [Fact]
    public void an_rss_date_nobody_can_read_is_no_date_rather_than_a_lost_feed()
    {
        var rss = Documents.Rss(("gz-2", "Ferry timetable changes", "New times from Monday.", "the day after tomorrow"));

        var article = (FeedReader.Read(Encoding.UTF8.GetBytes(rss), Here, Now)?.Items).ShouldNotBeNull().ShouldHaveSingleItem().Article.ShouldNotBeNull();

        article.Published.ShouldBeNull();
        article.Title.ShouldBe("Ferry timetable changes");
    }

    [Fact]
    public void atom_entries_take_their_id_or_else_their_link_and_html_content_is_text()
    {
        var items = (FeedReader.Read(Encoding.UTF8.GetBytes(Documents.Atom), Here, Now)?.Items).ShouldNotBeNull();

        items.Count.ShouldBe(2);
        var ferry = items[0].Article.ShouldNotBeNull();
        ferry.Id.ShouldBe("urn:valley-courier:ferry-1");
        ferry.Title.ShouldBe("Ferry Varra Star runs aground");
        ferry.Text.ShouldBe("The ferry ran aground at dawn.\n\nAll 112 passengers were taken off.");
        ferry.Source.ShouldBe("Valley Courier");
        ferry.Published.ShouldBe(new DateTimeOffset(2026, 2, 3, 7, 30, 0, TimeSpan.Zero));
        items[1].Article.ShouldNotBeNull().Id.ShouldBe("http://127.0.0.1/courier/no-id");
        items[1].Article!.Text.ShouldBe("Only a summary here.");
    }

    [Theory]
    [InlineData("<html><body><p>not a feed</p></body></html>")]
    [InlineData("""{"title":"json is not a feed"}""")]
    [InlineData("<?xml version=\"1.0\"?><catalog><book/></catalog>")]
    [InlineData("")]
    public void what_is_not_a_feed_is_reported_as_no_feed_without_throwing(string document)
    {
        FeedReader.Read(Encoding.UTF8.GetBytes(document), Here, Now).ShouldBeNull();
    }

    [Fact]
    public void a_feed_with_a_dtd_does_not_expand_entities_or_read_local_files()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var hostile = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lollollollollollollollollollol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY xxe SYSTEM "file://{secret}">
            ]>
            <rss version="2.0"><channel><title>Evil</title>
              <item><guid>e1</guid><title>&lol3;</title><description>&xxe;</description></item>
            </channel></rss>
            """;

        var items = FeedReader.Read(Encoding.UTF8.GetBytes(hostile), Here, Now)?.Items;

        // Either refused as a feed or read without the entities: never expanded, never the file.
        foreach (var item in items ?? [])
        {
            (item.Article?.Title ?? string.Empty).ShouldNotContain("lollol");
            (item.Article?.Text ?? string.Empty).ShouldNotContain("TOP-SECRET");
        }
        File.Delete(secret);
    }

    [Fact]
    public void a_page_gives_its_og_title_site_date_and_the_article_paragraphs_without_chrome()
    {
        var item = PageReader.Read(Documents.Page, new Uri("http://127.0.0.1:1/kessford/dam"), Now);

        var article = item.Article.ShouldNotBeNull();
        article.Id.ShouldBe("http://127.0.0.1:1/kessford/dam");
        article.Title.ShouldBe("Dam inspectors find cracks in Kessford spillway");
        article.Text.ShouldBe("Inspectors found cracks in the spillway of the Kessford dam on Friday.\n\nThe reservoir will be lowered by two metres as a precaution.");
        article.Source.ShouldBe("Kessford Post");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 14, 9, 15, 0, TimeSpan.Zero));
        article.Language.ShouldBe("en");
    }

    [Fact]
    public void a_page_without_article_element_reads_its_main_and_its_title_element()
    {
        var article = PageReader.Read(Documents.PageWithoutArticle, new Uri("http://127.0.0.1:1/road"), Now).Article.ShouldNotBeNull();

        article.Title.ShouldBe("Road closed after landslide");
        article.Text.ShouldBe("A landslide closed the coast road near Brenmouth overnight.\n\nCrews expect to reopen it by Monday.");
        article.Source.ShouldBe("127.0.0.1");
    }

    [Fact]
    public void an_empty_page_is_a_rejection_naming_the_missing_title_or_text()
    {
        var item = PageReader.Read("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", new Uri("http://127.0.0.1:1/empty"), Now);

        item.Article.ShouldBeNull();
        item.Error.ShouldNotBeNull().ShouldContain("title or text");
    }

    [Fact]
    public void deeply_nested_html_is_read_without_overflowing_the_stack()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</article></body></html>";

        var item = PageReader.Read(html, new Uri("http://127.0.0.1:1/deep"), Now);

        item.Article.ShouldNotBeNull().Text.ShouldContain("deep text");
    }
}
