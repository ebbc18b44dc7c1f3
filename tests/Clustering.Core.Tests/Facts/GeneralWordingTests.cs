using Clustering.Core.Facts;

namespace Clustering.Core.Tests.Facts;

/// <summary>How general news words its tolls, read by the general pack alone (no gunfire in these sentences).</summary>
public class GeneralWordingTests
{
    private static (string Slot, double Value) Single(string text)
    {
        var quantity = QuantityExtractor.Extract(text).ShouldHaveSingleItem();
        return (quantity.Slot, quantity.Value);
    }

    [Theory]
    [InlineData("The blast claimed 30 lives in the market.", "killed", 30)]
    [InlineData("At least 12 people lost their lives when the bus plunged into a ravine.", "killed", 12)]
    [InlineData("The number of dead rose to 57 on Friday.", "killed", 57)]
    [InlineData("The death toll from the landslide climbed to 41 overnight.", "killed", 41)]
    [InlineData("The toll now stands at 89 dead.", "killed", 89)]
    [InlineData("Rescuers recovered the bodies of 14 miners.", "killed", 14)]
    [InlineData("The crash killed all 150 people on board.", "killed", 150)]
    [InlineData("Three climbers fell to their deaths on the north face.", "killed", 3)]
    [InlineData("A woman was stabbed to death in her home.", "killed", 1)]
    [InlineData("The attack wounded 35 people, the army said.", "injured", 35)]
    [InlineData("Police detained 45 protesters after the march.", "arrested", 45)]
    [InlineData("Some 300 villagers were evacuated as the river rose.", "displaced", 300)]
    [InlineData("Eleven people remain missing after the landslide.", "missing", 11)]
    [InlineData("The company will lay off 3,000 workers next year.", "jobs", 3000)]
    [InlineData("Divers rescued 9 passengers from the capsized ferry.", "rescued", 9)]
    [InlineData("Seven anglers drowned when the pier gave way.", "killed", 7)]
    [InlineData("The floods have claimed the lives of at least 31 people, the agency said.", "killed", 31)]
    [InlineData("Four kiln workers suffered burns.", "injured", 4)]
    [InlineData("Nine residents were treated for smoke inhalation.", "injured", 9)]
    [InlineData("Two soldiers and a civilian were killed when the shell struck.", "killed", 3)]
    [InlineData("Some 70 passengers were taken to hospitals.", "injured", 70)]
    [InlineData("Divers said 23 bodies were recovered from the wreck.", "killed", 23)]
    [InlineData("Death toll in the valley quake hits 300", "killed", 300)]
    [InlineData("The flood's death toll tops 45 as waters recede.", "killed", 45)]
    [InlineData("Two climbers were rescued with injuries from the gully.", "injured", 2)]
    [InlineData("The death toll from the magnitude 6.2 quake was raised to 21 on Tuesday.", "killed", 21)]
    [InlineData("Nine hikers were unaccounted for after the storm.", "missing", 9)]
    [InlineData("Authorities said the number of injured had risen to 85.", "injured", 85)]
    [InlineData("The number of people hurt in the derailment climbed to 140.", "injured", 140)]
    [InlineData("Fatalities rose to 67 on Thursday.", "killed", 67)]
    [InlineData("The dead reached 40 by nightfall.", "killed", 40)]
    [InlineData("The coach left the road, killing the driver and 11 passengers.", "killed", 12)]
    [InlineData("The plane came down in a field, killing its pilot and three passengers.", "killed", 4)]
    [InlineData("Paramedics treated 23 people at the scene.", "injured", 23)]
    [InlineData("The blaze killed a man and his three sons.", "killed", 4)]
    [InlineData("The toll from the 7.1-magnitude quake rose to 90.", "killed", 90)]
    [InlineData("The number of people killed by the storm that swept the coast early on Sunday had climbed to 64 by nightfall.", "killed", 64)]
    [InlineData("Crews rescued 6 miners with serious burns.", "injured", 6)]
    [InlineData("Officials counted 12 storm-related deaths along the coast.", "killed", 12)]
    [InlineData("Some 3,100 people received treatment for heatstroke.", "injured", 3100)]
    [InlineData("About 230 wedding guests fell ill after the meal.", "injured", 230)]
    [InlineData("Forty hikers were treated at the lodge after the rockfall.", "injured", 40)]
    [InlineData("The number of people who lost their lives is now 46.", "killed", 46)]
    [InlineData("The quake left 2,000 people homeless.", "displaced", 2000)]
    [InlineData("The number of arrests rose to 58 overnight.", "arrested", 58)]
    [InlineData("The number of evacuees has reached 5,400.", "displaced", 5400)]
    [InlineData("The death toll from Sunday's 5.9-magnitude quake, the valley's worst in decades, has reached 61.", "killed", 61)]
    [InlineData("The toll in N. Korean mine collapse hits 80 as rescuers dig.", "killed", 80)]
    [InlineData("Police raised the number of confirmed or presumed dead to 44 on Friday.", "killed", 44)]
    [InlineData("By evening, 120 of the 300 people on the boat were still unaccounted for.", "missing", 120)]
    [InlineData("Two of the 40 passengers died in hospital.", "killed", 2)]
    [InlineData("A turboprop carrying 57 people crashed into a hillside after takeoff, killing everyone aboard, officials said.", "killed", 57)]
    [InlineData("A minibus with 16 passengers plunged into the gorge, killing all on board.", "killed", 16)]
    [InlineData("Coast guard crews plucked 31 people from the sea.", "rescued", 31)]
    [InlineData("The bank will shed 2,000 positions by next spring.", "jobs", 2000)]
    [InlineData("The number of those who were hurt stands at 12.", "injured", 12)]
    [InlineData("The number of passengers injured remains 26.", "injured", 26)]
    [InlineData("How did 40 people die in the warehouse blaze?", "killed", 40)]
    public void a_general_toll_is_read_into_its_slot(string text, string slot, double value)
    {
        Single(text).ShouldBe((slot, value));
    }

