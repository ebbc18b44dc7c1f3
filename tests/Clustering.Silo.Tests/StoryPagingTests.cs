using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clustering.Abstractions.Stories;
using Clustering.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Silo.Tests;

/// <summary>`GET /api/stories?limit=N` pages with `Link: &lt;…&gt;; rel="next"` until every story has been listed.</summary>
[Collection(SiloCollection.Name)]
public class StoryPagingTests(SiloFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task following_the_next_links_lists_1300_stories_100_a_page_each_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var ours = await Seed("paging-a", 1300);
        var requests = 0;
        var listed = new List<string>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Uri? next = new("api/stories?limit=100", UriKind.Relative);
        while (next is not null)
        {
            requests++;
            var (stories, following) = await fixture.Silo.Client.GetStoriesPage(next, ct);
            stories.Count.ShouldBeLessThanOrEqualTo(100);
            (following is null || stories.Count == 100).ShouldBeTrue("only the last page may be short");
            listed.AddRange(stories.Select(story => story.Id));
            next = following;
        }

        output.WriteLine($"{listed.Count} stories listed in {requests} pages of at most 100 in {stopwatch.ElapsedMilliseconds} ms; {listed.Distinct().Count()} distinct, {ours.Except(listed).Count()} of the 1,300 seeded missing");
        listed.Distinct().Count().ShouldBe(listed.Count, "no story twice");
        ours.Except(listed).ShouldBeEmpty("none missing");
        requests.ShouldBe((listed.Count + 99) / 100);
    }

    [Fact]
    public async Task the_client_walks_every_page_while_stories_change_between_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        var ours = await Seed("paging-b", 450);
        var directory = fixture.Silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IStoryDirectoryGrain>(0);
        var listed = new List<string>();
        var changed = 0;
        await foreach (var story in fixture.Silo.Client.ListAllStories(50, cancellationToken: ct))
        {
            listed.Add(story.Id);
            // One of ours not yet listed moves to the top of the list. Other tests' stories share the
            // silo, so ours may all be listed before the walk ends, at a page boundary or not.
            if (listed.Count % 50 == 0 && ours.LastOrDefault(id => !listed.Contains(id)) is { } unlisted)
            {
                await Change(directory, Summary(unlisted, DateTimeOffset.UtcNow.AddMinutes(++changed), version: 2));
            }
        }

        changed.ShouldBeGreaterThan(1, "stories changed between pages");
        listed.Distinct().Count().ShouldBe(listed.Count, "no story twice");
        ours.Except(listed).ShouldBeEmpty("none missing");
    }

    [Fact]
    public async Task the_last_page_has_no_next_link()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await fixture.Silo.Http.GetAsync("api/stories?limit=1000&updatedSince=2100-01-01", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Link").ShouldBeFalse();
    }

    [Fact]
    public async Task a_last_page_that_is_exactly_full_has_no_next_link()
    {
        var ct = TestContext.Current.CancellationToken;
        // Three stories in a window of their own (ahead of every other test's), asked for three at a time.
        await Seed("paging-d", 3, new DateTimeOffset(2090, 1, 1, 0, 1, 0, TimeSpan.Zero));
        using var response = await fixture.Silo.Http.GetAsync("api/stories?limit=3&updatedSince=2090-01-01", ct);

        (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetArrayLength().ShouldBe(3);
        response.Headers.Contains("Link").ShouldBeFalse();
    }

    [Fact]
    public async Task a_page_names_its_next_page_in_an_rfc_8288_link_header()
    {
        var ct = TestContext.Current.CancellationToken;
        await Seed("paging-c", 3);
        using var response = await fixture.Silo.Http.GetAsync("api/stories?limit=2", ct);

        var link = response.Headers.GetValues("Link").Single();
        link.ShouldMatch("""^</api/stories\?limit=2&cursor=[A-Za-z0-9_-]+>; rel="next"$""");
        (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("api/stories?cursor=")]
    [InlineData("api/stories?cursor=not-a-cursor")]
    [InlineData("api/stories?cursor=MS4yLjM")]
    public async Task a_cursor_the_api_did_not_give_is_a_problem_naming_it(string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await fixture.Silo.Http.GetAsync(url, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("field").GetString().ShouldBe("cursor");
    }

    /// <summary>Made-up summaries reported to the directory as stories do, a minute apart in the past.</summary>
    private async Task<List<string>> Seed(string prefix, int count, DateTimeOffset? from = null)
    {
        var directory = fixture.Silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IStoryDirectoryGrain>(0);
        var start = from ?? new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i:D4}").ToList();
        for (var i = 0; i < count; i++)
        {
            await Change(directory, Summary(ids[i], start.AddMinutes(i), version: 1));
        }
        return ids;
    }

    private static Task Change(IStoryDirectoryGrain directory, StorySummary summary) => directory.StoryChanged(
        summary,
        new StoryUpdate { StoryId = summary.Id, Version = summary.Version, PreviousVersion = summary.Version - 1, Changes = new StoryChanges { Title = summary.Title, Updated = summary.Updated } },
        created: summary.Version == 1);

    private static StorySummary Summary(string id, DateTimeOffset updated, long version) =>
        new() { Id = id, Title = "A made-up story " + id, Version = version, ArticleCount = 1, Created = updated, Updated = updated };
}
