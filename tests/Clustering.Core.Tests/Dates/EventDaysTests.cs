using Clustering.Core.Dates;

namespace Clustering.Core.Tests.Dates;

public class EventDaysTests
{
    /// <summary>A Tuesday.</summary>
    private static readonly DateOnly Published = new(2025, 6, 3);

    private static int[] Of(string text) => EventDays.Of(DateResolver.Resolve(text, Published));

    private static int DayOf(int month, int day) => new DateOnly(2025, month, day).DayNumber;

    [Fact]
    public void an_article_speaks_of_the_days_it_names_not_of_months_or_years()
    {
        var days = Of("A man was shot on Saturday night in Ostwick. It was the town's third shooting since last month and its worst since 2019.");

        days.ShouldBe([DayOf(5, 31)]);
    }

    [Fact]
    public void a_long_timeline_counts_only_the_days_it_names_first()
    {
        var days = Of("Shot on June 1. Earlier cases: May 2, May 9, May 16, May 23 and May 30.");

        days.ShouldBe([DayOf(6, 1), DayOf(5, 2), DayOf(5, 9), DayOf(5, 16)]);
    }

    [Theory]
    [InlineData("The quake struck on Saturday. The ministry said Monday that 310 people had died.")]
    [InlineData("The quake struck on Saturday. Officials announced on Monday that 310 people had died.")]
    [InlineData("The quake struck on Saturday. The agency reported late Monday that 310 people had died.")]
    public void a_day_a_statement_was_made_on_is_not_a_day_of_the_event(string text)
    {
        EventDays.Of(DateResolver.Resolve(text, Published), text).ShouldBe([DayOf(5, 31)]);
    }

    [Fact]
    public void the_same_day_written_twice_counts_once()
    {
        Of("Police were called on Monday. The victim died on June 2.").ShouldBe([DayOf(6, 2)]);
    }

    [Fact]
    public void a_story_keeps_the_days_of_its_first_articles_and_no_more_than_its_bound()
    {
        var story = new List<int>();
        EventDays.Kind.Add(story, [10, 11]);
        EventDays.Kind.Add(story, [11, 12]);
        story.ShouldBe([10, 11, 12]);

        for (var day = 100; day < 200; day++)
        {
            EventDays.Kind.Add(story, [day]);
        }
        story.Count.ShouldBe(EventDays.PerStory);
        story[0].ShouldBe(10);
    }

    [Fact]
    public void days_apart_is_the_nearest_pair_and_unknown_when_either_names_none()
    {
        EventDays.Apart([10, 40], [38, 100]).ShouldBe(2);
        EventDays.Apart([10], []).ShouldBeNull();
        EventDays.Apart([], [10]).ShouldBeNull();
    }
}
