using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Dates;
using Clustering.Core.Tests.Assignment;

namespace Clustering.Core.Tests.Dates;

/// <summary>The years a report writes, and the measure that two undated sides write different ones.</summary>
public class YearsWrittenTests
{
    [Fact]
    public void a_report_writes_the_years_it_names_in_order_each_once()
    {
        YearsWritten.Of("The 2009 expo opened in Velden. It was the largest since 1998, and the 2009 show drew record crowds.")
            .ShouldBe([2009, -1998]);
    }

    [Theory]
    [InlineData("The bridge, a marvel of the 1960s, gave way on Tuesday.", -1960)]
    [InlineData("It was the bridge's worst day since 1967.", -1967)]
    [InlineData("The strike is the longest since July 2005.", -2005)]
    [InlineData("The plant closed in 2011.", 2011)]
    public void a_decade_or_the_start_of_a_span_to_now_is_a_year_recalled_kept_negated(string text, int year)
    {
        YearsWritten.Of(text).ShouldBe([year]);
    }

    [Theory]
    [InlineData("The deal was worth $2012 million.")]
    [InlineData("Turnout rose to 1,999 voters.")]
    [InlineData("Call 555-2014 for tickets.")]
    [InlineData("The index closed at 2031.5 points.")]
    [InlineData("Flight 2987 landed safely.")]
    [InlineData("Shots were fired in the 2000 block of Elm Street.")]
    [InlineData("Sales reached 2014,500 units.")]
    public void amounts_parts_of_numbers_and_years_beyond_reach_are_no_years(string text)
    {
        YearsWritten.Of(text).ShouldBeEmpty();
    }

    [Fact]
    public void only_the_first_years_count()
    {
        YearsWritten.Of("Champions in 1961, 1975, 1988, 1994 and 2003.").ShouldBe([1961, 1975, 1988, 1994]);
    }

    [Fact]
    public void two_sides_disagree_only_when_both_write_years_and_share_none()
    {
        YearsWritten.Disagree([2012], [2009, 2008]).ShouldBeTrue();
        YearsWritten.Disagree([2012, 2009], [2009]).ShouldBeFalse();
        YearsWritten.Disagree([], [2009]).ShouldBeFalse();
        YearsWritten.Disagree([2012], []).ShouldBeFalse();
    }

    [Fact]
    public void a_side_that_only_recalls_years_dates_nothing_but_a_year_both_write_still_ties_them()
    {
        // "since 1991" beside a story that wrote 2008: history, not another event's year.
        YearsWritten.Disagree([-1991], [2008]).ShouldBeFalse();
        YearsWritten.Disagree([2008], [-1991]).ShouldBeFalse();
        YearsWritten.Disagree([2008, -1991], [2012, 1991]).ShouldBeFalse();
        YearsWritten.Disagree([2008, -1991], [2012]).ShouldBeTrue();
    }

    private static readonly DateTimeOffset Arrived = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Article Page(string id, string title, string text, DateTimeOffset? published = null) =>
        new(id, title, text, Url: null, Source: null, Published: published, Language: "en", Received: Arrived);

    private static readonly Article FirstLaunch = Page("a", "Kestrel unveils thinner Aero laptop at Lumen Week 2011",
        "Kestrel unveiled a thinner Aero laptop at the opening keynote of Lumen Week 2011 on Monday, with a brighter screen and a longer battery. "
        + "The company said the new Aero would ship next month at the same price as the model it replaces, and showed a faster desktop too.");

    private static readonly Article SecondLaunch = Page("b", "Kestrel unveils new Aero laptop with faster chips at Lumen Week 2014",
        "Kestrel unveiled a new Aero laptop at the opening keynote of Lumen Week 2014 on Monday, with faster chips and a brighter screen. "
        + "The company said the new Aero would ship next month at the same price as the model it replaces, and showed a new tablet too.");

    [Fact]
    public void two_undated_launches_that_write_different_years_are_measured_as_other_years()
    {
        var measured = OneArticleStory.Measure(FirstLaunch, SecondLaunch).Features;

        measured.OtherYear.ShouldBe(1f);
        OneArticleStory.Measure(FirstLaunch, FirstLaunch with { Id = "c" }).Features.OtherYear.ShouldBe(0f);
    }

    [Fact]
    public void dated_pages_are_told_apart_by_their_dates_not_by_the_years_they_recall()
    {
        var posted = new DateTimeOffset(2014, 6, 2, 17, 0, 0, TimeSpan.Zero);
        var measured = OneArticleStory.Measure(FirstLaunch with { Published = posted }, SecondLaunch with { Published = posted.AddHours(1) }).Features;

        measured.OtherYear.ShouldBe(0f);
    }

    [Fact]
    public void the_shipped_model_weighs_other_years_against_one_story()
    {
        MatchModel.Default.Weights[MatchMeasures.IndexOf("otherYear")].ShouldBeLessThan(0f);
    }
}
