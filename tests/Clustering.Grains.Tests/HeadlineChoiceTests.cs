using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>A story's title is its best real headline, and a change of title travels in the delta.</summary>
[Collection(ClusterCollection.Name)]
public class HeadlineChoiceTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2026, 4, 8, 6, 0, 0, TimeSpan.Zero);

    private static Article Make(string id, string title, string text, int hour) =>
        new(id, title, text, null, null, Day.AddHours(hour), "en", Day.AddHours(hour));

    private static Task<AbsorbResult> Absorb(IStoryGrain story, Article article) =>
        story.Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));

    [Fact]
    public async Task a_lead_sentence_stands_in_until_a_real_headline_arrives_and_the_change_is_pushed()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-headline-1");
        await Absorb(story, Make("hl-lead", string.Empty,
            "KESSFORD, April 8 (Valley Wire) - A lightning strike set fire to the thatched roof of the Kessford mill museum overnight, and volunteers carried out most of the old looms before the roof fell in.", 0));
        var before = (await story.GetView())!;

        await Absorb(story, Make("hl-real", "Lightning fire guts Kessford mill museum, looms saved",
            "Volunteers saved most of the old looms when a lightning fire destroyed the thatched roof of the Kessford mill museum.", 2));

        var after = (await story.GetView())!;
        before.Title.ShouldStartWith("A lightning strike set fire");
        after.Title.ShouldBe("Lightning fire guts Kessford mill museum, looms saved");
        var delta = (await story.GetChangesSince(before.Version)).Deltas.ShouldHaveSingleItem();
        delta.Changes.Title.ShouldBe(after.Title);
    }

    [Fact]
    public async Task a_standing_headline_is_not_replaced_by_one_no_better()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-headline-2");
        await Absorb(story, Make("hl-first", "Ferry strike halts Brenmouth crossings",
            "Ferry crews walked out at Brenmouth, halting all crossings to the islands.", 0));

        await Absorb(story, Make("hl-second", "Brenmouth ferry crossings halted by crew strike",
            "All crossings from Brenmouth to the islands stopped as ferry crews went on strike.", 1));

        (await story.GetView())!.Title.ShouldBe("Ferry strike halts Brenmouth crossings");
    }
}
