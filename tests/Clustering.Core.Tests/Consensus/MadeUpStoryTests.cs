using System.Text.Json;
using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>Invented events, a few sentences each, that put one rule of the ledger to the test.</summary>
public class MadeUpStoryTests
{
    private static readonly DateTimeOffset Morning = new(2031, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private const string WireStory =
        "DUNMORE (AP) — Twelve people were killed when fire swept through a textile warehouse in Dunmore on Tuesday, the county fire marshal said.\n"
        + "The blaze started shortly after midnight in a storage room on the ground floor and spread to the upper floors within minutes.\n"
        + "Firefighters from four neighbouring towns needed six hours to bring the flames under control.\n"
        + "The cause of the fire is under investigation, and the owner of the building could not be reached for comment.";

    private static LedgerChange Add(StoryLedger ledger, string id, string source, DateTimeOffset time, string title, string text)
    {
        var article = new Article(id, title, text, null, source, time, "en", time);
        return ledger.AddArticle(id, source, time, ArticleReading.Read(article));
    }

    [Fact]
    public void a_syndicated_copy_does_not_outvote_independent_reports()
    {
        var ledger = new StoryLedger();
        Add(ledger, "wire", "AP", Morning, "Fire kills 12 in Dunmore warehouse", WireStory);
        Add(ledger, "reprint-1", "Dunmore Gazette", Morning.AddMinutes(20), "Fire kills 12 in Dunmore warehouse", WireStory + "\nCopyright 2031 The Associated Press.");
        Add(ledger, "reprint-2", "Valley Herald", Morning.AddMinutes(30), "Warehouse fire in Dunmore", WireStory);
        Add(ledger, "radio", "Dunmore Radio", Morning.AddMinutes(40), "Warehouse blaze toll",
            "Hospital staff told our reporter that 15 people died in the Dunmore warehouse blaze, and that rescuers were still searching the basement late into the morning.");
        Add(ledger, "daily", "Northern Daily", Morning.AddMinutes(50), "Dunmore mourns",
            "Town officials confirmed that 15 people were killed in the warehouse fire. Relatives gathered outside the community hall where lists of the victims were read aloud.");

        ledger.Article("reprint-1")!.CopyOf.ShouldBe("wire");
        ledger.Article("reprint-2")!.CopyOf.ShouldBe("wire");
        ledger.IndependentSourceCount.ShouldBe(3);
        var killed = ledger.Fact("killed")!;
        var twelve = killed.Values.Single(v => v.Value == 12);
        twelve.Sources.Count.ShouldBe(3);
        twelve.IndependentSources.ShouldBe(1);
        killed.Values.Single(v => v.Value == 15).IndependentSources.ShouldBe(2);
        killed.Consensus.Value.ShouldBe(15);
        killed.Consensus.Explanation.ShouldContain("Dunmore Gazette copies AP");
        killed.Consensus.Explanation.ShouldContain("stated by Dunmore Radio, Northern Daily");
    }

    [Fact]
    public void a_toll_that_rises_through_the_day_is_an_update_not_a_conflict()
    {
        var ledger = new StoryLedger();
        Add(ledger, "early", "Coast Times", Morning, "Ferry capsizes off Varra",
            "Rescuers said 60 people were killed when a ferry capsized off the island of Varra before dawn.");
        Add(ledger, "noon", "Island Radio", Morning.AddHours(5), "Varra ferry toll",
            "The coast guard said 72 people were killed in the ferry disaster as divers recovered more bodies from the hull.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(72);
        killed.Consensus.Explanation.ShouldContain("Coast Times");
        killed.Consensus.Explanation.ShouldNotContain("early");
        ledger.ConflictCount.ShouldBe(0);
    }

    [Fact]
    public void independent_sources_that_disagree_at_the_same_time_are_a_conflict()
    {
        var ledger = new StoryLedger();
        Add(ledger, "police", "Metro News", Morning, "Bridge collapse",
            "Police said 4 people were killed when the old rail bridge at Kessford collapsed during the evening rush.");
        var change = Add(ledger, "hospital", "City Channel", Morning.AddMinutes(30), "Kessford bridge",
            "Hospital officials said 9 people were killed in the collapse of the Kessford rail bridge, and dozens were treated for cuts.");

        change.ChangedSlots.ShouldContain("killed");
        ledger.Fact("killed")!.Status.ShouldBe(FactStatus.Conflict);
        ledger.ConflictCount.ShouldBe(1);
    }

    [Fact]
    public void a_lower_bound_and_an_estimate_that_overlap_are_compatible()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "One", Morning, "Deployment", "The ministry said more than 10,000 troops were sent to the border region this spring.");
        Add(ledger, "b", "Two", Morning.AddMinutes(10), "Deployment", "Analysts estimate that around 15,000 soldiers have been deployed along the northern border.");

        var troops = ledger.Fact("troops")!;
        troops.Status.ShouldBe(FactStatus.Compatible);
        troops.Consensus.Value.ShouldBe(15_000);
    }

