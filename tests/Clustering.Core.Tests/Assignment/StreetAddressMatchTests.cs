using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// A US crime report places a shooting by its block. Two shootings in one city the same night share
/// the city, the night, the police words and often the way they are told; the blocks they give differ.
/// </summary>
public class StreetAddressMatchTests
{
    private static readonly DateTimeOffset Night = new(2024, 3, 9, 23, 0, 0, TimeSpan.Zero);

    private static Article Report(string id, string title, string text, DateTimeOffset published) =>
        new(id, title, text, Url: null, Source: null, published, Language: "en", Received: published);

    private static readonly Article FirstShooting = Report("a", "Man shot and wounded in Harlow Saturday night",
        "Gunfire struck a 31-year-old man Saturday night in the 2400 block of Quimby Avenue in Harlow, a sergeant reported. "
        + "Patrol units reached him bleeding from one leg and an ambulance carried him to Harlow General Hospital, where he is stable. "
        + "Nobody is in custody yet, and the sergeant urged witnesses to phone the detective bureau.", Night.AddHours(1));

    private static readonly Article OtherShooting = Report("b", "Boy, 17, wounded outside corner store",
        "A 17-year-old was wounded late at night in the 900 block of Delmore Street in Harlow, a sergeant said. "
        + "A neighbour, Wren Ashcombe, heard four shots and saw a grey sedan speed away toward the river. "
        + "The boy plays trumpet in the school band, his aunt said, and had walked to a corner store for milk. "
        + "He was treated for a wound to the arm. Detectives have no suspect.", Night.AddDays(2));

    private static readonly Article SameBlockNextDay = Report("c", "Harlow man dies a day after shooting",
        "The 31-year-old struck by gunfire Saturday night in the 2400 block of Quimby Avenue in Harlow died on Sunday, the sergeant reported. "
        + "Detectives still hunt for whoever fired.", Night.AddHours(20));

    private static (MatchMeasures Features, long Documents) Measure(Article first, Article next) => OneArticleStory.Measure(first, next);

    [Fact]
    public void a_second_shooting_in_the_same_city_the_same_night_on_another_block_starts_its_own_story()
    {
        var (features, documents) = Measure(FirstShooting, OtherShooting);

        features.OtherAddress.ShouldBe(1f);
        features.SharedAddress.ShouldBe(0f);
        MatchModel.Default.Accepts(features, documents, out var p).ShouldBeFalse($"p {p}");
        OneArticleStory.Without("otherAddress").Accepts(features, documents, out var before).ShouldBeTrue($"p {before}: without the measure the test shows nothing");
    }

    [Fact]
    public void the_report_of_a_death_on_the_same_block_shares_its_address()
    {
        var (features, documents) = Measure(FirstShooting, SameBlockNextDay);

        features.SharedAddress.ShouldBe(1f);
        features.OtherAddress.ShouldBe(0f);
        MatchModel.Default.Accepts(features, documents, out var p).ShouldBeTrue($"p {p}");
    }
}