    [Theory]
    [InlineData("Could the hill fire really have killed 900 people?")]
    [InlineData("Two men were sentenced to death for the bombing.")]
    [InlineData("The plant employs 500 people.")]
    [InlineData("Officers found the bodies of a man and a woman in a house across town.")]
    [InlineData("No child should have to play outside without fear of losing their life.")]
    [InlineData("The lifeguards saved the lives of 12 swimmers caught in the rip.")]
    [InlineData("A magnitude 5.9 quake shook the coast.")]
    public void wording_that_tells_of_no_toll_counts_nothing(string text)
    {
        QuantityExtractor.Extract(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The slide on the Gorran ridge left four skiers dead.", "killed", 4)]
    [InlineData("Six cyclists were hurt when the stand collapsed.", "injured", 6)]
    [InlineData("Police arrested 14 looters overnight.", "arrested", 14)]
    [InlineData("Three musicians were killed when the stage roof fell.", "killed", 3)]
    public void victims_named_by_what_they_were_doing_are_people_though_no_list_names_them(string text, string slot, double value)
    {
        Single(text).ShouldBe((slot, value));
    }

    [Theory]
    [InlineData("Two tankers were damaged in the storm.")]
    [InlineData("The fire gutted three floors of the tower.")]
    public void things_whose_names_end_like_doers_are_not_people(string text)
    {
        QuantityExtractor.Extract(text).Where(quantity => quantity.Slot is "killed" or "injured" or "arrested").ShouldBeEmpty();
    }
    [Theory]
    [InlineData("About 60 people, including nine firefighters, were injured in the blaze.", "injured", 60)]
    [InlineData("At least 20 pilgrims, most of them elderly, died in the heat.", "killed", 20)]
    [InlineData("Fifteen passengers, four of them children, were hurt when the tram braked.", "injured", 15)]
    [InlineData("Nine villagers, among them a teacher, were killed in the mudslide.", "killed", 9)]
    [InlineData("Two hikers, ages 19 and 23, were hurt by the rockfall.", "injured", 2)]
    [InlineData("Three divers, aged 31, 40, and 52, were injured in the blast.", "injured", 3)]
    [InlineData("Three people, a woman and two men, ages 30 and 44, were rescued from the ridge.", "rescued", 3)]
    public void an_aside_between_commas_leaves_the_count_its_predicate(string text, string slot, double value)
    {
        Single(text).ShouldBe((slot, value));
    }

    [Theory]
    [InlineData("The council set aside 12 million Ostrian crowns for farms hit by the floods.")]
    [InlineData("The board pledged 45 million Kestrian dollars to shops hit by the storm.")]
    public void a_sum_after_a_name_is_no_count_of_the_hurt(string text)
    {
        QuantityExtractor.Extract(text).ShouldNotContain(q => q.Slot == "injured");
        // The same clause over people is read: the absence above is the noun's doing, not a missed predicate.
        QuantityExtractor.Extract("The council helped 12 Ostrian farmers hit by the floods.").ShouldContain(q => q.Slot == "injured" && q.Value == 12);
    }

    [Theory]
    [InlineData("Four climbers are feared dead after the avalanche.", 4)]
    [InlineData("Up to 30 people were feared to have drowned when the barge overturned.", 30)]
    [InlineData("Two fishermen are presumed dead after their boat was found empty.", 2)]
    [InlineData("Six crew members are believed dead.", 6)]
    public void the_feared_dead_are_missing_until_their_deaths_are_known(string text, double value)
    {
        Single(text).ShouldBe(("missing", value));
    }

    [Fact]
    public void those_a_group_is_said_to_include_are_some_of_it_and_no_count_of_their_own()
    {
        QuantityExtractor.Extract("The dead included a teenage boy and a woman who was hit by a stray round.").ShouldBeEmpty();
        Single("The dead included two guards, and 40 people were hurt.").ShouldBe(("injured", 40));
    }

    [Fact]
    public void a_whole_that_its_participle_describes_keeps_its_count_when_a_part_of_it_dies()
    {
        var quantities = QuantityExtractor.Extract("One of the 12 people injured in the blast died on Monday.");

        quantities.ShouldContain(q => q.Slot == "injured" && q.Value == 12);
        quantities.ShouldNotContain(q => q.Slot == "injured" && q.Value == 1);
    }

    [Fact]
    public void the_wounded_who_die_are_dead()
    {
        Single("Two wounded die in hospital").ShouldBe(("killed", 2));
    }

    [Fact]
    public void up_to_after_a_toll_is_where_it_went_and_before_a_count_a_hedge()
    {
        var raised = QuantityExtractor.Extract("The ministry revised the number of wounded up to 81.").ShouldHaveSingleItem();
        (raised.Slot, raised.Value, raised.Qualifier).ShouldBe(("injured", 81d, "exact"));
        QuantityExtractor.Extract("The storm killed up to 40 people.").ShouldHaveSingleItem().Qualifier.ShouldBe("up to");
    }

    [Fact]
    public void a_belief_about_how_the_dead_died_still_counts_them_dead()
    {
        Single("Three children were believed to have died in the fire.").ShouldBe(("killed", 3));
    }

    [Fact]
    public void a_third_person_dead_with_nobody_counted_before_is_three_dead_and_after_others_one_more()
    {
        Single("A third person has died in the fever outbreak, officials said.").ShouldBe(("killed", 3));
        QuantityExtractor.Extract("Two hikers were injured and a third man died on the ridge.").Single(q => q.Slot == "killed").Value.ShouldBe(1);
    }

    [Fact]
    public void bringing_the_total_to_a_figure_counts_in_the_slot_of_the_count_before_it()
    {
        var quantities = QuantityExtractor.Extract("Officials reported three new deaths on Monday, bringing the total to 19.");

        quantities.ShouldContain(q => q.Slot == "killed" && q.Value == 19 && q.Text.StartsWith("bringing", StringComparison.Ordinal));
        QuantityExtractor.Extract("The firm sold 300 homes last year, bringing the total to 5,000.").ShouldNotContain(q => q.Slot == "killed");
    }

    [Fact]
    public void the_dead_as_a_subject_make_a_toll_only_with_a_verb_that_sets_a_count()
    {
        var quantities = QuantityExtractor.Extract("The deaths prompted calls to 10 councils for safer crossings.");
        quantities.ShouldNotContain(q => q.Slot == "killed");
        quantities.ShouldContain(q => q.Value == 10, "the count is read, as the councils'");
    }

    [Fact]
    public void a_figure_followed_by_as_and_another_clause_is_not_that_clauses_count()
    {
        QuantityExtractor.Extract("Fever cases nearly double to 17 as second patient dies").ShouldNotContain(q => q.Value == 17 && q.Slot == "killed");
        Single("Eight others were listed as seriously injured.").ShouldBe(("critically injured", 8));
    }

    [Fact]
    public void a_shooting_reports_bodies_are_left_to_the_shooting_pack_as_they_may_include_the_shooter()
    {
        var quantities = QuantityExtractor.Extract("Deputies said the farmer shot his brother and nephew before turning the gun on himself. Three bodies were found in the barn.");

        quantities.ShouldNotContain(quantity => quantity.Slot == "killed" && quantity.Value == 3);
    }

    [Fact]
    public void the_last_age_of_a_list_is_no_count_of_the_injured()
    {
        var quantities = QuantityExtractor.Extract("Four walkers were hurt. The walkers — ages 22, 26, 29 and 37 — were taken to the hospital.");

        quantities.ShouldNotBeEmpty();
        quantities.ShouldAllBe(quantity => quantity.Value == 4);
    }

    [Theory]
    [InlineData("The flood's death toll tops 45 as waters recede.", "more than")]
    [InlineData("The death toll nears 300, officials said.", "nearly")]
    [InlineData("The death toll rose to 212 on Monday.", "exact")]
    [InlineData("The death toll has topped 90, the ministry said.", "more than")]
    [InlineData("The toll rose to more than 300 overnight.", "more than")]
    public void a_toll_that_tops_or_nears_a_figure_is_hedged_as_its_verb_says(string text, string qualifier)
    {
        var toll = QuantityExtractor.Extract(text).ShouldHaveSingleItem();

        toll.Slot.ShouldBe("killed");
        toll.Qualifier.ShouldBe(qualifier);
    }

    [Fact]
    public void a_count_inside_the_aside_is_no_toll_of_its_own()
    {
        var quantities = QuantityExtractor.Extract("Thirty workers, including 12 welders, were evacuated from the yard.");

        quantities.ShouldHaveSingleItem().Value.ShouldBe(30);
    }
}
