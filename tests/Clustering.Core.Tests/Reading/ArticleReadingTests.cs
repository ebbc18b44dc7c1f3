using Clustering.Core.Articles;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Reading;

public class ArticleReadingTests
{
    private static Article Make(string title, string text, DateTimeOffset? published = null) =>
        new("a1", title, text, null, null, published, null, new DateTimeOffset(2025, 5, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void one_call_reads_every_part()
    {
        var article = Make("404", "Sorry!!\nFerry line closes after forty years\n" +
            "Lisbon, June 3 (Wirenet) The city council of Lisbon voted on Monday to close the ferry line, Mayor Lena Holt said.\n" +
            "About 30 workers were injured in protests last week, police said.\n" +
            "\"It is a sad day for the east bank,\" Holt said.\nAdvertisement",
            new DateTimeOffset(2025, 6, 5, 0, 0, 0, TimeSpan.Zero));

        var readout = ArticleReading.Read(article);

        readout.Title.ShouldBe("Ferry line closes after forty years");
        readout.Lead.ShouldStartWith("The city council of Lisbon voted");
        readout.Body.ShouldNotContain("Advertisement");
        readout.Credits.ShouldContain(c => c.Name == "Wirenet");
        readout.Quantities.ShouldContain(q => q.Slot == "injured" && q.Value == 30 && q.Qualifier == "about" && q.Attribution == "police");
        readout.Quotes.Single().Speaker.ShouldBe("Lena Holt");
        readout.Entities.ShouldContain(e => e.Name == "Lisbon");
        readout.Dates.ShouldContain(d => d.Text == "on Monday" || d.Text == "Monday");
        readout.Dates.First(d => d.Text.Contains("Monday")).Start.ShouldBe(new DateOnly(2025, 6, 2));
        readout.Terms.Count.ShouldBeGreaterThan(0);
        readout.Fingerprint.Sentences.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void an_article_without_a_date_leaves_its_relative_dates_unresolved_rather_than_reading_them_against_its_arrival()
    {
        var readout = ArticleReading.Read(Make("Bridge opens", "The mayor opened the bridge on Friday after three years of work."));

        readout.Dated.ShouldBeNull();
        readout.Dates.ShouldBeEmpty();
    }

    [Fact]
    public void headline_numbers_are_kept_and_marked_as_the_headline_s()
    {
        var readout = ArticleReading.Read(Make("Man killed, 3 wounded at party", "A man was shot and killed at a party on Elm Street early on Sunday."));

        readout.Quantities.Select(q => (q.Slot, q.Value, q.Offset)).ShouldBe([("killed", 1d, 0), ("killed", 1d, -1), ("injured", 3d, -1)]);
        Clustering.Core.Packs.Shooting.CasualtyCount.Of(readout.Quantities).ShouldBe((1d, 3d));
    }

    [Fact]
    public void parts_not_asked_for_are_left_empty()
    {
        var readout = ArticleReading.Read(Make("Bridge opens", "About 30 workers were injured, police said."), ReadingParts.Quantities);

        readout.Quantities.ShouldNotBeEmpty();
        readout.Entities.ShouldBeEmpty();
        readout.Fingerprint.MinHash.ShouldBeEmpty();
    }
}
