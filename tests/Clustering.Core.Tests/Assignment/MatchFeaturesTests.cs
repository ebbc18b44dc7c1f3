using Clustering.Core.Assignment;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Assignment;

public class MatchFeaturesTests
{
    private static readonly DateTimeOffset Noon = new(2024, 6, 3, 12, 0, 0, TimeSpan.Zero);

    private static TermVector Headline(string text) =>
        FeatureExtractor.Weigh(text, string.Empty, string.Empty, [], statistics: null, FeatureWeights.Default, learn: false);

    private static ArticleFeatures Article(string title, DateTimeOffset time) => new(Headline(title), time) { Title = title };

    private static float[] Measure(ArticleFeatures article, string[] memberTitles, DateTimeOffset first, DateTimeOffset last)
    {
        var members = memberTitles.Select(Headline).ToArray();
        var centroid = new Centroid();
        foreach (var member in members)
        {
            centroid.Add(member);
        }
        return MatchFeatures.Compute(article, centroid.ToVector(), members, first, last, members.Length);
    }

    private static float Named(float[] features, string name) => features[Array.IndexOf(MatchFeatures.Names, name)];

    [Fact]
    public void every_measure_has_a_name()
    {
        var features = Measure(Article("Harbour crane topples onto ferry", Noon), ["Harbour crane topples"], Noon, Noon);

        features.Length.ShouldBe(MatchFeatures.Count);
        MatchFeatures.Names.Length.ShouldBe(MatchFeatures.Count);
    }

    [Fact]
    public void a_story_two_of_whose_articles_say_the_same_is_seconded_and_a_one_word_match_is_not()
    {
        var article = Article("Glassworks strike ends as Venndale union accepts offer", Noon);

        var seconded = Measure(article,
            ["Venndale glassworks union accepts pay offer", "Glassworks strike over: Venndale union accepts", "Weather turns cold"], Noon, Noon);
        var oneWord = Measure(article,
            ["Union of chess clubs elects chair", "Weather turns cold", "Markets drift"], Noon, Noon);

        Named(seconded, "secondNearestCos").ShouldBeGreaterThan(0.3f);
        Named(oneWord, "secondNearestCos").ShouldBe(0f);
        Named(seconded, "secondNearestCos").ShouldBeLessThanOrEqualTo(Named(seconded, "nearestCos"));
    }

    [Fact]
    public void minutes_since_the_story_began_and_since_it_last_spoke_are_measured_from_the_article()
    {
        var article = Article("Ferry strike enters third day", Noon);

        var features = Measure(article, ["Ferry strike begins"], Noon.AddHours(-48), Noon.AddHours(-6));

        Named(features, "logMinutesSinceFirst").ShouldBe(MathF.Log(1f + (48 * 60)), tolerance: 1e-4f);
        Named(features, "logMinutesSinceLast").ShouldBe(MathF.Log(1f + (6 * 60)), tolerance: 1e-4f);
    }

    [Fact]
    public void an_undated_article_is_not_held_apart_by_time()
    {
        var article = Article("Ferry strike enters third day", Noon) with { Dated = false };

        var features = Measure(article, ["Ferry strike begins"], Noon.AddDays(-30), Noon.AddDays(-29));

        Named(features, "logMinutesSinceFirst").ShouldBe(0f);
        Named(features, "logMinutesSinceLast").ShouldBe(0f);
        Named(features, "logDaysApart").ShouldBe(0f);
    }

    [Fact]
    public void a_story_told_only_by_the_articles_own_site_gives_no_other_source_evidence()
    {
        var article = Article("Shooting on Larkspur Road leaves one hurt - Tillbrook Courier", Noon) with { Source = "courier.example" };
        var members = new[] { Headline("Shooting on Quarry Lane leaves two hurt - Tillbrook Courier") };
        var centroid = new Centroid();
        centroid.Add(members[0]);

        var sameSite = MatchFeatures.Compute(article, centroid.ToVector(), members, ["courier.example"], Noon, Noon, 1);
        var otherSite = MatchFeatures.Compute(article, centroid.ToVector(), members, ["gazette.example"], Noon, Noon, 1);

        Named(sameSite, "nearestCos").ShouldBeGreaterThan(0.3f);
        Named(sameSite, "nearestOtherSourceCos").ShouldBe(0f);
        Named(otherSite, "nearestOtherSourceCos").ShouldBe(Named(otherSite, "nearestCos"));
    }

