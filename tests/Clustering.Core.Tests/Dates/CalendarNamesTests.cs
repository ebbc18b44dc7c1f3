using System.Text.RegularExpressions;
using Clustering.Core.Dates;

namespace Clustering.Core.Tests.Dates;

/// <summary>The date readers' month and weekday names come from the general pack's lexicon, each numbered by the day it names.</summary>
public class CalendarNamesTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("Jan", 1)]
    [InlineData("May", 5)]
    [InlineData("Sept", 9)]
    [InlineData("sep", 9)]
    [InlineData("SEPTEMBER", 9)]
    [InlineData("Dec", 12)]
    public void a_long_or_short_month_name_in_any_case_is_its_month(string name, int month) =>
        CalendarNames.Month(name).ShouldBe(month);

    [Fact]
    public void a_word_that_is_no_month_name_is_month_zero_which_no_date_has() =>
        CalendarNames.Month("Smarch").ShouldBe(0);

    [Theory]
    [InlineData("Sunday", DayOfWeek.Sunday)]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("Saturday", DayOfWeek.Saturday)]
    public void a_weekday_name_is_its_day(string name, DayOfWeek day) => CalendarNames.Weekday(name).ShouldBe(day);

    [Theory]
    [InlineData("Sept. 14", "Sept")]
    [InlineData("September 14", "September")]
    [InlineData("Jun 3", "Jun")]
    public void the_month_pattern_takes_the_longest_name_written(string text, string month) =>
        Regex.Match(text, CalendarNames.MonthGroup).Groups["month"].Value.ShouldBe(month);

    [Fact]
    public void the_patterns_match_names_as_dates_write_them_capitalised() =>
        Regex.IsMatch("tuesday", CalendarNames.WeekdayGroup).ShouldBeFalse();
}
