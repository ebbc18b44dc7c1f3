using Clustering.Core.Assignment;
using Clustering.Grains.Stories;

namespace Clustering.Grains.Tests;

public class MergeCheckTests
{
    private static MatchMeasures DaysOutside(double days) => new() { LogDaysApart = MathF.Log(1f + (float)days) };

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(64)]
    public void a_story_looks_for_a_larger_one_at_every_small_size_and_then_each_time_it_doubles(int size) =>
        MergeCheck.ChecksAt(size, everySizeUpTo: 8).ShouldBeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(33)]
    public void a_single_article_or_a_grown_story_between_doublings_does_not_look(int size) =>
        MergeCheck.ChecksAt(size, everySizeUpTo: 8).ShouldBeFalse();

    [Fact]
    public void a_story_that_began_while_the_larger_one_ran_may_merge() =>
        MergeCheck.BeganWhileRunning(DaysOutside(2), DaysOutside(0), withinMinutes: 30).ShouldBeTrue();

    [Fact]
    public void a_story_whose_latest_article_falls_within_the_larger_ones_span_may_merge() =>
        MergeCheck.BeganWhileRunning(DaysOutside(0), DaysOutside(3), withinMinutes: 30).ShouldBeTrue();

    [Fact]
    public void a_story_that_began_minutes_after_the_larger_one_last_spoke_may_merge() =>
        MergeCheck.BeganWhileRunning(DaysOutside(20.0 / 1440), DaysOutside(10.0 / 1440), withinMinutes: 30).ShouldBeTrue();

    [Fact]
    public void a_story_that_began_hours_after_the_larger_one_went_quiet_does_not_merge() =>
        MergeCheck.BeganWhileRunning(DaysOutside(3.0 / 24), DaysOutside(2.0 / 24), withinMinutes: 30).ShouldBeFalse();
}
