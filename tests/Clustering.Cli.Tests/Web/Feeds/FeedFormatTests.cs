using System.Text;
using Clustering.Cli.Web;
using Clustering.Core.Articles;

namespace Clustering.Cli.Tests.Web.Feeds;

/// <summary>Every feed format and encoding the ingest command meets, each with the deviations real feeds have.</summary>
public class FeedFormatTests
{
    private static readonly Uri Here = new("http://127.0.0.1:1/feed");
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 12, 0, 0, TimeSpan.Zero);

    private static List<Article> Read(byte[] bytes, string? charset = null)
    {
        var read = FeedReader.Read(bytes, Here, Now, charset).ShouldNotBeNull();
        read.Error.ShouldBeNull();
        read.Items.ShouldAllBe(item => item.Error == null);
        return [.. read.Items.Select(item => item.Article!)];
    }

    [Fact]
    public void rss_091_in_latin1_with_the_netscape_dtd_and_an_html_entity_is_read_in_its_own_encoding()
    {
        var article = Read(FeedFixtures.Encode(FeedFixtures.Rss091Latin1, "ISO-8859-1")).ShouldHaveSingleItem();

        article.Title.ShouldBe("Fête du port: la régate reportée");
        article.Text.ShouldBe("Le vent trop fort a fait reporter la régate à dimanche.");
        article.Source.ShouldBe("Le Petit Brenmouthais");
        article.Id.ShouldBe("http://127.0.0.1/pb/regate");
        article.Language.ShouldBe("fr");
    }

    [Fact]
    public void rss_092_in_windows_1252_keeps_its_curly_quotes_and_euro_and_reads_a_us_zone_name()
    {
        var article = Read(FeedFixtures.Encode(FeedFixtures.Rss092Windows1252, "windows-1252")).ShouldHaveSingleItem();

        article.Title.ShouldBe("“Bridge tolls rise to €3,” council says");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 15, 9, 5, 0, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void rss_10_rdf_in_latin2_takes_items_beside_the_channel_with_rdf_about_ids_and_dublin_core_dates()
    {
        var article = Read(FeedFixtures.Encode(FeedFixtures.Rss10Latin2, "ISO-8859-2")).ShouldHaveSingleItem();

        article.Id.ShouldBe("http://127.0.0.1/kurier/most");
        article.Title.ShouldBe("Wóz strażacki utknął na moście");
        article.Text.ShouldContain("wyciągając wóz z błota");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(1)));
        article.Source.ShouldBe("Kurier Doliny");
        article.Language.ShouldBe("pl");
    }

    [Fact]
    public void rss_20_bending_the_rules_is_read_whole_rather_than_refused()
    {
        var articles = Read(Encoding.UTF8.GetBytes(FeedFixtures.Rss20Deviant));

        articles.Count.ShouldBe(2);
        articles[0].Title.ShouldBe("Mill fire: crews & volunteers save the granary");
        articles[0].Text.ShouldBe("Crews fought the fire at the old mill for six hours.");
        articles[0].Published.ShouldBe(new DateTimeOffset(2026, 3, 15, 11, 30, 0, TimeSpan.FromHours(1)));
        articles[1].Id.ShouldBe("kp-podcast-12");
        articles[1].Title.ShouldBe("Podcast: the week in Kessford");
        articles[1].Text.ShouldBeEmpty();
        articles[1].Published.ShouldBeNull();
    }

    [Fact]
    public void rss_without_a_version_in_gb2312_is_read_as_rss()
    {
        var article = Read(FeedFixtures.Encode(FeedFixtures.RssVersionlessGb2312, "GB2312")).ShouldHaveSingleItem();

        article.Title.ShouldBe("河边小镇举行龙舟比赛");
        article.Text.ShouldBe("周日，十二支队伍在小镇的河上比赛。");
        article.Source.ShouldBe("河谷日报");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 15, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void a_document_whose_declaration_names_no_encoding_the_server_named_is_read_in_its_declared_one()
    {
        // The server says UTF-8, the document says GB2312 and is written so: the document knows.
        var article = Read(FeedFixtures.Encode(FeedFixtures.RssVersionlessGb2312, "GB2312"), charset: "utf-8").ShouldHaveSingleItem();

        article.Title.ShouldBe("河边小镇举行龙舟比赛");
    }

    [Fact]
    public void atom_skips_a_link_without_href_resolves_a_relative_one_and_reads_xhtml_and_text_constructs()
    {
        var article = Read(Encoding.UTF8.GetBytes(FeedFixtures.AtomLenient)).ShouldHaveSingleItem();

        article.Url.ShouldBe("http://127.0.0.1:1/weekly/lighthouse");
        article.Title.ShouldBe("Lighthouse lamp relit");
        article.Text.ShouldBe("The lamp shone again after a month of repairs <finally>.");
        article.Source.ShouldBe("Brenmouth Weekly");
        article.Language.ShouldBe("en");
    }

    [Fact]
    public void a_json_feed_gives_html_and_plain_text_items_and_a_numeric_id_as_text()
    {
        var articles = Read(Encoding.UTF8.GetBytes(FeedFixtures.JsonFeed));

        articles.Count.ShouldBe(2);
        articles[0].Id.ShouldBe("hn-1");
        articles[0].Text.ShouldBe("Growers said most blossom survived.");
        articles[0].Source.ShouldBe("Harrowgate Notes");
        articles[0].Published.ShouldBe(new DateTimeOffset(2026, 3, 15, 7, 0, 0, TimeSpan.Zero));
        articles[1].Id.ShouldBe("2");
        articles[1].Text.ShouldBe("The 42 bus returns to its old route on Monday.");
    }

    [Fact]
    public void rss_with_text_before_its_declaration_and_undeclared_prefixes_is_repaired_and_read()
    {
        var article = Read(Encoding.UTF8.GetBytes(FeedFixtures.Rss20UndeclaredPrefixes)).ShouldHaveSingleItem();

        article.Title.ShouldBe("Rowing boat for sale, needs paint");
        article.Text.ShouldBe("Wooden rowing boat, two oars, collect from the quay.");
        article.Source.ShouldBe("Ashcombe Classifieds");
    }

    [Fact]
    public void atom_03_takes_its_issued_date_and_alternate_link()
    {
        var article = Read(Encoding.UTF8.GetBytes(FeedFixtures.Atom03)).ShouldHaveSingleItem();

        article.Id.ShouldBe("tag:ksn,2026:moths");
        article.Url.ShouldBe("http://127.0.0.1/ksn/moths");
        article.Published.ShouldBe(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void a_utf16_feed_with_its_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(FeedFixtures.AtomLenient.Replace("utf-8", "utf-16", StringComparison.Ordinal))).ToArray();

        Read(bytes).ShouldHaveSingleItem().Title.ShouldBe("Lighthouse lamp relit");
    }

    [Fact]
    public void a_feed_cut_off_midway_is_one_reason_on_one_line_not_an_exception()
    {
        var read = FeedReader.Read(Encoding.UTF8.GetBytes(FeedFixtures.Broken), Here, Now).ShouldNotBeNull();

        read.Items.ShouldBeEmpty();
        read.Error.ShouldNotBeNull().ShouldStartWith("not a readable feed");
        read.Error.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("Sun, 15 Mar 2026 09:05:00 GMT", "2026-03-15T09:05:00+00:00")]
    [InlineData("Sun, 15 Mar 2026 09:05:00 +0530", "2026-03-15T09:05:00+05:30")]
    [InlineData("Dom, 15 Mar 2026 09:05:00 -0300", "2026-03-15T09:05:00-03:00")]
    [InlineData("15 Mar 2026 09:05 PDT", "2026-03-15T09:05:00-07:00")]
    [InlineData("2026-03-15T09:05:00Z", "2026-03-15T09:05:00+00:00")]
    [InlineData("2026-03-15", "2026-03-15T00:00:00+00:00")]
    [InlineData("Sex, 13 Fev 2026 21:30:00 -0300", "2026-02-13T21:30:00-03:00")]
    [InlineData("3 mars 2026 08:00 +0100", "2026-03-03T08:00:00+01:00")]
    public void feed_dates_written_in_the_usual_ways_are_read(string written, string expected)
    {
        Clustering.Cli.Web.Feeds.FeedDates.Read(written).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