    [Fact]
    public void the_positions_the_model_reads_by_name_are_those_measures()
    {
        MatchFeatures.Names[MatchFeatures.CentroidCos].ShouldBe("centroidCos");
        MatchFeatures.Names[MatchFeatures.NearestCos].ShouldBe("nearestCos");
        MatchFeatures.Names[MatchFeatures.CentroidCosShort].ShouldBe("centroidCosShort");
        MatchFeatures.Names[MatchFeatures.NearestCosShort].ShouldBe("nearestCosShort");
        MatchFeatures.Names[MatchFeatures.SharedTerms].ShouldBe("sharedTerms");
        MatchFeatures.Names[MatchFeatures.MinutesShortFrom].ShouldBe("logMinutesSinceLastShort");
        MatchFeatures.Names[MatchFeatures.EventDayKnown].ShouldBe("eventDayKnown");
        MatchFeatures.Names[MatchFeatures.LogEventDaysApart].ShouldBe("logEventDaysApart");
        foreach (var index in MatchFeatures.MinuteMeasures)
        {
            MatchFeatures.Names[index].ShouldStartWith("logMinutesSince");
        }
    }

    private static float[] MeasureDays(IReadOnlyList<int> articleDays, DateTimeOffset articleTime, IReadOnlyList<int> storyDays)
    {
        var story = Headline("Ostwick gunman wounds two on Farrow Road");
        var article = Article("Ostwick gunman wounds two on Farrow Road", articleTime) with { EventDays = articleDays };
        return MatchFeatures.Compute(article, story, [story], [], Noon, Noon, 1, new StoryMarks { EventDays = storyDays });
    }

    [Fact]
    public void an_article_naming_the_storys_day_measures_it_known_and_no_day_apart()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;

        var same = MeasureDays([day - 1], Noon.AddDays(20), [day - 1, day]);

        same[MatchFeatures.EventDayKnown].ShouldBe(1f);
        same[MatchFeatures.LogEventDaysApart].ShouldBe(0f);
    }

    [Fact]
    public void another_day_counts_alike_from_a_few_days_apart_and_unnamed_days_count_not_at_all()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;

        var aWeek = MeasureDays([day + 7], Noon.AddDays(7), [day]);
        var aMonth = MeasureDays([day + 30], Noon.AddDays(30), [day]);
        var unnamed = MeasureDays([], Noon.AddDays(7), [day]);

        aWeek[MatchFeatures.EventDayKnown].ShouldBe(1f);
        aWeek[MatchFeatures.LogEventDaysApart].ShouldBe(MathF.Log(1f + MatchFeatures.EventDaysApartCap));
        aMonth[MatchFeatures.LogEventDaysApart].ShouldBe(aWeek[MatchFeatures.LogEventDaysApart]);
        unnamed[MatchFeatures.EventDayKnown].ShouldBe(0f);
        unnamed[MatchFeatures.LogEventDaysApart].ShouldBe(0f);
    }

    [Fact]
    public void another_day_named_half_a_year_after_the_story_says_nothing_but_the_same_day_still_counts()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;
        var later = Noon.AddDays(MatchFeatures.OtherDayCountsForDays + 60);

        var sentencing = MeasureDays([day + MatchFeatures.OtherDayCountsForDays + 60], later, [day]);
        var recalled = MeasureDays([day], later, [day]);

        sentencing[MatchFeatures.EventDayKnown].ShouldBe(0f);
        sentencing[MatchFeatures.LogEventDaysApart].ShouldBe(0f);
        recalled[MatchFeatures.EventDayKnown].ShouldBe(1f);
    }

    [Fact]
    public void a_model_fitted_before_the_event_day_measures_existed_ignores_them()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;
        var measured = MeasureDays([day + 7], Noon.AddDays(7), [day]);
        var older = MatchModel.Default with { Weights = MatchModel.Default.Weights[..MatchFeatures.EventDayKnown] };
        var unnamed = (float[])measured.Clone();
        unnamed[MatchFeatures.EventDayKnown] = 0f;
        unnamed[MatchFeatures.LogEventDaysApart] = 0f;

        older.Probability(measured).ShouldBe(older.Probability(unnamed));
        MatchModel.Default.Probability(measured).ShouldBeLessThan(MatchModel.Default.Probability(unnamed), "the shipped model reads another day as evidence against");
    }
}
