using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// One TV station's pages on two shootings the same day read alike (its chrome, its house phrases, the
/// same kind of wound) but for the town; the town is where they part. A follow-up datelined at the
/// courthouse names the town of the shooting as well, so it is not held apart from its story.
/// </summary>
public class OtherPlaceTests
{
    private static readonly DateTimeOffset Morning = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);

    private const string Chrome = "Watch Channel 9 live. Download the Channel 9 app for alerts. Copyright Channel 9 News.";

    private static Article Report(string id, string title, string text, DateTimeOffset published) =>
        new(id, title, text, Url: null, Source: "channel9.example", published, Language: "en", Received: published);

    private static readonly Article Holtby = Report("a", "Pupil, 12, hit in the calf beside a barbecue",
        "HOLTBY (KXYZ) — A pupil aged twelve took a stray round to the calf beside a barbecue on Sunday, deputies reported. "
        + "Medics drove her to the clinic, where her wound was judged minor. Deputies keep asking neighbours what they saw.\n" + Chrome, Morning);

    private static readonly Article Brandport = Report("b", "Pupil, 13, hit in the calf beside a barbecue",
        "BRANDPORT (KXYZ) — A pupil aged thirteen took a stray round to the calf beside a barbecue on Sunday evening, deputies reported. "
        + "Medics drove her to the clinic, where her wound was judged minor. Deputies keep asking neighbours what they saw.\n" + Chrome, Morning.AddHours(5));

    private static readonly Article Trial = Report("c", "Uncle faces jury over pupil's wound at barbecue",
        "COURTVILLE (KXYZ) — An uncle faces a jury over the stray round that struck a pupil aged twelve at a barbecue in Holtby, "
        + "prosecutors announced. Her calf has healed since.\n" + Chrome, Morning.AddDays(30));

    private static MatchMeasures Measure(Article first, Article next) => OneArticleStory.Measure(first, next).Features;

    [Fact]
    public void the_same_wound_reported_from_another_town_is_measured_as_another_place()
    {
        MatchMeasures.Names[MatchMeasures.IndexOf("otherPlace")].ShouldBe("otherPlace");

        Measure(Holtby, Brandport).OtherPlace.ShouldBe(1f);
    }

    [Fact]
    public void a_follow_up_from_the_courthouse_town_that_names_the_town_of_the_shooting_is_not()
    {
        Measure(Holtby, Trial).OtherPlace.ShouldBe(0f);
    }

    [Fact]
    public void a_report_from_the_same_town_is_not()
    {
        var again = Report("d", "Pupil hit at barbecue is back at school",
            "HOLTBY (KXYZ) — The pupil whose calf a stray round struck at a barbecue is back in class, her aunt announced.\n" + Chrome, Morning.AddDays(2));

        Measure(Holtby, again).OtherPlace.ShouldBe(0f);
    }

    [Fact]
    public void the_shipped_model_holds_another_town_against_a_story()
    {
        var measures = Measure(Holtby, Brandport);
        var sameTown = measures.Clone();
        sameTown.OtherPlace = 0f;

        MatchModel.Default.Probability(measures).ShouldBeLessThan(MatchModel.Default.Probability(sameTown));
    }
}
