using Clustering.Core.Articles;
using Clustering.Core.Facts;
using Clustering.Core.Packs.General;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Facts;

public class ImpliedCasualtiesTests
{
    private static readonly DateTimeOffset Day = new(2031, 6, 2, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Quantity> Read(string title, string text) =>
        ArticleReading.Read(new Article("a", title, text, null, "Test", Day, "en", Day), ReadingParts.Quantities).Quantities;

    [Fact]
    public void a_death_told_without_a_number_stands_for_one_killed()
    {
        var quantities = Read("Sheriff: Kessford teen's shooting death was an accident",
            "Jordan Vale, 15, was taken to the county hospital, where he was pronounced dead, the sheriff's office said.");

        var killed = quantities.Single(q => q.Slot == "killed");
        killed.Value.ShouldBe(1);
        killed.Role.ShouldBe(QuantityRole.Implied);
        CasualtyCount.Of(quantities).ShouldBe((1d, null));
    }

    [Theory]
    [InlineData("Officials raise death toll from warehouse fire", "Firefighters were still searching the site on Monday.")]
    [InlineData("Search goes on at collapsed hotel", "One dancer is still missing, and it is not known whether she is dead or alive.")]
    public void a_toll_without_its_figure_or_a_doubt_of_a_death_implies_no_one_killed(string title, string text)
    {
        Read(title, text).ShouldNotContain(q => q.Slot == "killed");
    }

    [Fact]
    public void a_guest_feared_dead_implies_no_death()
    {
        Read("Blaze guts harbour inn", "A fire swept through the Harbour Inn overnight. One guest is feared dead, firefighters said.")
            .ShouldNotContain(q => q.Slot == "killed");
        Read("Blaze guts harbour inn", "A fire swept through the Harbour Inn overnight. One guest is dead, firefighters said.")
            .ShouldContain(q => q.Slot == "killed" && q.Value == 1);
    }

    [Fact]
    public void a_death_in_an_earlier_event_stands_for_no_one_killed_in_this_one()
    {
        var quantities = Read("Tremor shakes Norwick valley",
            "A moderate tremor shook the Norwick valley on Monday, injuring three people. Last year an earthquake in the same valley killed 40.");

        quantities.ShouldNotContain(q => q.Slot == "killed");
        quantities.ShouldContain(q => q.Slot == "injured" && q.Value == 3);
    }

    [Fact]
    public void an_earlier_events_toll_is_not_the_articles_own_when_the_article_tells_of_a_death_of_its_own()
    {
        var quantities = Read("Fever cluster grows in Harrowmere as second patient dies",
            "Health officials in Harrowmere said on Thursday that the fever cluster had spread to more streets.\n\n"
            + "The country's last big outbreak, in the port of Selby in 2016, infected 41 people and killed five.");

        var killed = quantities.Single(q => q.Slot == "killed");
        killed.Value.ShouldBe(2, "the second patient to die is the second dead");
        killed.Role.ShouldBe(QuantityRole.Implied);
    }

    [Fact]
    public void the_deadliest_since_a_year_measures_this_event_and_keeps_its_toll()
    {
        var quantities = Read("Dunmere buries its dead",
            "Funerals were held across Dunmere on Friday.\n\nThe blast, which killed 14 people and wounded 18, was the deadliest in the region since 2017.");

        quantities.ShouldContain(q => q.Slot == "killed" && q.Value == 14);
        quantities.ShouldContain(q => q.Slot == "injured" && q.Value == 18);
    }

    [Fact]
    public void the_worst_since_a_year_when_another_crash_killed_tells_of_that_crash()
    {
        var quantities = Read("Airliner crashes near Dunmere, killing all 60 aboard",
            "An airliner crashed near Dunmere on Tuesday, killing all 60 people aboard.\n\nIt was the country's worst air disaster since 2009, when a crash in the north killed 71 people.");

        quantities.ShouldNotContain(q => q.Value == 71);
        quantities.ShouldContain(q => q.Slot == "killed" && q.Value == 60);
    }

    [Theory]
    [InlineData("Third death in Harrowmere fever cluster", "Health officials said on Monday that the cluster had spread.", 3)]
    [InlineData("Harrowmere fever: the second man died", "Health officials said on Monday that the cluster had spread.", 1)]
    public void an_ordinal_that_opens_a_death_counts_the_dead_so_far_and_the_second_of_a_group_does_not(string title, string text, double dead)
    {
        Read(title, text).Single(q => q.Slot == "killed").Value.ShouldBe(dead);
    }

    [Fact]
    public void a_victim_shot_and_not_killed_stands_for_one_injured()
    {
        var quantities = Read("Accidental shooting in Dunmore",
            "Deputies said the boy found his father's pistol in a drawer. He is in stable condition at the children's hospital.");

        quantities.Single().ShouldSatisfyAllConditions(
            q => q.Slot.ShouldBe("shot"),
            q => q.Role.ShouldBe(QuantityRole.Implied));
        CasualtyCount.Of(quantities).ShouldBe((null, 1d));
    }

    [Fact]
    public void a_stated_count_leaves_nothing_to_imply()
    {
        var quantities = Read("Two killed in shooting on Elm Street",
            "Two men were killed late on Friday. One of the victims died at the scene.");

        quantities.ShouldAllBe(q => q.Role != QuantityRole.Implied);
        CasualtyCount.Of(quantities).Killed.ShouldBe(2);
    }

    [Fact]
    public void a_denial_is_not_a_death_or_a_wound_but_a_stated_zero()
    {
        Read("Shots fired at house on Elm Street", "Police said no one was hurt and nobody was killed.")
            .Select(q => (q.Slot, q.Value, q.Role)).OrderBy(q => q.Slot)
            .ShouldBe([("injured", 0d, QuantityRole.Stated), ("killed", 0d, QuantityRole.Stated)]);
    }

    [Theory]
    [InlineData("Suspect charged in fatal Kessford park shooting", "Police arrested a suspect on Monday.")]
    [InlineData("Family says deadly motel shooting was an accident", "Relatives spoke to reporters on Monday.")]
    [InlineData("Teen charged", "A teenager faces charges after shooting and killing Jon Roe while playing with a rifle.")]
    public void a_fatal_shooting_or_a_killing_without_a_number_is_one_killed(string title, string text)
    {
        Read(title, text).ShouldContain(q => q.Slot == "killed" && q.Value == 1 && q.Role == QuantityRole.Implied);
    }

    [Theory]
    [InlineData("Police said the bullets nearly killed the man.")]
    [InlineData("The family has received death threats since the shooting.")]
    [InlineData("Doctors said the wound would not be fatal.")]
    [InlineData("He faces a charge of careless discharge causing injury or death.")]
    [InlineData("Earlier that night a cook was stabbed to death behind the diner.")]
    [InlineData("The caller said her brother was bleeding to death on the porch.")]
    public void words_of_death_that_tell_of_no_death_imply_no_killed(string text)
    {
        Read("Shooting on Elm Street", text).ShouldNotContain(q => q.Slot == "killed");
    }

    [Fact]
    public void a_death_far_below_the_opening_is_not_the_article_s_victim()
    {
        var opening = string.Concat(Enumerable.Repeat("The council debated a new gun storage ordinance on Monday evening. ", 12));

        Read("Council debates gun storage", opening + "Last year a similar case ended in death.").ShouldNotContain(q => q.Slot == "killed");
    }

    [Fact]
    public void one_who_took_his_own_life_is_one_killed()
    {
        var quantities = Read("Student takes own life in school parking lot, no one else hurt",
            "Deputies said the student fired a single shot in the parking lot before classes began.");

        quantities.ShouldContain(q => q.Slot == "killed" && q.Value == 1 && q.Role == QuantityRole.Implied);
        quantities.ShouldNotContain(q => q.Slot == "shot");
    }

    [Fact]
    public void a_headline_that_says_someone_shoots_tells_of_one_hurt()
    {
        var quantities = Read("Boy, 6, shoots self in foot with uncle's rifle", string.Empty);

        quantities.ShouldContain(q => q.Slot == "shot" && q.Value == 1 && q.Role == QuantityRole.Implied);
        CasualtyCount.Of(quantities).ShouldBe((null, 1d));
    }
}
