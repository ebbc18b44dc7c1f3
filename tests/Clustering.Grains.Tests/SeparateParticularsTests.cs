using Clustering.Abstractions.Stories;
using Clustering.Core.Assignment;
using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Particulars;
using Clustering.Grains.Stories;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Clustering.Grains.Tests;

/// <summary>
/// A story stored before its particulars were one unit kept them in lists of their own (days, blocks,
/// towns, people): on activation they move into the unit once, and the story measures with them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SeparateParticularsTests(ClusterFixture fixture)
{
    private static readonly int Day = new DateOnly(2024, 9, 14).DayNumber;

    /// <summary>A story as it was stored before the unit: its particulars in the old lists, the unit empty.</summary>
    private static StoryState StoredBefore() => new()
    {
        Title = "Cyclist hurt on Wrenfield Avenue",
        Version = 1,
        Created = new DateTimeOffset(2024, 9, 14, 18, 0, 0, TimeSpan.Zero),
        Updated = new DateTimeOffset(2024, 9, 14, 18, 0, 0, TimeSpan.Zero),
        Articles = [new StoryArticle { Id = "wren-1", Title = "Cyclist hurt on Wrenfield Avenue" }],
        EventDays = [Day],
        Addresses = ["1300 wrenfield"],
        Towns = ["dunmer"],
        Persons = ["perrin ashgrove"],
        PersonArticles = [1],
        PersonAged = [true],
    };

    [Fact]
    public void the_old_lists_move_into_the_unit_once_and_are_let_go()
    {
        var state = StoredBefore();

        state.MoveSeparateParticulars();
        state.MoveSeparateParticulars();

        state.Particulars.Of(EventDays.Kind).ShouldBe([Day]);
        state.Particulars.Of(StreetAddresses.Kind).ShouldBe(["1300 wrenfield"]);
        state.Particulars.Of(Towns.Kind).ShouldBe(["dunmer"]);
        state.Particulars.Of(StoryPersons.Kind).Keys.ShouldBe(["perrin ashgrove"]);
        state.Particulars.Of(StoryPersons.Kind).Counts.ShouldBe([1], "moved once, not counted twice");
        state.Particulars.Of(StoryPersons.Kind).Aged.ShouldBe([true]);
        state.EventDays.ShouldBeNull();
        state.Addresses.ShouldBeNull();
        state.Towns.ShouldBeNull();
        state.Persons.ShouldBeNull();
        state.PersonArticles.ShouldBeNull();
        state.PersonAged.ShouldBeNull();
    }

    [Fact]
    public async Task a_story_stored_before_the_unit_measures_with_its_old_particulars_once_activated()
    {
        var story = fixture.Client.GetGrain<IStoryGrain>("s-stored-before-particulars");
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Stories);
        await storage.WriteStateAsync("story", story.GetGrainId(), new GrainState<StoryState>(StoredBefore()));
        var article = new ArticleFeatures(TermVector.Empty, new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.Zero))
        {
            Particulars = ArticleParticulars.None
                .With(EventDays.Kind, [Day])
                .With(StreetAddresses.Kind, ["1300 wrenfield"])
                .With(Towns.Kind, ["fallow"])
                .With(StoryPersons.Kind, new PersonMentions(["perrin ashgrove"], [2], [false])),
        };

        var measured = MatchMeasures.FromVector(await story.Match(article));

        measured.EventDayKnown.ShouldBe(1f, "the story's stored day is known");
        measured.LogEventDaysApart.ShouldBe(0f);
        measured.SharedAddress.ShouldBe(1f, "the story's stored block is the article's");
        measured.OtherPlace.ShouldBe(1f, "the story's stored town is not the article's");
        measured.SharedPerson.ShouldBe(1f, "the story's stored person, with an age, is named by no other story");
    }
}
