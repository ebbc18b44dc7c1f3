using System.Text.Json;
using Clustering.Core.Articles;
using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Core.Tests.Particulars;

/// <summary>
/// A story's particulars are one unit: an article gives every kind at once, a story adds, merges,
/// stores and measures them in one call each, and each kind keeps its own bound.
/// </summary>
public class StoryParticularsTests
{
    private static readonly DateTimeOffset Published = new(2024, 9, 14, 18, 0, 0, TimeSpan.Zero);

    private static ArticleFeatures Read(string title, string text) =>
        new FeatureExtractor(new TermStatistics()).Extract(new Article("p1", title, text, Url: null, Source: "Marlow Star", Published, "en", Published));

    [Fact]
    public void an_article_gives_its_days_blocks_towns_and_people_in_one_unit()
    {
        var features = Read("Cyclist hurt in Dunmere crash",
            "DUNMERE — A cyclist, Perrin Ashgrove, 41, was hurt on Saturday, Sept. 14, in the 1300 block of Wrenfield Avenue, "
            + "Dunmere police said. He was taken to hospital with a broken arm.");

        var given = features.Particulars;

        given.Of(EventDays.Kind).ShouldBe([new DateOnly(2024, 9, 14).DayNumber]);
        given.Of(StreetAddresses.Kind).ShouldBe(["1300 wrenfield"]);
        given.Of(Towns.Kind).ShouldContain("dunmer");
        given.Of(StoryPersons.Kind).Keys.ShouldBe(["perrin ashgrove"]);
        given.Of(StoryPersons.Kind).Aged.ShouldBe([true]);
    }

    [Fact]
    public void each_kind_keeps_an_articles_particulars_by_its_own_bound()
    {
        var story = new StoryParticulars();

        for (var i = 0; i < EventDays.PerStory + 4; i++)
        {
            story.Add(ArticleParticulars.None.With(EventDays.Kind, [1000 + i]).With(StreetAddresses.Kind, [$"{i}00 quill"]));
        }

        story.Of(EventDays.Kind).Count.ShouldBe(EventDays.PerStory);
        story.Of(EventDays.Kind)[0].ShouldBe(1000);
        story.Of(StreetAddresses.Kind).Count.ShouldBe(StreetAddresses.PerStory);
        story.Of(Towns.Kind).ShouldBeEmpty();
    }

    [Fact]
    public void a_merge_adds_what_the_other_story_kept_and_its_copy_is_its_own()
    {
        var story = new StoryParticulars();
        story.Add(ArticleParticulars.None.With(Towns.Kind, ["dunmer"]));
        var other = new StoryParticulars();
        other.Add(ArticleParticulars.None.With(Towns.Kind, ["dunmer", "fallow"]).With(EventDays.Kind, [1200]));

        var handed = other.Copy();
        other.Add(ArticleParticulars.None.With(Towns.Kind, ["later"]));
        story.Merge(handed);

        story.Of(Towns.Kind).ShouldBe(["dunmer", "fallow"]);
        story.Of(EventDays.Kind).ShouldBe([1200]);
    }

    [Fact]
    public void a_story_measured_as_an_article_gives_its_days_blocks_and_towns_but_not_its_people()
    {
        var story = new StoryParticulars();
        story.Add(ArticleParticulars.None
            .With(EventDays.Kind, [1200])
            .With(StreetAddresses.Kind, ["1300 wrenfield"])
            .With(Towns.Kind, ["dunmer"])
            .With(StoryPersons.Kind, new PersonMentions(["perrin ashgrove"], [1], [true])));

        var asArticle = story.AsArticle();

        asArticle.Of(EventDays.Kind).ShouldBe([1200]);
        asArticle.Of(StreetAddresses.Kind).ShouldBe(["1300 wrenfield"]);
        asArticle.Of(Towns.Kind).ShouldBe(["dunmer"]);
        asArticle.Of(StoryPersons.Kind).ShouldBe(PersonMentions.None, "a story's counts are not how many articles had named someone when one came");
    }

