using Clustering.Core.Cleaning;
using Clustering.Core.Features;

namespace Clustering.Core.Tests.Features;

/// <summary>
/// Where an article says it happened: its dateline, "in Holtby" in a sentence-case headline, "Holtby
/// police". Kept as the stems its terms use, so a story's words can be asked whether they name it.
/// </summary>
public class TownsTests
{
    private const string Lead = "A woman was wounded late on Friday after an argument outside a corner shop, officers said.";

    [Fact]
    public void a_dateline_names_its_place_without_the_state_or_the_credit()
    {
        Dateline.Place("HOLTBY, Ore. (KXYZ) — A woman was wounded late on Friday.").ShouldBe("HOLTBY");
        Dateline.Place("BRANDPORT -- Two men were hurt in a quarrel on Sunday.").ShouldBe("BRANDPORT");
        Dateline.Place("(Wire) — Two men were hurt in a quarrel on Sunday.").ShouldBe(string.Empty);
        Dateline.Place("Two men were hurt in a quarrel on Sunday.").ShouldBe(string.Empty);
    }

    [Fact]
    public void the_cleaned_page_keeps_the_place_its_dateline_named()
    {
        var cleaned = PageCleaner.Clean("Woman wounded outside a shop", "HOLTBY (KXYZ) — " + Lead);

        cleaned.DatelinePlace.ShouldBe("HOLTBY");
        cleaned.Lead.ShouldNotStartWith("HOLTBY");
    }

    [Fact]
    public void the_dateline_a_sentence_case_headline_and_the_town_police_each_name_a_town()
    {
        Towns.Of("Woman wounded outside a shop", Lead, "HOLTBY").ShouldBe(["holtby"]);
        Towns.Of("Woman wounded outside a shop in Maple Falls", Lead, string.Empty).ShouldBe(["mapl fall"]);
        Towns.Of("Woman wounded outside a shop", "Ostwick police said a woman was wounded late on Friday.", string.Empty).ShouldBe(["ostwick"]);
    }

    [Fact]
    public void a_compass_word_before_a_town_is_part_of_the_town_only_when_nothing_else_is_a_name()
    {
        Towns.Of("Two hurt in a quarrel in East Holtby", Lead, string.Empty).ShouldBe(["holtby"]);
        Towns.Of("Two hurt in a quarrel in West Valley", Lead, string.Empty).ShouldBe(["west valley"]);
    }

    [Fact]
    public void states_counties_streets_and_holidays_are_no_towns()
    {
        Towns.Of("Two hurt in a quarrel in Oregon", Lead, string.Empty).ShouldBeEmpty();
        Towns.Of("Two hurt in a quarrel in Dunmore County", Lead, string.Empty).ShouldBeEmpty();
        Towns.Of("Two hurt in a quarrel on Quarry Lane", "State police said two men were hurt on Quarry Lane.", string.Empty).ShouldBeEmpty();
        Towns.Of("Two hurt in Easter quarrel", Lead, "UPDATE").ShouldBeEmpty();
    }

    [Fact]
    public void a_title_case_headline_names_a_town_only_where_its_clause_ends_with_it()
    {
        Towns.Of("Man Shot In Arm Walking Home", Lead, string.Empty).ShouldBeEmpty();
        Towns.Of("Man Shot in Maple Falls, Police Say", Lead, string.Empty).ShouldBe(["mapl fall"]);
    }

    [Fact]
    public void a_headline_without_a_report_gives_no_town()
    {
        Towns.Of("Woman wounded outside a shop in Maple Falls", string.Empty, string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void a_story_keeps_the_towns_of_its_first_articles_only()
    {
        var story = new List<string>();
        for (var i = 0; i < Towns.PerStory + 5; i++)
        {
            Towns.Kind.Add(story, ["holtby", $"town{i}"]);
        }

        story.Count.ShouldBe(Towns.PerStory);
        story.Count(town => town == "holtby").ShouldBe(1);
    }

    [Fact]
    public void two_towns_no_word_of_either_side_ties_together_disagree()
    {
        var article = new TermVector(["holtby", "shop", "wound"], [1f, 1f, 1f]);
        var story = new TermVector(["brandport", "shop", "wound"], [1f, 1f, 1f]);

        Towns.Disagree(["holtby"], article, ["brandport"], story, [story]).ShouldBeTrue();
    }

    [Fact]
    public void a_follow_up_datelined_at_the_county_seat_that_names_the_town_of_the_shooting_agrees()
    {
        var article = new TermVector(["brandport", "courtvill", "trial"], [1f, 1f, 1f]);
        var story = new TermVector(["brandport", "shop", "wound"], [1f, 1f, 1f]);

        Towns.Disagree(["courtvill"], article, ["brandport"], story, [story]).ShouldBeFalse();
    }

    [Fact]
    public void a_story_whose_words_name_the_articles_town_agrees()
    {
        var article = new TermVector(["holtby", "shop"], [1f, 1f]);
        var member = new TermVector(["brandport", "holtby", "shop"], [1f, 1f, 1f]);

        Towns.Disagree(["holtby"], article, ["brandport"], TermVector.Empty, [member]).ShouldBeFalse();
    }

    [Fact]
    public void a_town_within_the_other_sides_town_agrees()
    {
        Towns.Disagree(["fall"], TermVector.Empty, ["mapl fall"], TermVector.Empty, []).ShouldBeFalse();
    }

    [Fact]
    public void nothing_is_known_when_either_side_names_no_town()
    {
        Towns.Disagree([], TermVector.Empty, ["brandport"], TermVector.Empty, []).ShouldBeFalse();
        Towns.Disagree(["holtby"], TermVector.Empty, [], TermVector.Empty, []).ShouldBeFalse();
    }
}
