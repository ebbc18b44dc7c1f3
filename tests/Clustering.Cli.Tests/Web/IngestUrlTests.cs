using System.Diagnostics;
using System.Text.Json;

namespace Clustering.Cli.Tests.Web;

/// <summary>`clustering ingest URL…` as a user runs it, against feeds, pages and a fake engine served on loopback by the test.</summary>
public sealed class IngestUrlTests : IDisposable
{
    private readonly LoopbackServer _server = new();

    public void Dispose() => _server.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clustering.dll"));
        foreach (var arg in (string[])[.. args, "--server", _server.Address.AbsoluteUri])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "300";
        return Process.Start(start)!;
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, await error);
    }

    private static async Task Until(Func<bool> condition, string because, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting until " + because);
            }
            await Task.Delay(50, Ct);
        }
    }

    private List<string> ReceivedIds() => [.. _server.Received.Select(article => article.GetProperty("id").GetString()!)];

    [Fact]
    public async Task ingest_of_a_feed_a_page_and_a_missing_url_sends_the_items_and_the_page_and_names_the_missing_one()
    {
        var feed = _server.Serve("feed.rss", "application/rss+xml", Documents.Rss(
            ("gz-10", "Harbour wall repaired", "Work on the wall ended.", "Sat, 14 Mar 2026 06:00:00 GMT"),
            ("gz-11", "Harbour reopens to ferries", "<p>Ferries are back.</p>", "Sat, 14 Mar 2026 07:00:00 GMT")));
        var atom = _server.Serve("atom.xml", "application/atom+xml", Documents.Atom);
        var page = _server.Serve("kessford/dam.html", "text/html; charset=utf-8", Documents.Page);
        var missing = new Uri(_server.Address, "gone.html");

        var (code, output, _) = await Run("ingest", feed.AbsoluteUri, atom.AbsoluteUri, page.AbsoluteUri, missing.AbsoluteUri);

        code.ShouldBe(0);
        ReceivedIds().ShouldBe(["gz-10", "gz-11", "urn:valley-courier:ferry-1", "http://127.0.0.1/courier/no-id", page.AbsoluteUri]);
        var sentPage = _server.Received.Last();
        sentPage.GetProperty("title").GetString().ShouldBe("Dam inspectors find cracks in Kessford spillway");
        sentPage.GetProperty("source").GetString().ShouldBe("Kessford Post");
        var rejection = output.Split('\n').Where(line => line.Contains("rejected", StringComparison.Ordinal) && line.Contains("gone.html", StringComparison.Ordinal)).ShouldHaveSingleItem();
        rejection.ShouldContain("HTTP 404");
    }

    [Fact]
    public async Task ingest_follow_polls_the_feed_and_sends_only_new_items_until_stopped()
    {
        var feed = _server.Serve("follow.rss", "application/rss+xml", Documents.Rss(
            ("f-1", "Flood warning for the Orrin", "Rain is expected.", "Sat, 14 Mar 2026 06:00:00 GMT")));
        await Following(feed, async () =>
        {
            await Until(() => ReceivedIds().Contains("f-1"), "the first item is sent", TimeSpan.FromSeconds(60));
            _server.Serve("follow.rss", "application/rss+xml", Documents.Rss(
                ("f-1", "Flood warning for the Orrin", "Rain is expected.", "Sat, 14 Mar 2026 06:00:00 GMT"),
                ("f-2", "Orrin bursts its banks", "The river flooded the lower town.", "Sat, 14 Mar 2026 09:00:00 GMT")));
            await Until(() => ReceivedIds().Contains("f-2"), "the new item is sent on a later poll", TimeSpan.FromSeconds(60));
            var polls = _server.Fetches("follow.rss");
            await Until(() => _server.Fetches("follow.rss") >= polls + 2, "the feed is polled again", TimeSpan.FromSeconds(60));
        });

        ReceivedIds().ShouldBe(["f-1", "f-2"]);
    }

    [Fact]
    public async Task ingest_follow_sends_an_item_again_when_the_feed_rewrites_it_under_the_same_id()
    {
        var feed = _server.Serve("writethru.rss", "application/rss+xml", Documents.Rss(
            ("w-1", "Dam spillway opened, three villages warned", "Three villages were told to move.", "Sat, 14 Mar 2026 06:00:00 GMT")));
        await Following(feed, async () =>
        {
            await Until(() => ReceivedIds().Contains("w-1"), "the first version is sent", TimeSpan.FromSeconds(60));
            _server.Serve("writethru.rss", "application/rss+xml", Documents.Rss(
                ("w-1", "Dam spillway opened, five villages warned", "Five villages were told to move.", "Sat, 14 Mar 2026 06:00:00 GMT")));
            await Until(() => ReceivedIds().Count == 2, "the rewritten item is sent again", TimeSpan.FromSeconds(60));
            var polls = _server.Fetches("writethru.rss");
            await Until(() => _server.Fetches("writethru.rss") >= polls + 2, "the feed is polled again", TimeSpan.FromSeconds(60));
        });

        ReceivedIds().ShouldBe(["w-1", "w-1"]);
        _server.Received.Last().GetProperty("title").GetString().ShouldBe("Dam spillway opened, five villages warned");
    }

    /// <summary>Runs `ingest FEED --follow --interval 1` while <paramref name="meanwhile"/> runs, then stops it.</summary>
    private async Task Following(Uri feed, Func<Task> meanwhile)
    {
        using var process = Start("ingest", feed.AbsoluteUri, "--follow", "--interval", "1");
        try
        {
            await meanwhile();
            process.HasExited.ShouldBeFalse();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync(Ct);
            }
        }
    }

    [Fact]
    public async Task a_url_that_is_neither_feed_nor_page_is_one_clear_rejection_and_exit_1()
    {
        var json = _server.Serve("data.json", "application/json", JsonSerializer.Serialize(new { title = "not a page" }));

        var (code, output, _) = await Run("ingest", json.AbsoluteUri);

        code.ShouldBe(1);
        output.ShouldContain("neither a feed (RSS, Atom, JSON Feed) nor an HTML page (application/json)");
        _server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task ingest_reads_feeds_of_every_version_and_encoding_served_as_servers_label_them()
    {
        var urls = new[]
        {
            _server.Serve("a.rss", "application/rss+xml", Feeds.FeedFixtures.Encode(Feeds.FeedFixtures.Rss091Latin1, "ISO-8859-1")),
            _server.Serve("b.rss", "text/xml", Feeds.FeedFixtures.Encode(Feeds.FeedFixtures.Rss092Windows1252, "windows-1252")),
            _server.Serve("c.rdf", "application/rdf+xml", Feeds.FeedFixtures.Encode(Feeds.FeedFixtures.Rss10Latin2, "ISO-8859-2")),
            _server.Serve("d.rss", "text/html; charset=utf-8", Feeds.FeedFixtures.Rss20Deviant),
            _server.Serve("e.rss", "application/xml", Feeds.FeedFixtures.Encode(Feeds.FeedFixtures.RssVersionlessGb2312, "GB2312")),
            _server.Serve("f.atom", "application/atom+xml", Feeds.FeedFixtures.AtomLenient),
            _server.Serve("g.json", "application/feed+json", Feeds.FeedFixtures.JsonFeed),
        };

        var (code, output, error) = await Run(["ingest", .. urls.Select(url => url.AbsoluteUri)]);

        code.ShouldBe(0, output + error);
        output.Split('\n').ShouldNotContain(line => line.StartsWith("rejected ", StringComparison.Ordinal));
        ReceivedIds().ShouldBe([
            "http://127.0.0.1/pb/regate", "http://127.0.0.1/echo/tolls", "http://127.0.0.1/kurier/most",
            "http://127.0.0.1/kp/mill-fire", "kp-podcast-12", "http://127.0.0.1/hg/longzhou",
            "urn:brenmouth-weekly:lighthouse", "hn-1", "2"]);
        _server.Received.Select(article => article.GetProperty("title").GetString()).ShouldContain("河边小镇举行龙舟比赛");
    }

    [Fact]
    public async Task a_feed_that_cannot_be_read_is_one_line_naming_it_and_exit_1_without_a_stack_trace()
    {
        var broken = _server.Serve("broken.rss", "application/rss+xml", Feeds.FeedFixtures.Broken);

        var (code, output, error) = await Run("ingest", broken.AbsoluteUri);

        code.ShouldBe(1);
        var line = output.Split('\n').Where(line => line.Contains("broken.rss", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldContain("not a readable feed");
        (output + error).ShouldNotContain("   at ");
        (output + error).ShouldNotContain("Exception");
        _server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_page_is_read_in_the_charset_its_meta_tag_declares_when_the_server_names_none()
    {
        const string html = """
            <html><head><meta charset="windows-1251"><title>Паводок отрезал деревню от дороги</title></head>
            <body><article><p>Вода из реки перекрыла единственную дорогу в деревню в понедельник.</p></article></body></html>
            """;
        var page = _server.Serve("page-1251.html", "text/html", Feeds.FeedFixtures.Encode(html, "windows-1251"));

        var (code, _, _) = await Run("ingest", page.AbsoluteUri);

        code.ShouldBe(0);
        _server.Received.ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe("Паводок отрезал деревню от дороги");
    }
}