    [Fact]
    public void stored_particulars_read_back_the_same()
    {
        var story = new StoryParticulars();
        story.Add(ArticleParticulars.None
            .With(EventDays.Kind, [1200, 1201])
            .With(Towns.Kind, ["dunmer"])
            .With(StoryPersons.Kind, new PersonMentions(["perrin ashgrove", "ilse warrender"], [1, 3], [true, false])));

        var back = JsonSerializer.Deserialize<StoryParticulars>(JsonSerializer.Serialize(story)).ShouldNotBeNull();

        back.Of(EventDays.Kind).ShouldBe([1200, 1201]);
        back.Of(StreetAddresses.Kind).ShouldBeEmpty();
        back.Of(Towns.Kind).ShouldBe(["dunmer"]);
        back.Of(StoryPersons.Kind).Keys.ShouldBe(["perrin ashgrove", "ilse warrender"]);
        back.Of(StoryPersons.Kind).Counts.ShouldBe([1, 1]);
        back.Of(StoryPersons.Kind).Aged.ShouldBe([true, false]);
    }

    [Fact]
    public void stored_particulars_of_a_kind_no_longer_known_are_skipped_and_a_kind_not_stored_starts_empty()
    {
        const string Stored = """{"days":[1200],"harbours":{"keys":["quay"],"depth":[4]},"towns":["dunmer"]}""";

        var back = JsonSerializer.Deserialize<StoryParticulars>(Stored).ShouldNotBeNull();

        back.Of(EventDays.Kind).ShouldBe([1200]);
        back.Of(Towns.Kind).ShouldBe(["dunmer"]);
        back.Of(StreetAddresses.Kind).ShouldBeEmpty();
        back.Of(StoryPersons.Kind).Keys.ShouldBeEmpty();
    }

    [Fact]
    public void an_articles_particulars_read_back_the_same()
    {
        var given = ArticleParticulars.None
            .With(StreetAddresses.Kind, ["1300 wrenfield"])
            .With(StoryPersons.Kind, new PersonMentions(["perrin ashgrove"], [2], [true]));

        var back = JsonSerializer.Deserialize<ArticleParticulars>(JsonSerializer.Serialize(given)).ShouldNotBeNull();

        back.Of(StreetAddresses.Kind).ShouldBe(["1300 wrenfield"]);
        back.Of(EventDays.Kind).ShouldBeEmpty();
        back.Of(StoryPersons.Kind).Keys.ShouldBe(["perrin ashgrove"]);
        back.Of(StoryPersons.Kind).Articles.ShouldBe([2]);
    }

    [Fact]
    public void every_kind_is_stored_under_a_name_of_its_own()
    {
        var names = ParticularKinds.All.Select(kind => kind.Name).ToArray();

        names.Distinct(StringComparer.Ordinal).Count().ShouldBe(names.Length);
        names.ShouldAllBe(name => name.Length > 0);
    }

    [Fact]
    public void stories_that_kept_nothing_of_a_kind_each_keep_their_own_once_they_do()
    {
        var keeping = new StoryParticulars();
        var other = new StoryParticulars();
        other.Add(ArticleParticulars.None.With(EventDays.Kind, [1200]));

        keeping.Add(ArticleParticulars.None.With(Towns.Kind, ["dunmer"]).With(StoryPersons.Kind, new PersonMentions(["perrin ashgrove"], [1], [true])));
        keeping.Of(StreetAddresses.Kind).Add("1300 wrenfield");

        other.Of(Towns.Kind).ShouldBeEmpty();
        other.Of(StreetAddresses.Kind).ShouldBeEmpty();
        other.Of(StoryPersons.Kind).Keys.ShouldBeEmpty();
        new StoryParticulars().AsArticle().Of(Towns.Kind).ShouldBeEmpty();
        keeping.Of(Towns.Kind).ShouldBe(["dunmer"]);
        keeping.Of(StreetAddresses.Kind).ShouldBe(["1300 wrenfield"]);
    }

    [Fact]
    public void a_story_that_kept_some_kinds_and_not_others_reads_back_from_json_as_it_was()
    {
        var story = new StoryParticulars();
        story.Add(ArticleParticulars.None.With(Towns.Kind, ["dunmer"]));

        var read = JsonSerializer.Deserialize<StoryParticulars>(JsonSerializer.Serialize(story))!;
        read.Of(EventDays.Kind).Add(1300);

        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(story).Replace("\"days\":[]", "\"days\":[1300]", StringComparison.Ordinal));
        read.Of(Towns.Kind).ShouldBe(["dunmer"]);
        story.Of(EventDays.Kind).ShouldBeEmpty();
    }
}
