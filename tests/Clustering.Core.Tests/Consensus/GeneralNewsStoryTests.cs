using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>Invented general news (no gunfire anywhere): quakes, floods, a blast, a layoff, read by the general pack alone.</summary>
public class GeneralNewsStoryTests
{
    private static readonly DateTimeOffset Dawn = new(2032, 9, 14, 5, 0, 0, TimeSpan.Zero);

    /// <summary>One article read alone, as a one-page report of the given outlet at dawn.</summary>
    private static ArticleReadout Read(string title, string text, string source = "Hill Radio") =>
        ArticleReading.Read(new Article("t", title, text, null, source, Dawn, "en", Dawn));

    /// <summary>The figures one reading gives for a slot, in the order read.</summary>
    private static IEnumerable<double> Figures(ArticleReadout reading, string slot) =>
        reading.Quantities.Where(q => q.Slot == slot).Select(q => q.Value);

    private static void Add(StoryLedger ledger, string id, string source, DateTimeOffset time, string title, string text)
    {
        var article = new Article(id, title, text, null, source, time, "en", time);
        ledger.AddArticle(id, source, time, ArticleReading.Read(article));
    }

    [Fact]
    public void an_earthquake_toll_that_climbs_through_the_day_is_an_update_not_a_conflict()
    {
        var ledger = new StoryLedger();
        Add(ledger, "dawn", "Hill Radio", Dawn, "Strong quake shakes Vessar valley",
            "The death toll from the earthquake that flattened villages in the Vessar valley rose to 120 on Tuesday morning, the regional governor said.");
        Add(ledger, "noon", "Valley Wire", Dawn.AddHours(6), "Vessar quake toll climbs",
            "The death toll in the Vessar valley earthquake has climbed to 212, civil defence officials said, as rescuers dug through collapsed houses.");
        Add(ledger, "evening", "National Daily", Dawn.AddHours(12), "Vessar valley mourns",
            "The death toll stands at 236, the interior ministry said late on Tuesday. Tents were put up in the school yards for those whose homes fell.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(236);
        ledger.ConflictCount.ShouldBe(0);
    }

    [Fact]
    public void a_flood_toll_given_each_day_for_five_days_climbs_from_the_first_count_to_the_last()
    {
        var ledger = new StoryLedger();
        string[] outlets = ["Hill Radio", "Valley Wire", "National Daily", "Coast Herald", "River Post"];
        int[] tolls = [18, 44, 71, 90, 103];
        for (var day = 0; day < tolls.Length; day++)
        {
            Add(ledger, $"day{day}", outlets[day], Dawn.AddDays(day), "Floods in the Ambry delta",
                $"The floods in the Ambry delta have killed {tolls[day]} people, the disaster agency said, as the waters spread to more villages.");
        }

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated, "each day's count updates the day before's, so the last updates the first");
        killed.Consensus.Value.ShouldBe(103);
        ledger.ConflictCount.ShouldBe(0);
    }

