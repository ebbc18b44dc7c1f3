using System.Text.Json;
using Clustering.Cli.Ingest;
using Clustering.Testing;

namespace Clustering.IntegrationTests.Board;

/// <summary>The board page in headless Chromium against a real silo: live, catching up, and escaped.</summary>
public class BoardTests
{
    [Fact]
    public async Task a_story_made_after_the_page_loaded_appears_and_grows_without_a_reload()
    {
        await BoardDriver.EnsureTools();
        await using var silo = await TestSilo.Start();
        var articles = await Articles(Path.Combine(RepoPaths.Samples, "ferry-01-island-gazette.txt"),
            Path.Combine(RepoPaths.Samples, "ferry-02-harbour-times.txt"), Path.Combine(RepoPaths.Samples, "ferry-03-coastwatch-online.txt"));

        var result = await BoardDriver.Run("grow", silo.Address, articles);

        AssertGrewLive(result, articles.Count);
    }

    [Fact]
    public async Task the_seeds_story_appears_and_grows_to_five_without_a_reload()
    {
        var seeds = RepoPaths.SharedOrSkip("seeds");
        await BoardDriver.EnsureTools();
        await using var silo = await TestSilo.Start();
        var articles = await Articles(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray());
        var screenshot = Path.Combine(Path.GetTempPath(), "clustering-board-seeds.png");

        var result = await BoardDriver.Run("grow", silo.Address, articles, screenshot);

        AssertGrewLive(result, 5);
        result.GetProperty("storyTitle").GetString().ShouldNotBeNullOrWhiteSpace();
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000, "a real capture of the board with the seeds' story open");
    }

    [Fact]
    public async Task hostile_titles_are_shown_as_text_and_run_no_script()
    {
        await BoardDriver.EnsureTools();
        await using var silo = await TestSilo.Start();
        const string img = "<img src=x onerror=window.__xss=1>";
        // "self" is the window too; a different word keeps the two hostile titles from reading as one story.
        const string script = "<script>self.__xss=2</script>";
        object[] articles =
        [
            new { id = "xss-img", title = img, text = "Quarry blast shakes Lindmoor village; the council asks for an inquiry into the blasting permit." },
            new { id = "xss-script", title = script, text = "Tram strike halts Orsk city centre as drivers walk out over new rosters and pay." },
        ];

        var result = await BoardDriver.Run("xss", silo.Address, articles);

        result.GetProperty("xss").ValueKind.ShouldBe(JsonValueKind.Null, "window.__xss stays undefined");
        var listed = result.GetProperty("listTitles").EnumerateArray().Select(title => title.GetString()).ToArray();
        listed.ShouldContain(img);
        listed.ShouldContain(script);
        result.GetProperty("storyTitle").GetString().ShouldBe(img);
        result.GetProperty("articleTitles").EnumerateArray().Select(title => title.GetString()).ShouldBe([img]);
        result.GetProperty("injectedElements").GetInt32().ShouldBe(0);
        result.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
        result.TryGetProperty("dialog", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task the_banner_says_the_board_is_offline_when_the_silo_stops()
    {
        await BoardDriver.EnsureTools();
        var silo = await TestSilo.Start();
        try
        {
            var result = await BoardDriver.Run("offline", silo.Address, [], whenWaiting: async () =>
            {
                await silo.DisposeAsync();
            });

            result.GetProperty("connectionState").GetString().ShouldBeOneOf("reconnecting", "offline");
            result.GetProperty("connectionShown").GetBoolean().ShouldBeTrue();
            result.GetProperty("connectionText").GetString().ShouldNotBeNull().ShouldContain("offline");
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task nothing_runs_past_its_row_at_1280_px_or_at_phone_width_and_copies_sit_under_their_original()
    {
        await BoardDriver.EnsureTools();
        await using var silo = await TestSilo.Start();
        const string text = "Twelve crew members were rescued when fire broke out on a grain barge in the Orrin lock on Monday, the lock keeper said. "
            + "The lock will stay closed for two days while the burnt hull is towed to the Kessford boatyard and the gates are inspected.";
        object[] articles =
        [
            new { id = "lay-original", source = "The Orrin Valley Evening Chronicle and Weekend Review Supplement", title = "Grain barge fire closes Orrin lock for two days", text, published = "2026-06-01T06:00:00Z" },
            new { id = "lay-copy", source = "Kessford and District Community Broadcasting Association Online Edition", title = "Grain barge fire closes Orrin lock for two days", text, published = "2026-06-01T07:00:00Z" },
            new
            {
                id = "lay-radio", source = "Harbour Radio", title = "Barge burning in Orrin lock, crew taken off",
                text = "Harbour Radio's reporter at the Orrin lock saw smoke pour from a grain barge at dawn; the lock keeper said every one of the twelve crew members was taken off safely.",
                published = "2026-06-01T05:30:00Z",
            },
        ];

        var result = await BoardDriver.Run("layout", silo.Address, articles);

        result.GetProperty("desktopOverflow").EnumerateArray().Select(item => item.GetString()).ShouldBeEmpty();
        result.GetProperty("phoneOverflow").EnumerateArray().Select(item => item.GetString()).ShouldBeEmpty();
        result.GetProperty("articleOrder").EnumerateArray().Select(item => item.GetString()).ShouldBe(["lay-radio", "lay-original", "lay-copy"]);
        result.GetProperty("copyRows").EnumerateArray().Select(item => item.GetString()).ShouldBe(["lay-copy"]);
        result.GetProperty("firstReported").GetString().ShouldNotBeNull().ShouldContain("Harbour Radio");
        result.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task the_seeds_story_is_headlined_and_laid_out_within_the_window_on_desktop_and_phone()
    {
        var seeds = RepoPaths.SharedOrSkip("seeds");
        await BoardDriver.EnsureTools();
        await using var silo = await TestSilo.Start();
        var articles = await Articles(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray());
        // Kept in the temp folder: docs/board.png and docs/board-phone.png are copies of one such run.
        var screenshot = Path.Combine(Path.GetTempPath(), "clustering-board-seeds-layout.png");

        var result = await BoardDriver.Run("layout", silo.Address, articles, screenshot);

        result.GetProperty("desktopOverflow").EnumerateArray().Select(item => item.GetString()).ShouldBeEmpty();
        result.GetProperty("phoneOverflow").EnumerateArray().Select(item => item.GetString()).ShouldBeEmpty();
        var storyId = result.GetProperty("posts")[0].GetProperty("storyId").GetString()!;
        var story = (await silo.Client.GetStory(storyId, TestContext.Current.CancellationToken)).ShouldNotBeNull();
        result.GetProperty("storyTitle").GetString().ShouldBe(story.Title);
        result.GetProperty("listTitle").GetString().ShouldBe(story.Title, "the list took the better headline live, from the deltas");
        Core.Headlines.HeadlineChooser.IsHeadline(story.Title).ShouldBeTrue("a real headline, not a lead sentence");
        story.Title.ShouldNotEndWith("?");
        result.GetProperty("firstReported").GetString().ShouldNotBeNullOrWhiteSpace();
        result.GetProperty("copyRows").GetArrayLength().ShouldBeGreaterThan(0, "the seeds hold a copy, listed under its original");
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }

    private static void AssertGrewLive(JsonElement result, int articles)
    {
        var posts = result.GetProperty("posts").EnumerateArray().ToArray();
        posts.Length.ShouldBe(articles);
        var storyId = posts[0].GetProperty("storyId").GetString();
        posts.ShouldAllBe(post => post.GetProperty("storyId").GetString() == storyId, "the articles make one story");
        posts.Select(post => post.GetProperty("shown").GetInt32()).ShouldBe(Enumerable.Range(1, articles), "the list showed the count growing, one article at a time");
        result.GetProperty("storyArticles").GetArrayLength().ShouldBe(articles);
        result.GetProperty("reloaded").GetBoolean().ShouldBeFalse("the page was never reloaded");
        result.GetProperty("xss").ValueKind.ShouldBe(JsonValueKind.Null);
        result.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
    }

    private static async Task<List<object>> Articles(params string[] files)
    {
        var articles = new List<object>();
        foreach (var file in files)
        {
            await foreach (var item in ArticleSourceReader.Read(file, DateTimeOffset.UtcNow))
            {
                var json = ArticleSourceReader.ToJson(item.Article.ShouldNotBeNull(item.Error));
                articles.Add(JsonSerializer.Deserialize<JsonElement>(json));
            }
        }
        return articles;
    }
}
