using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// The shipped ranker against made-up headlines posted seconds apart: on a live feed many stories
/// run at once, so the same minute must not make one shared word enough, while a true follow-up
/// still joins. Checked with a young IDF (only these articles seen) and with one that has counted a
/// thousand other articles but none of these words, as a silo's does after many near-identical posts:
/// then every word of the two looks rare, the one shared word too, and its cosine clears the floor.
/// </summary>
public class TimeIsNoEvidenceTests
{
    private static readonly DateTimeOffset Posted = new(2024, 6, 3, 12, 0, 0, TimeSpan.Zero);

    private static Article Headline(string id, string title, string text, DateTimeOffset? published) =>
        new(id, title, text, Url: null, Source: null, published, Language: "en", Received: Posted.AddSeconds(30));

    /// <summary>What a one-article story made of <paramref name="first"/> measures for <paramref name="next"/>, and how many articles the IDF has seen.</summary>
    private static (MatchMeasures Features, long Documents) Measure(Article first, Article next, int otherArticles) => OneArticleStory.Measure(first, next, otherArticles);

    public static TheoryData<string, string, string, string> UnrelatedPairs => new()
    {
        { "Snowstorm closes Fenwick pass", "The Fenwick pass closed after a snowstorm.", "Volcano on Isla Brava erupts, ash closes airport", "The Isla Brava volcano erupted and ash closed the airport." },
        { "Harbour strike halts Quenby ferries", "Ferries from Quenby were halted by a dock strike.", "Orchard frost halts cider pressing in Dalby", "Frost in Dalby orchards halted the cider pressing." },
        // In Title Case the shared word wears a capital too: that alone does not make it a name.
        { "Snowstorm Closes Fenwick Pass", "The Fenwick pass closed after a snowstorm.", "Volcano On Isla Brava Erupts, Ash Closes Airport", "The Isla Brava volcano erupted and ash closed the airport." },
    };

    [Theory]
    [MemberData(nameof(UnrelatedPairs))]
    public void two_unrelated_headlines_sharing_one_common_word_seconds_apart_do_not_join(string firstTitle, string firstText, string nextTitle, string nextText)
    {
        foreach (var published in new DateTimeOffset?[] { Posted, null })
        {
            foreach (var otherArticles in new[] { 0, 1000 })
            {
                var (features, documents) = Measure(Headline("a", firstTitle, firstText, published), Headline("b", nextTitle, nextText, published?.AddSeconds(20)), otherArticles);

                features.SharedTerms.ShouldBe(1f);
                MatchModel.Default.Accepts(features, documents, out var p)
                    .ShouldBeFalse($"{documents} articles seen, published {published}: p {p}, cosine {features.NearestCos}");
            }
        }
    }

    [Fact]
    public void a_true_follow_up_seconds_later_joins()
    {
        var first = Headline("a", "Volcano on Isla Brava erupts, ash closes airport", "The Isla Brava volcano erupted and ash closed the airport.", Posted);
        var next = Headline("b", "Isla Brava volcano eruption: airport stays closed as ash spreads", "Ash from the Isla Brava volcano kept the airport closed.", Posted.AddSeconds(20));

        foreach (var otherArticles in new[] { 0, 1000 })
        {
            var (features, documents) = Measure(first, next, otherArticles);

            MatchModel.Default.Accepts(features, documents, out var p).ShouldBeTrue($"{documents} articles seen: p {p}, cosine {features.NearestCos}");
        }
    }

    [Fact]
    public void the_same_minute_helps_only_once_two_terms_are_shared()
    {
        var model = MatchModel.Default;
        var oneWordSameMinute = new MatchMeasures { CentroidCos = 0.3f, NearestCos = 0.3f, SharedTerms = 1 };
        var oneWordDayApart = oneWordSameMinute.Clone();
        MatchFeatures.JudgeADayApart(oneWordDayApart, shortness: 0f);
        var twoWordsSameMinute = oneWordSameMinute.Clone();
        twoWordsSameMinute.SharedTerms = 2;
        var twoWordsDayApart = oneWordDayApart.Clone();
        twoWordsDayApart.SharedTerms = 2;

        model.Probability(oneWordSameMinute).ShouldBe(model.Probability(oneWordDayApart), tolerance: 1e-6f);
        model.Probability(twoWordsSameMinute).ShouldBeGreaterThan(model.Probability(twoWordsDayApart));
    }

    [Fact]
    public void a_follow_up_seconds_later_that_shares_only_a_name_joins()
    {
        // Dated: "seconds later" is something only dated headlines can show (undated ones have no time).
        var first = Headline("a", "Ferries to Quenby cancelled as gales batter the coast", "Gales cancelled every ferry to Quenby.", Posted);
        var next = Headline("b", "Quenby islanders stranded without supplies", "Islanders on Quenby are running short of food.", Posted.AddSeconds(20));

        // A young IDF asks for two shared terms whatever they are (MatchModel.YoungMinSharedTerms).
        var (features, documents) = Measure(first, next, otherArticles: 1000);

        features.SharedTerms.ShouldBe(1f);
        features.SharedNames.ShouldBe(1f);
        MatchModel.Default.Accepts(features, documents, out var p).ShouldBeTrue($"p {p}, cosine {features.NearestCos}");
    }

    [Fact]
    public void a_one_word_match_is_measured_a_day_apart_and_a_one_name_match_as_it_came()
    {
        var (commonWord, _) = Measure(
            Headline("a", "Snowstorm closes Fenwick pass", "The Fenwick pass closed after a snowstorm.", Posted),
            Headline("b", "Volcano on Isla Brava erupts, ash closes airport", "The Isla Brava volcano erupted and ash closed the airport.", Posted.AddSeconds(20)),
            otherArticles: 1000);
        var (name, _) = Measure(
            Headline("a", "Ferries to Quenby cancelled as gales batter the coast", "Gales cancelled every ferry to Quenby.", Posted),
            Headline("b", "Quenby islanders stranded without supplies", "Islanders on Quenby are running short of food.", Posted.AddSeconds(20)),
            otherArticles: 1000);

        commonWord.SharedNames.ShouldBe(0f);
        commonWord.LogMinutesSinceLast.ShouldBe(MatchFeatures.DayApart);
        name.LogMinutesSinceLast.ShouldBeLessThan(1f, "twenty seconds: log(1 + 1/3 minute)");
    }
}
