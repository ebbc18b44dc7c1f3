using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>Each story says which independent outlet had it first and when; copies never count.</summary>
[Collection(ClusterCollection.Name)]
public class FirstReportTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2026, 5, 2, 0, 0, 0, TimeSpan.Zero);

    private const string WireText =
        "A barge loaded with gravel sank in the Orrin estuary near Kessford early on Saturday, blocking the shipping lane. "
        + "The harbour master said the two crew members swam ashore and that salvage divers would inspect the wreck at low tide. "
        + "Ferries to the islands were told to wait outside the estuary until the lane is marked.";

    private static Article Make(string id, string source, string text, int publishedHour, int arrivedHour) =>
        new(id, "Gravel barge sinks in Orrin estuary", text, null, source, Day.AddHours(publishedHour), "en", Day.AddHours(arrivedHour));

    private static Task<AbsorbResult> Absorb(IStoryGrain story, Article article) =>
        story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));

    [Fact]
    public async Task the_earliest_independent_report_is_first_even_when_it_arrives_later_and_a_copy_never_is()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-first-1");
        await Absorb(story, Make("fr-wire", "Estuary Wire", WireText, publishedHour: 8, arrivedHour: 8));
        await Absorb(story, Make("fr-copy", "Island Daily", WireText, publishedHour: 5, arrivedHour: 9));
        await Absorb(story, Make("fr-radio", "Kessford Radio",
            "Kessford Radio's reporter on the quay saw the gravel barge go down in the estuary at dawn; both crew reached the shore, he said.", publishedHour: 6, arrivedHour: 10));

        var view = (await story.GetView())!;

        view.Articles.Single(article => article.Id == "fr-copy").CopyOf.ShouldBe("fr-wire");
        var first = view.FirstReported.ShouldNotBeNull();
        first.ArticleId.ShouldBe("fr-radio");
        first.Source.ShouldBe("Kessford Radio");
        first.At.ShouldBe(Day.AddHours(6));
        first.Dated.ShouldBeTrue();
        var delta = (await story.GetChangesSince(2)).Deltas.ShouldHaveSingleItem();
        delta.Changes.FirstReported.ShouldNotBeNull().ArticleId.ShouldBe("fr-radio");
    }

    [Fact]
    public async Task an_undated_write_thru_keeps_the_time_its_first_version_came()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-first-2");
        var first = new Article("fr-undated", "Lock gates jammed at Ashcombe", "The Ashcombe lock gates jammed shut with three narrowboats inside.", null, "Canal Wire", null, "en", Day.AddHours(3));
        await Absorb(story, first);
        var revised = first with { Text = "The Ashcombe lock gates jammed shut with five narrowboats inside.", Received = Day.AddHours(9) };

        await story.Revise(revised, TestArticles.Features(revised), TestArticles.Reading(revised));

        var report = (await story.GetView())!.FirstReported.ShouldNotBeNull();
        report.At.ShouldBe(Day.AddHours(3));
        report.Dated.ShouldBeFalse();
    }
}
