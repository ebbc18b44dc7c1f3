using Clustering.Abstractions.Stories;
using Clustering.Grains.Stories;

namespace Clustering.Grains.Tests;

/// <summary>
/// Paging over the story list: following the cursors visits every story once, even while stories
/// are updated (and so move to the top), created and merged away between two pages.
/// </summary>
public class StoryListingTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_walk_of_1300_stories_100_a_page_visits_each_once()
    {
        var (listing, stories) = Directory(1300);

        var visited = Walk(listing, stories, 100, betweenPages: null);

        visited.Count.ShouldBe(1300);
        visited.Distinct().Count().ShouldBe(1300);
        visited.ShouldBe(stories.Values.OrderByDescending(story => story.Updated).ThenBy(story => story.Id, StringComparer.Ordinal).Select(story => story.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1299)]
    [InlineData(1300)]
    [InlineData(int.MaxValue)]
    public void pages_of_any_size_list_the_stories_in_the_order_of_the_whole_list(int limit)
    {
        var (listing, stories) = Directory(1300);

        var visited = Walk(listing, stories, limit, betweenPages: null, maxPages: 1301);

        visited.ShouldBe(stories.Values.OrderByDescending(story => story.Updated).ThenBy(story => story.Id, StringComparer.Ordinal).Select(story => story.Id));
    }

    [Fact]
    public void stories_that_change_during_a_walk_are_still_visited_once_and_none_is_missed()
    {
        var (listing, stories) = Directory(1300);
        var atStart = stories.Keys.ToHashSet(StringComparer.Ordinal);
        var clock = Start.AddDays(1);
        var page = 0;
        var mergedAway = new HashSet<string>(StringComparer.Ordinal);

        var visited = Walk(listing, stories, 100, betweenPages: () =>
        {
            page++;
            // Stories not yet visited (the oldest) and already visited (the newest) move to the top.
            foreach (var id in stories.Values.OrderBy(story => story.Updated).Take(7).Concat(stories.Values.OrderByDescending(story => story.Updated).Take(3)).Select(story => story.Id).ToArray())
            {
                Change(listing, stories, stories[id] with { Updated = clock = clock.AddSeconds(1), Version = stories[id].Version + 1 });
            }
            Change(listing, stories, Summary($"new-{page}", clock = clock.AddSeconds(1)));
            var oldest = stories.Values.OrderBy(story => story.Updated).First().Id;
            if (atStart.Contains(oldest))
            {
                listing.Moving(stories, oldest);
                stories.Remove(oldest);
                mergedAway.Add(oldest);
            }
        });

        visited.Count.ShouldBe(visited.Distinct().Count(), "no story twice");
        visited.ShouldBeSubsetOf(atStart, "stories created during the walk come by the feed, not the walk");
        atStart.Except(mergedAway).Except(visited).ShouldBeEmpty("none missing");
    }

    [Fact]
    public void a_cursor_from_another_activation_continues_from_its_place_without_repeating()
    {
        var (first, stories) = Directory(300);
        var page = first.Page(stories, 100, null, after: null);
        var restarted = new StoryListing();

        var rest = Walk(restarted, stories, 100, null, page.Next);

        rest.Count.ShouldBe(200);
        rest.ShouldNotContain(id => page.Stories.Any(story => story.Id == id));
    }

    [Fact]
    public void updated_since_holds_on_every_page()
    {
        var (listing, stories) = Directory(250);

        var visited = Walk(listing, stories, 40, null, updatedSince: Start.AddMinutes(99));

        visited.Count.ShouldBe(150);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void a_page_of_no_stories_is_refused_with_the_limit_named(int limit)
    {
        var listing = new StoryListing();

        Should.Throw<ArgumentOutOfRangeException>(() => listing.Page(new Dictionary<string, StorySummary>(), limit, null, null)).ParamName.ShouldBe("limit");
    }

    private static List<string> Walk(StoryListing listing, Dictionary<string, StorySummary> stories, int limit, Action? betweenPages, StoryCursor? after = null, DateTimeOffset? updatedSince = null, int maxPages = 1000)
    {
        var visited = new List<string>();
        for (var pages = 0; pages < maxPages; pages++)
        {
            var page = listing.Page(stories, limit, updatedSince, after);
            page.Stories.Count.ShouldBeLessThanOrEqualTo(limit);
            visited.AddRange(page.Stories.Select(story => story.Id));
            if (page.Next is null)
            {
                return visited;
            }
            after = page.Next;
            betweenPages?.Invoke();
        }
        throw new InvalidOperationException("the walk did not end");
    }

    private static (StoryListing, Dictionary<string, StorySummary>) Directory(int count)
    {
        var listing = new StoryListing();
        var stories = new Dictionary<string, StorySummary>(StringComparer.Ordinal);
        // Every third story shares its update time with the one before: ties are ordered by id.
        for (var i = 0; i < count; i++)
        {
            Change(listing, stories, Summary($"s{i:D5}", Start.AddMinutes(i - (i % 3 == 2 ? 1 : 0))));
        }
        return (listing, stories);
    }

    private static void Change(StoryListing listing, Dictionary<string, StorySummary> stories, StorySummary summary)
    {
        listing.Moving(stories, summary.Id);
        stories[summary.Id] = summary;
    }

    private static StorySummary Summary(string id, DateTimeOffset updated) =>
        new() { Id = id, Title = "A made-up story " + id, Version = 1, ArticleCount = 1, Created = updated, Updated = updated };
}
