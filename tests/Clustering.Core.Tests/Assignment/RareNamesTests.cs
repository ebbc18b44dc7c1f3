using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Entities;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// A follow-up weeks after a shooting (an arrest, a charge) shares few words with the first report
/// and names another day, so time and the day hold it out; the names it repeats in full, the
/// victim's and the street's, which few other articles have written, are what tie it to its story.
/// </summary>
public class RareNamesTests
{
    private static readonly DateTimeOffset Shot = new(2024, 6, 1, 23, 0, 0, TimeSpan.Zero);

    private static Article Report(string id, string title, string text, DateTimeOffset published) =>
        new(id, title, text, Url: null, Source: null, published, Language: "en", Received: published);

    private static readonly Article FirstReport = Report("a", "Teen shot dead on Marlow Crescent in Ostwick",
        "A 17-year-old, Tobin Harrowgate, was shot and killed Saturday night on Marlow Crescent in Ostwick, police said. "
        + "Officers found Tobin Harrowgate wounded beside a parked van on Marlow Crescent and he died at the hospital. "
        + "No arrests have been made, police spokesman Lena Holt said.", Shot.AddHours(2));

    private static readonly Article Charged = Report("b", "Man charged with murder in Ostwick killing",
        "Prosecutors on Tuesday charged a 22-year-old man with murder in the death of Tobin Harrowgate. "
        + "Detectives arrested the man on July 12 at a motel outside the city, court papers say. "
        + "Harrowgate, 17, was shot and killed near a van on Marlow Crescent in Ostwick and died at the hospital.", Shot.AddDays(45));

    /// <summary>What a one-article story made of <paramref name="first"/> measures for <paramref name="next"/>, after the IDF has counted a thousand other articles.</summary>
    private static (MatchMeasures Features, long Documents) Measure(Article first, Article next, int earlierArticlesNamingTheVictim = 0) =>
        OneArticleStory.Measure(first, next, before: statistics =>
        {
            for (var i = 0; i < earlierArticlesNamingTheVictim; i++)
            {
                statistics.Observe(["e:tobinharrowgate", "e:marlowcrescent"]);
            }
        });

    [Fact]
    public void a_persons_or_places_name_written_in_full_that_few_articles_have_written_is_rare()
    {
        var statistics = new TermStatistics();
        for (var i = 0; i < RareNames.MaxArticles + 1; i++)
        {
            statistics.Observe(["e:lenaholt"]);
        }
        statistics.Observe(["e:tobinharrowgate", "e:ostwick"]);
        Entity[] entities =
        [
            new("Tobin Harrowgate", EntityKind.Person, "tobinharrowgate", ["Tobin Harrowgate"], 2),
            new("Lena Holt", EntityKind.Person, "lenaholt", ["Lena Holt"], 1),
            new("Ostwick", EntityKind.Place, "ostwick", ["Ostwick"], 1),
            new("Marlow Crescent", EntityKind.Place, "marlowcrescent", ["Marlow Crescent"], 1),
            new("Ostwick Police Department", EntityKind.Organisation, "ostwickpolicedepartment", ["Ostwick Police Department"], 1),
        ];

        RareNames.Of(entities, statistics).ShouldBe(["e:marlowcrescent", "e:tobinharrowgate"]);
    }

    [Fact]
    public void a_follow_up_six_weeks_later_naming_the_victim_and_the_street_again_joins_its_story()
    {
        var (features, documents) = Measure(FirstReport, Charged);
        var withoutRareNames = OneArticleStory.Without("sharedRareNamesBeyondOne");

        features.SharedRareNamesBeyondOne.ShouldBe(1f);
        features.LogEventDaysApart.ShouldBeGreaterThan(0f, "the follow-up names the day of the arrest, not of the shooting");
        MatchModel.Default.Accepts(features, documents, out var p).ShouldBeTrue($"p {p} without {withoutRareNames.Probability(features)}");
        withoutRareNames.Accepts(features, documents, out var before).ShouldBeFalse($"p {before}: without the measure the test shows nothing");
    }

    [Fact]
    public void names_many_articles_have_written_are_no_evidence_and_one_rare_name_alone_is_none_either()
    {
        var (common, _) = Measure(FirstReport, Charged, earlierArticlesNamingTheVictim: RareNames.MaxArticles);
        var oneName = Report("c", "Ostwick man shot in arm outside bakery",
            "A man was shot in the arm outside a bakery on Marlow Crescent on Monday, police said.", Shot.AddDays(9));
        var (single, _) = Measure(FirstReport, oneName);

        common.SharedRareNamesBeyondOne.ShouldBe(0f);
        single.SharedRareNamesBeyondOne.ShouldBe(0f);
    }
}
