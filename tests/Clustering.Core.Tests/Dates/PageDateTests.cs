using Clustering.Core.Articles;
using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Dates;

/// <summary>A page its feed left undated is dated by its own head, or not at all: never by the clock.</summary>
public class PageDateTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);

    private static Article Undated(string title, string text) =>
        new("u", title, text, Url: null, Source: null, Published: null, Language: "en", Received: Arrived);

    [Theory]
    [InlineData("Posted on January 5, 2011 by the desk", "2011-01-05")]
    [InlineData("Published: November 30, 2009", "2009-11-30")]
    [InlineData("Tuesday, August 7, 2012", "2012-08-07")]
    [InlineData("Lakemoor, Sept. 14, 2010 / 08:15 am (Valley Wire)", "2010-09-14")]
    [InlineData("Last updated 2013-04-22 10:02", "2013-04-22")]
    [InlineData("3 March 2015 | Harbour desk", "2015-03-03")]
    [InlineData("Posted 11/23/2008 4:05 PM", "2008-11-23")]
    [InlineData("9:40 AM PST 2/6/2014", "2014-02-06")]
    [InlineData("Last updated 17:20 21/10/2016", "2016-10-21")]
    [InlineData("Story filed on 04. 03. 2017", "2017-03-04")]
    [InlineData("Published: 2011. 05. 19 08:30 AM", "2011-05-19")]
    [InlineData("2/6/2014 @ 9:40AM", "2014-02-06")]
    public void a_stamp_in_the_head_of_the_page_dates_it(string stamp, string date)
    {
        var text = $"Ferry service resumes after storm\n{stamp}\nThe island ferry sailed again on Monday after a week in port.";

        PageDate.Of("Ferry service resumes after storm", text).ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void a_weekday_and_day_take_the_year_the_page_writes_in_which_that_day_fell_on_that_weekday()
    {
        // 10 May was a Monday in 2010, not in 2009.
        var text = "Monday, May 10\nThe orchard co-op, founded in 2009, opened its new press house. It expects a record 2010 harvest.";

        PageDate.Of("Orchard co-op opens press house", text).ShouldBe(new DateOnly(2010, 5, 10));
    }

    [Theory]
    [InlineData("HOLTBY, Jan. 6 (Valley Wire) — The council voted on Tuesday to close the old pier for good, after a survey found its timbers had rotted.")]
    [InlineData("Jan. 6")]
    [InlineData("HOLTBY, Jan. 6 (Valley Wire) - The council voted on Tuesday to close the old pier for good, after a survey found its timbers had rotted.")]
    [InlineData("Holtby, January 6 at 10:15 am")]
    public void a_dateline_or_stamp_without_a_year_takes_the_one_year_the_page_writes(string head)
    {
        var text = $"{head}\nThe pier, built in 1981, has been closed to boats since the storm.";

        PageDate.Of("Holtby closes its old pier", text).ShouldBe(new DateOnly(1981, 1, 6));
    }

    [Theory]
    [InlineData("HOLTBY, Jan. 6 (Valley Wire) — The pier, built in 1981, was rebuilt in 1994.")]
    [InlineData("HOLTBY, Jan. 6 (Valley Wire) — The council voted to close the old pier.")]
    [InlineData("He will be sentenced May 3. The pier, built in 1981, stays shut.")]
    [InlineData("Closing the pier on May 3 was the council's last act, said a member in 1981 terms")]
    [InlineData("Monday, May 10\nThe pier, built in 1981, stays shut.")]
    [InlineData("On March 3, 2011 — a week before the storm broke — the council had voted to keep the old pier open for the summer.")]
    public void a_yearless_date_stays_undated_when_the_page_writes_no_year_or_several_or_it_is_no_stamp(string head)
    {
        PageDate.Of("Holtby closes its old pier", head + "\nThe ferry still sails.").ShouldBeNull();
    }

    [Fact]
    public void a_dateline_with_a_year_that_opens_a_long_first_paragraph_dates_the_page()
    {
        var text = "HOLTBY, Jan. 6, 2012 (Valley Wire) — The council voted on Tuesday to close the old pier for good, after a survey found its timbers had rotted.";

        PageDate.Of("Holtby closes its old pier", text).ShouldBe(new DateOnly(2012, 1, 6));
    }

    [Fact]
    public void a_full_date_deep_in_the_body_is_a_day_the_page_tells_of_not_its_own()
    {
        var lines = Enumerable.Range(1, 12).Select(i => $"Paragraph {i} of the profile tells of the hill farm and its flock.");
        var text = string.Join('\n', lines) + "\nThe farm was founded on June 2, 1987, by two sisters.";

        PageDate.Of("A hill farm's long year", text).ShouldBeNull();
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void only_the_first_eight_written_lines_after_the_title_are_the_head(int linesBefore, bool dated)
    {
        // Blank lines are not lines of the head: a page's markup often leaves them between its parts.
        var lines = Enumerable.Range(1, linesBefore).Select(i => $"Line {i} of the notice board\n");
        var text = string.Concat(lines) + "\n\nLakemoor, Sept. 14, 2010 (Valley Wire)\nThe ferry sailed again.";

        PageDate.Of("Ferry notices", text).ShouldBe(dated ? new DateOnly(2010, 9, 14) : null);
    }

    [Theory]
    [InlineData("The vote was 3/4/2011 in the minutes, a clerk said, and the ferry sailed again on that day.")]
    [InlineData("Scores of 12/10/2011 and 4. 5. 2012 were posted by the rowing club over its long season.")]
    public void figures_in_a_sentence_are_no_stamp(string line)
    {
        PageDate.Of("Ferry sails again", line + "\nThe ferry still sails.").ShouldBeNull();
    }

    [Fact]
    public void to_date_inside_a_paragraph_is_no_label()
    {
        var text = "Nothing has been decided.\n" + new string('x', 20) + "\n"
            + string.Join(' ', Enumerable.Repeat("The appeal, which to date has raised a large sum since a dinner on March 3, 2009, goes on.", 2));

        PageDate.Of("Appeal goes on", text).ShouldBeNull();
    }

    [Fact]
    public void an_undated_page_with_a_stamp_speaks_from_that_day_and_its_relative_dates_resolve_against_it()
    {
        var article = Undated("Ferry sails again", "Published: November 30, 2009\nThe ferry sailed again on Friday after the storm.");

        var reading = ArticleReading.Read(article);

        reading.Dated.ShouldBe(new DateTimeOffset(2009, 11, 30, 0, 0, 0, TimeSpan.Zero));
        reading.Dates.ShouldContain(date => date.Text == "Friday" && date.Start == new DateOnly(2009, 11, 27));
    }

    [Fact]
    public void an_undated_page_without_a_stamp_has_no_date_and_on_friday_stays_unresolved()
    {
        var article = Undated("Ferry sails again", "The ferry sailed again on Friday after the storm of March 3, 2009.");

        var reading = ArticleReading.Read(article);

        reading.Dated.ShouldBeNull();
        reading.Dates.ShouldNotContain(date => date.Text == "Friday");
        reading.Dates.ShouldContain(date => date.Start == new DateOnly(2009, 3, 3));
    }

    [Fact]
    public void an_undated_page_is_not_taken_to_be_written_when_it_arrived()
    {
        var article = Undated("Ferry sails again", "The ferry sailed again on Friday after the storm.");

        var features = new FeatureExtractor(new TermStatistics()).Extract(article);

        features.Dated.ShouldBeFalse();
    }

    [Fact]
    public void a_feed_date_wins_over_the_page_stamp()
    {
        var published = new DateTimeOffset(2012, 1, 2, 8, 0, 0, TimeSpan.Zero);
        var article = Undated("Ferry sails again", "Published: November 30, 2009\nThe ferry sailed again.") with { Published = published };

        ArticleReading.Read(article).Dated.ShouldBe(published);
    }
}