    [Fact]
    public void a_toll_raised_deep_in_a_follow_up_two_days_on_is_an_update()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Quake jolts Merrin island",
            "An earthquake struck Merrin island on Saturday, killing 11 people, the civil defence agency said.");
        var background = string.Join(" ", Enumerable.Repeat("Roads to the hill villages were cut by landslides and ferries carried supplies from the mainland.", 5));
        Add(ledger, "later", "Valley Wire", Dawn.AddDays(2), "Merrin villages cut off",
            background + " The death toll from the magnitude 6.2 quake was raised to 21 on Monday, the agency said.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(21);
    }

    [Fact]
    public void the_injured_beside_a_toll_an_agency_raised_deep_in_a_follow_up_are_an_update_though_its_lead_gives_the_dead()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Quake strikes Orlen valley",
            "An earthquake struck the Orlen valley on Saturday, killing 30 people and injuring 150, officials said.");
        var background = string.Join(" ", Enumerable.Repeat("Tents went up in the school yards and the army flew water to the hill villages.", 5));
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(20), "Orlen valley digs out",
            "At least 95 people died in the quake that struck the Orlen valley, officials said.\n\n" + background
            + " The disaster agency raised the death toll to 95 on Sunday, with 410 injured.");

        var injured = ledger.Fact("injured")!;
        injured.Status.ShouldBe(FactStatus.Updated);
        injured.Consensus.Value.ShouldBe(410);
    }

    [Fact]
    public void a_final_toll_named_as_the_toll_three_days_on_updates_the_last_count()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Mudslide buries Tarrow homes",
            "A mudslide buried homes in the mountain village of Tarrow, and rescuers recovered nine bodies, officials said.");
        Add(ledger, "second", "Valley Wire", Dawn.AddHours(22), "Tarrow mudslide: 27 bodies recovered",
            "Rescuers in Tarrow have recovered 27 bodies from the mud, the regional governor said.");
        Add(ledger, "last", "National Daily", Dawn.AddHours(22 + 55), "Tarrow search ends",
            "Rescuers ended the search in Tarrow on Saturday, and officials put the final toll at 38.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(38);
    }

    [Fact]
    public void the_injured_given_in_total_deep_in_a_report_two_days_on_update_the_first_count()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Gym roof falls on Corran pupils",
            "The roof of a school gym in Corran fell in during a lesson on Monday, and 40 pupils were injured, the fire service said.");
        var background = string.Join(" ", Enumerable.Repeat("Parents gathered at the gates as engineers checked the other school buildings.", 8));
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(40), "Corran asks who built the gym",
            background + " The district officer said 47 people were hurt in total, counting pupils seen at private clinics.");

        var injured = ledger.Fact("injured")!;
        injured.Status.ShouldBe(FactStatus.Updated);
        injured.Consensus.Value.ShouldBe(47);
    }

    [Fact]
    public void the_latest_figures_more_than_two_days_on_update_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Tanker blast on the Orrin road",
            "A fuel tanker exploded on the Orrin road on Saturday, and 52 people were killed, the police said.");
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(60), "Orrin mourns",
            "According to the latest figures from the health ministry, 66 people have lost their lives.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(66);
    }

    [Fact]
    public void an_article_that_gives_a_total_and_a_figure_it_doubts_stands_for_its_total()
    {
        var ledger = new StoryLedger();
        Add(ledger, "ministry", "Health Ministry", Dawn, "Update on the heat wave",
            "The provinces have reported a total of 64 deaths from the heat. Some newspapers have put the number of deaths at 90, which the ministry could not verify.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(64);
    }

    [Fact]
    public void a_toll_revised_down_after_a_double_count_replaces_the_higher_figure()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Riot at Dunmore jail leaves 40 dead",
            "At least 40 inmates were killed in a riot at Dunmore jail, the prisons service said.");
        Add(ledger, "second", "Valley Wire", Dawn.AddHours(5), "Dunmore jail riot: 40 dead",
            "Forty inmates died in the riot at Dunmore jail, officials said.");
        Add(ledger, "revised", "Prisons Service", Dawn.AddDays(3), "Statement on Dunmore",
            "Four bodies were counted twice. The number of inmates who lost their lives is therefore 36, not 40 as previously reported.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(36);
    }

    [Fact]
    public void a_headline_that_lowers_the_toll_replaces_the_higher_figure()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Ferry toll rises to 61",
            "The toll from the sinking of the ferry off Carran rose to 61 on Monday, the coast guard said.");
        Add(ledger, "lowered", "Valley Wire", Dawn.AddHours(30), "Coast guard lowers ferry toll to 57",
            "Four of the dead had been counted twice at two mortuaries, the coast guard said on Tuesday.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(57);
    }

    [Fact]
    public void a_lower_toll_days_later_that_says_no_earlier_figure_was_wrong_does_not_replace_it()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Riot at Dunmore jail leaves 40 dead",
            "At least 40 inmates were killed in a riot at Dunmore jail, the prisons service said.");
        Add(ledger, "later", "Prisons Service", Dawn.AddDays(3), "Statement on Dunmore",
            "The number of inmates who lost their lives is 36, the prisons service said.");

        ledger.Fact("killed")!.Status.ShouldBe(FactStatus.Conflict);
    }

    [Fact]
    public void a_plain_higher_count_in_a_follow_ups_lead_three_days_on_is_an_update()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Stand gives way at Orrow ground",
            "A temporary stand gave way during a cup match at the Orrow ground on Saturday, and 52 spectators were injured, the club said.");
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(70), "Orrow club suspends ground safety officer",
            "Sixty spectators were injured when the stand gave way, the club said on Tuesday as it suspended its safety officer.");

        var injured = ledger.Fact("injured")!;
        injured.Status.ShouldBe(FactStatus.Updated);
        injured.Consensus.Value.ShouldBe(60);
    }

    [Fact]
    public void a_count_that_names_its_event_deep_in_a_report_two_days_on_updates_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Seven dead in Varrow street clashes",
            "Seven people were killed in clashes between police and protesters in Varrow, the interior ministry said.");
        var background = string.Join(" ", Enumerable.Repeat("The government withdrew the fuel tax on Tuesday and the opposition called off its marches.", 5));
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(53), "Varrow backs down on fuel tax",
            background + " The ministry said eight people had died in the unrest, after a student hurt on Saturday died in hospital.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(8);
        killed.Values.Single(v => v.Value == 8).Text.ShouldEndWith("in the unrest");
    }

    [Fact]
    public void the_injured_beside_a_count_that_names_its_event_update_even_a_figure_their_hedge_allows()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Varrow clashes continue",
            "The ministry put the number of injured at 318 after a third night of clashes in Varrow.");
        var background = string.Join(" ", Enumerable.Repeat("The government withdrew the fuel tax on Tuesday and the opposition called off its marches.", 5));
        Add(ledger, "later", "Valley Wire", Dawn.AddHours(53), "Varrow backs down on fuel tax",
            background + " The ministry said eight people had died in the unrest and that some 340 people had been injured.");

        var injured = ledger.Fact("injured")!;
        injured.Consensus.Value.ShouldBe(340, "the later count of the sentence that names the unrest is the count now, though 'some 340' would allow 318");
    }

    [Fact]
    public void a_sentence_that_opens_on_the_event_tells_its_toll_deep_in_a_report_days_on()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Express hits freight train near Orrin",
            "An express train ran into a stationary freight train near Orrin junction, killing 36 people, the rail operator said.");
        var background = string.Join(" ", Enumerable.Repeat("The inquiry will ask why the signal showed green and why the safety system was never fitted.", 5));
        Add(ledger, "later", "Valley Wire", Dawn.AddDays(5), "Rail network under scrutiny",
            background + " The collision, near Orrin junction, left 38 people dead after two passengers died in hospital.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(38);
    }

    [Fact]
    public void a_wires_later_version_of_its_own_story_speaks_for_it_though_it_copies_the_first()
    {
        var ledger = new StoryLedger();
        var body = "\n\nThe bomb went off in a parked van beside the fruit stalls of the Tessel market shortly after nine, when the market was at its busiest."
            + "\n\nWitnesses described shattered awnings, burning crates and people carrying the wounded to taxis and private cars on the ring road."
            + "\n\nNo group has said it carried out the attack. The interior minister called it a cowardly act and promised that those behind it would be found.";
        Add(ledger, "first", "Tessel Wire", Dawn, "Van bomb hits Tessel market",
            "A van bomb exploded in the Tessel market on Thursday, killing at least 14 people, police said." + body);
        Add(ledger, "later", "Tessel Wire", Dawn.AddHours(50), "Tessel market bombing toll rises to 23",
            "The death toll from Thursday's van bombing in the Tessel market rose to 23 on Saturday, police said." + body);

        var killed = ledger.Fact("killed")!;
        killed.Consensus.Value.ShouldBe(23, "the wire's own later version of the story is the count now");
    }

    [Fact]
    public void a_count_of_deaths_three_days_on_updates_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Heat toll reaches 54",
            "The number of people killed by the heat wave has risen to 54, the health ministry said.");
        Add(ledger, "later", "Valley Wire", Dawn.AddDays(3), "Heat wave: what we know",
            "Temperatures stayed above 45C in the plains. At least 81 deaths have been confirmed by the health ministry.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(81);
    }

    [Fact]
    public void a_toll_that_says_it_rose_within_the_hour_is_an_update_not_a_conflict()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Landslide buries homes in Carrow",
            "A landslide buried a row of homes in the mountain town of Carrow before dawn, killing 14 people, the mayor said.");
        Add(ledger, "later", "Valley Wire", Dawn.AddMinutes(80), "Carrow landslide toll rises",
            "The death toll from the landslide in Carrow rose to 27 as rescuers reached the buried homes, the mayor said.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Updated);
        killed.Consensus.Value.ShouldBe(27);
        killed.Values.Single(v => v.Value == 27).Text.ShouldContain("toll");
    }

    [Fact]
    public void the_injured_given_in_the_sentence_that_says_the_toll_rose_are_an_update_too()
    {
        var ledger = new StoryLedger();
        Add(ledger, "first", "Hill Radio", Dawn, "Ferry fire off Tallis",
            "A fire swept through a ferry off the island of Tallis, killing 9 passengers and injuring 30, the coast guard said.");
        Add(ledger, "later", "Valley Wire", Dawn.AddMinutes(90), "Tallis ferry fire toll rises",
            "The death toll from the ferry fire off Tallis rose to 16, with 52 people injured, the coast guard said.");

        ledger.Fact("killed")!.ShouldSatisfyAllConditions(
            k => k.Status.ShouldBe(FactStatus.Updated),
            k => k.Consensus.Value.ShouldBe(16));
        ledger.Fact("injured")!.ShouldSatisfyAllConditions(
            i => i.Status.ShouldBe(FactStatus.Updated),
            i => i.Consensus.Value.ShouldBe(52));
        ledger.ConflictCount.ShouldBe(0);
    }

    [Fact]
    public void a_headline_that_rounds_to_dozens_gives_way_to_the_number_its_own_body_gives()
    {
        var ledger = new StoryLedger();
        Add(ledger, "stand", "Hallam Gazette", Dawn, "Dozens hurt as stand gives way at Hallam ground",
            "A temporary stand gave way during the cup tie at the Hallam ground on Saturday, injuring 38 fans, the club said.");

        ledger.Fact("injured")!.Consensus.Value.ShouldBe(38);
    }

    [Fact]
    public void two_agencies_giving_different_tolls_in_the_same_hour_are_a_conflict()
    {
        var ledger = new StoryLedger();
        Add(ledger, "relief", "Coast Channel", Dawn, "Market blast in Orvane",
            "The relief agency said 38 people were killed when a gas tank exploded in the covered market of Orvane.");
        Add(ledger, "ministry", "Capital News", Dawn.AddMinutes(40), "Orvane market explosion",
            "The health ministry put the death toll from the market explosion in Orvane at 45.");

        var killed = ledger.Fact("killed")!;
        killed.Status.ShouldBe(FactStatus.Conflict);
        killed.Values.Select(v => v.Value).Order().ShouldBe([38d, 45d]);
    }

    [Fact]
    public void evacuated_and_missing_are_counted_each_in_its_own_slot()
    {
        var ledger = new StoryLedger();
        Add(ledger, "flood", "River Post", Dawn, "Orna bursts its banks",
            "About 4,000 residents were evacuated from riverside villages and 17 people are missing after the Orna burst its banks overnight, the county said.");

        ledger.Fact("displaced")!.Consensus.Value.ShouldBe(4_000);
        ledger.Fact("missing")!.Consensus.Value.ShouldBe(17);
        ledger.Fact("killed").ShouldBeNull();
    }

    [Fact]
    public void no_one_hurt_said_by_two_outlets_is_a_count_of_zero()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Town Crier", Dawn, "Bakery destroyed in Pellam blast",
            "A gas explosion tore through an empty bakery on Mill Lane in Pellam before dawn. No one was hurt, the fire brigade said.");
        Add(ledger, "b", "Pellam Radio", Dawn.AddHours(1), "Mill Lane explosion",
            "Firefighters said nobody was injured when the bakery on Mill Lane blew apart, as the building had closed for the night.");

        var injured = ledger.Fact("injured")!;
        injured.Consensus.Value.ShouldBe(0);
        injured.Status.ShouldBe(FactStatus.Agreed);
    }

    [Fact]
    public void an_earlier_disasters_toll_in_the_background_does_not_count()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Mountain Wire", Dawn, "Quake kills 14 in Tarsk",
            "An earthquake killed 14 people in the mountain town of Tarsk on Monday, officials said. In 2009 a far stronger earthquake in the same region killed 1,100 people.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(14);
        ledger.Fact("killed")!.Values.ShouldAllBe(v => v.Value == 14);
    }

    [Fact]
    public void a_hospital_trip_in_an_earthquake_is_no_gunshot_and_keeps_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Mountain Wire", Dawn, "Quake toll reaches 300",
            "The death toll from the earthquake rose to 300 on Wednesday. Twelve people were taken to the hospital in the regional capital.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(300);
        ledger.Fact("shot").ShouldBeNull();
    }

    [Fact]
    public void stabbed_to_death_counts_a_death()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "City Desk", Dawn, "Two die in street fight",
            "Two men were stabbed to death outside a bar in Corvale late on Saturday, police said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(2);
    }

    [Fact]
    public void a_layoff_counts_jobs_and_no_casualties()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Business Wire", Dawn, "Holbrook Motors to cut jobs",
            "Holbrook Motors said on Thursday it would cut 1,200 jobs at its Ferrisburg plant as demand for its vans slows.");

        ledger.Fact("jobs")!.Consensus.Value.ShouldBe(1_200);
        ledger.Facts.ShouldAllBe(f => f.Slot == "jobs");
    }

    [Fact]
    public void a_count_of_an_untracked_noun_or_a_vague_count_is_no_fact()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Harbour News", Dawn, "Search off Kell Point",
            "Two coast guard vessels searched the bay off Kell Point after the two nations agreed to a joint effort. Dozens of people were hurt.");

        ledger.Facts.ShouldBeEmpty();
    }

    [Fact]
    public void arrests_and_rescues_are_counted()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Harbour News", Dawn, "Dockside fire",
            "Nine workers were rescued from the burning warehouse and police arrested three men on suspicion of arson.");

        ledger.Fact("rescued")!.Consensus.Value.ShouldBe(9);
        ledger.Fact("arrested")!.Consensus.Value.ShouldBe(3);
    }

    // Deep in a report, a larger toll is more often another event set beside this one than this one's own.
    private const string PastCrashes = "Crashes are common on the pass. In June, a truck that lost its brakes on the same road killed more than 60 people, "
        + "and a landslide swept a minibus into the river there two winters ago, killing 23.";

    [Fact]
    public void a_larger_toll_of_another_crash_deep_in_the_report_does_not_replace_the_toll_in_its_opening()
    {
        var ledger = new StoryLedger();
        var filler = string.Join(" ", Enumerable.Repeat("Rescuers used ropes to reach the wreck, and the injured were carried up to the road on stretchers.", 3));
        Add(ledger, "bus", "Hill Radio", Dawn, "Bus plunges off Karsh pass",
            $"A crowded bus plunged off a mountain road on the Karsh pass on Monday, killing 14 passengers, police said. {filler} {PastCrashes}");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(14);
    }

    [Fact]
    public void a_deeper_exact_count_makes_the_rounded_toll_of_the_opening_exact()
    {
        var ledger = new StoryLedger();
        var filler = string.Join(" ", Enumerable.Repeat("Cranes lifted slabs of concrete as relatives waited behind the police lines for news.", 3));
        Add(ledger, "tower", "Valley Wire", Dawn, "Tower collapse in Orlan",
            $"More than 100 people died when a half-built apartment tower collapsed in Orlan on Friday, officials said. {filler} "
            + "By nightfall rescuers had recovered 108 bodies from the rubble, the city's fire chief said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(108);
    }

    [Fact]
    public void a_body_that_counts_what_its_headline_rounds_gives_the_toll()
    {
        var ledger = new StoryLedger();
        Add(ledger, "quake", "Valley Wire", Dawn, "More than 90 killed as strong quake hits the Orlan valley",
            "A strong earthquake struck the Orlan valley on Sunday, flattening villages and killing at least 97 people, officials said. "
            + "At least 40 of the dead were in the market town of Kesh, where a school collapsed.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(97);
    }

    [Fact]
    public void bodies_counted_twice_are_the_correction_of_a_toll_not_a_toll()
    {
        var reading = Read("Ministry corrects ferry toll",
            "The ministry said eight bodies had been registered twice, at the port and at the hospital. The death toll is therefore 31, it said.",
            "Coast Herald");

        Figures(reading, "killed").ShouldBe([31]);
    }

    [Fact]
    public void an_earlier_quake_dated_in_a_sentence_with_a_magnitude_in_it_is_no_count_of_this_one()
    {
        var ledger = new StoryLedger();
        Add(ledger, "quake", "Hill Radio", Dawn, "Quake strikes Tarrow coast",
            "The quake was the strongest on the Tarrow coast since a magnitude-7.2 earthquake in 1987, which killed about 1,000 people. "
            + "The death toll rose to 40 on Monday, the civil defence agency said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(40);
    }

    [Theory]
    [InlineData("The death toll from the floods in the north has climbed past 400, the relief agency said.", 400)]
    [InlineData("The death toll from the mudslide in the U.S. state of Oregon has reached 24, officials said.", 24)]
    public void a_toll_that_climbs_past_a_figure_or_names_a_dotted_place_is_read(string sentence, double toll)
    {
        var reading = Read(string.Empty, sentence);

        Figures(reading, "killed").ShouldBe([toll]);
    }

    [Fact]
    public void a_count_of_hours_in_the_past_is_no_toll()
    {
        var reading = Read(string.Empty,
            "The death toll in the past 24 hours was the highest of the week, the ministry said.");

        Figures(reading, "killed").ShouldNotContain(24);
    }

    [Fact]
    public void those_missing_told_after_the_dead_as_another_group_are_the_missing()
    {
        var ledger = new StoryLedger();
        Add(ledger, "mine", "Valley Wire", Dawn, "Blast at Corrow pit",
            "Four miners were killed and another 9 were trapped and feared dead after a gas blast at the Corrow pit on Tuesday, the mine's owner said.");

        ledger.Fact("killed")!.Consensus.Value.ShouldBe(4);
        ledger.Fact("missing")!.Consensus.Value.ShouldBe(9);
    }

    [Theory]
    [InlineData("At least 40 die as ferry capsizes off Tarrow", "", 40)]
    [InlineData("", "AT LEAST 40 people were killed when a ferry capsized off Tarrow on Sunday, the coast guard said.", 40)]
    public void a_bare_count_before_a_verb_of_dying_and_a_lead_set_in_capitals_are_read_as_the_dead(string title, string text, double dead)
    {
        var reading = Read(title, text, "Coast Herald");

        Figures(reading, "killed").ShouldBe([dead]);
        reading.Quantities.ShouldNotContain(q => q.Slot == "die");
    }

    [Theory]
    [InlineData("Eleven workers, including four women, were killed, and 20 others hurt in a blast at a paint factory in Orlan, police said.")]
    public void an_aside_of_those_included_between_commas_counts_for_the_whole_group(string sentence)
    {
        var reading = Read(string.Empty, sentence, "Valley Wire");

        Figures(reading, "killed").ShouldBe([11]);
        Figures(reading, "injured").ShouldBe([20]);
    }
}