    [Fact]
    public void the_wounded_are_those_shot_and_not_killed_when_no_article_names_them()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Kessford Post", Morning, "Bar shooting", "Five people were shot outside a bar in Kessford late on Friday, police said.");
        var change = Add(ledger, "second", "Kessford Radio", Morning.AddHours(1), "Bar shooting", "One man was killed in the shooting outside the Kessford bar, police said.");

        change.ChangedSlots.ShouldContain("injured");
        var injured = ledger.Fact("injured")!;
        injured.Consensus.Value.ShouldBe(4);
        injured.Consensus.Rule.ShouldStartWith("derived");
        injured.Values.Single().Sources.ShouldBe(["first", "second"]);
    }

    [Fact]
    public void a_different_figure_weeks_later_disagrees_but_does_not_replace_the_first_reports()
    {
        var ledger = new StoryLedger();
        Add(ledger, "day-one", "Metro News", Morning, "Bridge collapse", "Police said 4 people were killed when the old rail bridge at Kessford collapsed.");
        Add(ledger, "day-one-b", "City Channel", Morning.AddHours(2), "Kessford bridge", "Four people were killed when the Kessford rail bridge collapsed on Tuesday.");
        Add(ledger, "month-later", "Weekly", Morning.AddDays(30), "Bridge inquiry", "The inquiry heard that 9 people were killed in bridge failures across the region in ten years.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Conflict);
        killed.Consensus.Value.ShouldBe(4);
    }

    [Fact]
    public void adding_an_article_twice_changes_nothing()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "One", Morning, "Fire", WireStory).Any.ShouldBeTrue();
        Add(ledger, "a", "One", Morning, "Fire", WireStory).ShouldBe(LedgerChange.None);
        ledger.Articles.Count.ShouldBe(1);
    }

    [Fact]
    public void a_ledger_restored_from_its_state_as_json_reads_the_same()
    {
        var ledger = new StoryLedger();
        Add(ledger, "wire", "AP", Morning, "Fire kills 12 in Dunmore warehouse", WireStory);
        Add(ledger, "reprint", "Gazette", Morning.AddMinutes(5), "Fire kills 12", WireStory);
        Add(ledger, "radio", "Radio", Morning.AddHours(6), "Toll rises", "Officials said 15 people were killed in the Dunmore warehouse fire on Tuesday.");

        var json = JsonSerializer.Serialize(ledger.State);
        var restored = StoryLedger.FromState(JsonSerializer.Deserialize<LedgerState>(json)!);

        JsonSerializer.Serialize(restored.Facts).ShouldBe(JsonSerializer.Serialize(ledger.Facts));
        JsonSerializer.Serialize(restored.Articles).ShouldBe(JsonSerializer.Serialize(ledger.Articles));
        JsonSerializer.Serialize(restored.Timeline).ShouldBe(JsonSerializer.Serialize(ledger.Timeline));
        JsonSerializer.Serialize(restored.Entities).ShouldBe(JsonSerializer.Serialize(ledger.Entities));
        JsonSerializer.Serialize(restored.Quotes).ShouldBe(JsonSerializer.Serialize(ledger.Quotes));
        // The restored ledger keeps judging copies against what it had.
        Add(restored, "reprint-2", "Herald", Morning.AddHours(7), "Fire kills 12", WireStory).Article!.CopyOf.ShouldBe("wire");
    }

    [Fact]
    public void a_death_no_article_counts_is_one_killed_until_an_article_counts()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Valley Herald", Morning, "Kessford park shooting death under investigation",
            "Jordan Vale, 17, died at the county hospital on Tuesday night, the sheriff's office said.");
        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);

        Add(ledger, "count", "Metro News", Morning.AddHours(1), "Kessford park shooting",
            "Deputies said two people were killed in the shooting near the Kessford park on Tuesday.");

        var killed = ledger.Fact("killed")!;
        killed.Consensus.Value.ShouldBe(2);
        killed.Values.ShouldHaveSingleItem().Value.ShouldBe(2);
    }

    [Fact]
    public void a_victim_shot_one_day_and_dead_the_next_is_one_killed_and_none_injured()
    {
        var ledger = new StoryLedger();
        Add(ledger, "shot", "Valley Herald", Morning, "Accidental shooting in Dunmore",
            "Deputies said the boy found a pistol in a drawer in Dunmore. He is in critical condition at the children's hospital.");
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);

        Add(ledger, "died", "Metro News", Morning.AddDays(1), "Dunmore accidental shooting ends in death",
            "The boy who found a pistol in a drawer in Dunmore died on Wednesday, deputies said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(0);
    }

    [Fact]
    public void the_worst_of_the_wounded_are_all_the_wounded_when_no_other_count_is_given()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Night of gunfire in Kessford",
            "A shooting outside a bakery in Kessford left one man dead and four seriously wounded, police said.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(4);
        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void victims_listed_in_turn_are_not_summed_again()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Three killed, two hurt in Kessford",
            "A gunman killed three people and injured two others in Kessford on Saturday.\n"
            + "A man in his 70s and two women were found dead in the house. Two more people were hurt on the porch.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(2);
    }

    [Fact]
    public void a_headline_that_says_more_wounded_does_not_add_to_the_body()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "1 Killed, 5 More Wounded Outside Kessford Bar",
            "A fight outside a bar in Kessford left one person dead and five others wounded early Sunday.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(5);
    }

    [Fact]
    public void one_more_wounded_after_the_dead_is_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Two dead in Kessford shooting",
            "Two men were killed and another wounded in a shooting in Kessford late Friday.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("killed")!.Consensus.Value.ShouldBe(2);
    }

    [Fact]
    public void a_round_up_of_the_weekend_shootings_gives_way_to_the_report_on_the_incident()
    {
        var ledger = new StoryLedger();
        Add(ledger, "incident", "Valley Herald", Morning, "Man shot outside Kessford bakery",
            "A 31-year-old man was shot in the arm outside a bakery in Kessford early Saturday, police said. He is in stable condition.");
        Add(ledger, "round-up", "Metro News", Morning.AddHours(30), "5 dead, 19 wounded in weekend shootings across Kessford",
            "At least 24 people were shot across Kessford over the weekend, five of them fatally, police said.\n"
            + "A 31-year-old man was shot in the arm outside a bakery early Saturday. Two teens were wounded in the 300 block of Alder Street.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("killed").ShouldBeNull();
    }

    [Fact]
    public void a_round_up_alone_still_says_what_it_says()
    {
        var ledger = new StoryLedger();
        Add(ledger, "round-up", "Metro News", Morning, "2 dead, 6 wounded in separate shootings",
            "Two people were killed and six others wounded in separate shootings across Kessford on Friday night, police said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(2);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(6);
    }

    [Fact]
    public void a_smaller_count_of_wounded_further_down_singles_out_some_of_those_shot()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Shooting at Kessford block party",
            "Four people were shot, one fatally, at a block party in Kessford on Saturday night, police said.\n"
            + "Officers found the victims near the pavilion. Two victims remain hospitalized in serious condition.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(3);
    }

    [Fact]
    public void a_victim_also_shot_beside_the_dead_is_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Teen dies after Kessford party shooting",
            "A teenager who was shot at a birthday party in Kessford died on Sunday, deputies said.\n"
            + "A 20-year-old man was also hit during the shooting and is in fair condition.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void others_shot_beside_the_dead_are_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "One dead after Kessford shooting",
            "A man died on Saturday night after a shooting outside a Kessford bar, and four others were shot, police said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(4);
    }

    [Fact]
    public void another_six_wounded_in_a_headline_are_all_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Man killed in shooting that left another six injured",
            "A man died after gunfire broke out at a Kessford cookout on Saturday. Four of the wounded were in stable condition on Sunday.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(6);
    }

    [Fact]
    public void a_fatal_double_shooting_is_one_dead_and_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Police investigate fatal double shooting in Kessford",
            "Officers found a man dead on the sidewalk of Alder Street late Saturday. The second victim was taken to a hospital.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void an_officer_shot_by_a_suspect_who_then_died_is_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Deputy shot in Marlow standoff",
            "A Marlow deputy was shot on Tuesday while serving a warrant. Hours later the suspect was found dead inside the farmhouse, the sheriff said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void a_victim_shot_dead_by_a_gunman_leaves_no_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Clerk dies after Marlow robbery",
            "A store clerk was shot by a robber on Tuesday night and later died at the hospital, police said.");

        ledger.Fact("injured").ShouldBeNull();
    }

    [Fact]
    public void a_wounded_victim_who_dies_the_next_day_leaves_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "day", "Marlow Courier", Morning, "Two hurt in Marlow car park shooting",
            "Two people were wounded when shots were fired in a Marlow car park on Saturday night, police said.");
        Add(ledger, "next", "Valley Herald", Morning.AddDays(1), "Marlow car park shooting victim dies",
            "One of the two people shot in a Marlow car park has died, police said on Sunday. One man died at the hospital and one woman was wounded.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void a_later_report_that_counts_other_victims_does_not_take_from_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "day", "Marlow Courier", Morning, "Two hurt in Marlow car park shooting",
            "Two people were wounded when shots were fired in a Marlow car park on Saturday night, police said.");
        Add(ledger, "next", "Valley Herald", Morning.AddDays(1), "Marlow man charged",
            "A Marlow man has been charged with killing a neighbour in an unrelated dispute last spring, prosecutors said.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(2);
    }

    [Fact]
    public void one_more_in_critical_condition_beside_the_dead_is_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Two dead after shooting at Marlow garage",
            "Two mechanics were killed at a garage in Marlow on Monday night and another is fighting for his life, police said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(2);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void a_named_victim_also_shot_beside_the_dead_is_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Teen killed outside Kessford diner",
            "Gunfire outside a Kessford diner on Friday night killed a 16-year-old. His uncle, Amos Pell, 41, was also shot and was treated for wounds that were not life-threatening.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void one_named_victim_more_is_one_of_the_worst_hurt_already_counted()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Arrest made in Kessford shooting",
            "One man died at a Kessford apartment and three other people were seriously injured, officers said.\n"
            + "Their neighbour, Rita Omond, was also injured and is still in the hospital.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(3);
    }

    [Fact]
    public void two_shooting_victims_one_dead_leave_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "18-year-old dead after Marlow shooting",
            "Gunfire near the Marlow bus depot on Tuesday afternoon killed an 18-year-old. Officers found two shooting victims there, the teenager and a man aged 20.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(1);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void two_dead_shot_along_with_another_leave_one_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Reward offered in Marlow double murder",
            "Detectives have yet to name a suspect in the killing of a mother and her son on Fenn Road late on Tuesday. The two were shot, along with one other woman, outside their house in the 800 block.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(2);
        ledger.Fact("injured")!.Consensus.Value.ShouldBe(1);
    }

    [Fact]
    public void victims_told_one_by_one_in_a_sentence_do_not_outvote_their_number()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Stray rounds hit Marlow home",
            "Three people were grazed by stray rounds in a Marlow home on Friday.\n"
            + "A toddler was grazed in the calf, a driver was hit in one hip and a passenger was grazed on the wrist.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(3);
    }

    [Fact]
    public void a_count_told_in_passing_deep_in_a_later_report_does_not_replace_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Valley Herald", Morning, "Seven wounded in Kessford drive-by",
            "Seven people were hurt on Alder Street in Kessford on Sunday night after gunfire from a moving car, police said.");
        Add(ledger, "arrests", "Kessford Daily", Morning.AddDays(1), "Two arrested after Alder Street shooting",
            "Two men are under arrest over the Alder Street gunfire of Sunday night, Kessford police said. "
            + "Detectives from the county's violent crimes unit worked through the night with officers from two neighbouring towns, "
            + "and the pair were picked up at a roadside motel late on Monday afternoon. "
            + "Each faces charges of attempted murder and armed assault, and a judge will hear their bail request on Wednesday. "
            + "The chief thanked residents who came forward with videos from their porches.\n"
            + "Eight people were taken to Kessford General with injuries after the gunfire, according to the police report.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(7);
        ledger.Fact("injured")!.Status.ShouldNotBe(FactStatus.Updated);
    }

    [Fact]
    public void on_a_tie_the_count_in_the_opening_beats_one_deep_in_the_body()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Marlow Courier", Morning, "Gunfire at Marlow dock bar",
            "Five people were injured when gunfire broke out at a bar near the Marlow docks late on Friday, police said. "
            + "Officers closed the waterfront road for several hours while detectives searched the pier and the parking lot for casings. "
            + "The bar's owner said the trouble began with an argument over a pool game and spilled outside within minutes. "
            + "Neighbours described a long burst of shots followed by sirens, and several said they had asked the city for more patrols on weekend nights.\n"
            + "At a festival on the same pier two summers ago, 42 were injured when a stage collapsed.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(5);
    }

    [Fact]
    public void a_toll_many_times_those_shot_is_not_this_storys_dead_and_takes_none_from_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Six shot outside Kessford arcade",
            "Six people were shot outside an arcade in Kessford late on Friday, police said.\n"
            + "The county has seen a grim year, and 38 people were killed in shootings there since January.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(6);
        ledger.Fact("killed").ShouldBeNull();
    }

    [Fact]
    public void a_toll_a_little_over_those_shot_still_takes_from_the_wounded()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Valley Herald", Morning, "Kessford shooting",
            "Two people were shot outside an arcade in Kessford late on Friday, police said.\n"
            + "Later on Saturday officers said three people were killed in the attack.");

        ledger.Fact("injured").ShouldBeNull();
        ledger.Fact("killed")!.Consensus.Value.ShouldBe(3);
    }
}
