using Clustering.Core.Assignment;
using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Core.Tests.Assignment;

public class MatchFeaturesTests
{
    private static readonly DateTimeOffset Noon = new(2024, 6, 3, 12, 0, 0, TimeSpan.Zero);

    private static TermVector Headline(string text) =>
        FeatureExtractor.Weigh(text, string.Empty, string.Empty, [], statistics: null, FeatureWeights.Default, learn: false);

    private static ArticleFeatures Article(string title, DateTimeOffset time) => new(Headline(title), time) { Title = title };

    private static MatchMeasures Measure(ArticleFeatures article, string[] memberTitles, DateTimeOffset first, DateTimeOffset last)
    {
        var members = memberTitles.Select(Headline).ToArray();
        var centroid = new Centroid();
        foreach (var member in members)
        {
            centroid.Add(member);
        }
        return MatchFeatures.Compute(article, centroid.ToVector(), members, first, last, members.Length);
    }

    private static float Named(MatchMeasures features, string name) => MatchMeasures.Layout[MatchMeasures.IndexOf(name)].Get(features);

    [Fact]
    public void every_measure_has_a_name()
    {
        var features = Measure(Article("Harbour crane topples onto ferry", Noon), ["Harbour crane topples"], Noon, Noon);

        features.ToVector().Length.ShouldBe(MatchFeatures.Count);
        MatchFeatures.Names.Count.ShouldBe(MatchFeatures.Count);
        MatchFeatures.Names.Distinct().Count().ShouldBe(MatchFeatures.Count);
        MatchMeasures.FromVector(features.ToVector()).ToVector().ShouldBe(features.ToVector());
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

        // Neither near nor far: its time is unknown, measured as a day apart.
        Named(features, "logMinutesSinceFirst").ShouldBe(MatchFeatures.DayApart);
        Named(features, "logMinutesSinceLast").ShouldBe(MatchFeatures.DayApart);
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
    public void a_model_file_weighs_each_measure_by_the_name_it_lists_whatever_the_order()
    {
        var json = """{"weights":[2,-3],"features":["otherPlace","centroidCos"],"bias":1,"threshold":0.5}""";

        var model = MatchModel.FromJson(json);

        model.Weights[MatchMeasures.IndexOf("otherPlace")].ShouldBe(2f);
        model.Weights[MatchMeasures.IndexOf("centroidCos")].ShouldBe(-3f);
        model.Weights.Count(weight => weight != 0).ShouldBe(2);
    }

    [Fact]
    public void a_model_file_naming_no_measure_is_refused_with_the_name()
    {
        var json = """{"weights":[2],"features":["moonPhase"],"bias":1}""";

        Should.Throw<FormatException>(() => MatchModel.FromJson(json)).Message.ShouldContain("moonPhase");
    }

    private static MatchMeasures MeasureDays(IReadOnlyList<int> articleDays, DateTimeOffset articleTime, IReadOnlyList<int> storyDays)
    {
        var story = Headline("Ostwick gunman wounds two on Farrow Road");
        var article = Article("Ostwick gunman wounds two on Farrow Road", articleTime) with { Particulars = ArticleParticulars.None.With(EventDays.Kind, articleDays) };
        var kept = new StoryParticulars();
        kept.Of(EventDays.Kind).AddRange(storyDays);
        return MatchFeatures.Compute(article, story, [story], [], Noon, Noon, 1, kept);
    }

    [Fact]
    public void an_article_naming_the_storys_day_measures_it_known_and_no_day_apart()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;

        var same = MeasureDays([day - 1], Noon.AddDays(20), [day - 1, day]);

        same.EventDayKnown.ShouldBe(1f);
        same.LogEventDaysApart.ShouldBe(0f);
    }

    [Fact]
    public void another_day_counts_alike_from_a_few_days_apart_and_unnamed_days_count_not_at_all()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;

        var aWeek = MeasureDays([day + 7], Noon.AddDays(7), [day]);
        var aMonth = MeasureDays([day + 30], Noon.AddDays(30), [day]);
        var unnamed = MeasureDays([], Noon.AddDays(7), [day]);

        aWeek.EventDayKnown.ShouldBe(1f);
        aWeek.LogEventDaysApart.ShouldBe(MathF.Log(1f + EventDays.ApartCap));
        aMonth.LogEventDaysApart.ShouldBe(aWeek.LogEventDaysApart);
        unnamed.EventDayKnown.ShouldBe(0f);
        unnamed.LogEventDaysApart.ShouldBe(0f);
    }

    [Fact]
    public void another_day_named_half_a_year_after_the_story_says_nothing_but_the_same_day_still_counts()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;
        var later = Noon.AddDays(EventDays.OtherDayCountsForDays + 60);

        var sentencing = MeasureDays([day + EventDays.OtherDayCountsForDays + 60], later, [day]);
        var recalled = MeasureDays([day], later, [day]);

        sentencing.EventDayKnown.ShouldBe(0f);
        sentencing.LogEventDaysApart.ShouldBe(0f);
        recalled.EventDayKnown.ShouldBe(1f);
    }

    [Fact]
    public void a_model_fitted_before_the_event_day_measures_existed_ignores_them()
    {
        var day = DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber;
        var measured = MeasureDays([day + 7], Noon.AddDays(7), [day]);
        var older = MatchModel.Default with { Weights = MatchModel.Default.Weights[..MatchMeasures.IndexOf("eventDayKnown")] };
        var unnamed = measured.Clone();
        unnamed.EventDayKnown = 0f;
        unnamed.LogEventDaysApart = 0f;

        older.Probability(measured).ShouldBe(older.Probability(unnamed));
        MatchModel.Default.Probability(measured).ShouldBeLessThan(MatchModel.Default.Probability(unnamed), "the shipped model reads another day as evidence against");
    }
}
