using Clustering.Core.Facts;
using Clustering.Core.Packs;
using Clustering.Core.Packs.General;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Tests.Facts;

/// <summary>How shooting reports word their victims: objects of a verb, parts of a group, shooters, the worst hurt, one more.</summary>
public class VictimWordingTests
{
    private static readonly string[] VictimSlots = ["killed", "injured", "shot", "critically injured"];

    /// <summary>Every sentence here is read as part of a shooting report, as the shooting pack would find it.</summary>
    private static readonly ReadingContext ShootingReport = new([GeneralPack.Instance, ShootingPack.Instance]);

    private static List<Quantity> Extract(string text)
    {
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(text, quantities, ShootingReport);
        QuantityExtractor.ResolveAdditions(quantities);
        return quantities;
    }

    private static List<(string Slot, double Value)> Read(string text) =>
        [.. Extract(text).Where(q => q.Role != QuantityRole.Total && VictimSlots.Contains(q.Slot)).Select(q => (q.Slot, q.Value))];

    [Theory]
    [InlineData("Witnesses said a gunman killed three people and injured two others at the fair.")]
    [InlineData("The man is accused of killing three people and wounding two others last spring.")]
    public void a_number_after_a_verb_is_that_verbs_object_even_when_another_verb_follows(string text)
    {
        Read(text).ShouldBe([("killed", 3d), ("injured", 2d)]);
    }

    [Fact]
    public void a_part_of_a_group_counts_only_when_it_died()
    {
        Read("Five people were shot on the corner, two of them fatally.").ShouldBe([("shot", 5d), ("killed", 2d)]);
        Read("Three men were wounded. One of the victims died at the hospital.").ShouldBe([("injured", 3d), ("killed", 1d)]);
        Read("One of those shot is in critical condition.").ShouldBeEmpty();
        Read("Four of them were injured by flying glass.").ShouldBeEmpty();
        Read("Two of the wounded were teenagers.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A masked suspect then shot the clerk behind the counter.")]
    [InlineData("Investigators said the teenager shot his cousin by accident.")]
    public void the_one_who_fired_is_not_a_victim(string text)
    {
        Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void a_gunman_who_killed_is_not_counted_among_the_killed()
    {
        Read("A gunman killed six people at the market.").ShouldBe([("killed", 6d)]);
        Read("A man was shot the night before the trial.").ShouldBe([("shot", 1d)]);
    }

    [Theory]
    [InlineData("One sustained serious injuries in the crash.")]
    [InlineData("Seven Shot, One Critically Hurt at Riverside Bar")]
    [InlineData("One man suffered life-threatening injuries.")]
    public void serious_injuries_single_out_the_worst_of_the_wounded(string text)
    {
        Read(text).ShouldContain(("critically injured", 1d));
        Read(text).ShouldNotContain(("injured", 1d));
    }

    [Fact]
    public void non_life_threatening_injuries_are_the_wounded_themselves()
    {
        Read("Three men suffered non-life-threatening injuries.").ShouldBe([("injured", 3d)]);
    }

    [Fact]
    public void another_counts_one_more_victim()
    {
        var quantities = Extract("Police said two men were killed and another injured.");

        quantities.Select(q => (q.Slot, q.Value, q.Role)).ShouldBe([("killed", 2d, QuantityRole.Stated), ("injured", 1d, QuantityRole.Addition)]);
        Read("The gunman opened fire, killing three and wounding another.").ShouldBe([("killed", 3d), ("injured", 1d)]);
        Read("It was another shooting in a violent week.").ShouldBeEmpty();
    }

    [Fact]
    public void one_fatally_without_a_verb_is_one_killed()
    {
        Read("Four people were shot, one fatally.").ShouldBe([("shot", 4d), ("killed", 1d)]);
        Read("Sniper Fatally Shoots 2 at Depot").ShouldBe([("killed", 2d)]);
    }

    [Theory]
    [InlineData("Gunfire Wounds 5 Teens Near Kessford Park", "injured", 5)]
    [InlineData("Gunman Kills 3 at Depot", "killed", 3)]
    [InlineData("Police: 4 hit in shooting outside bar", "shot", 4)]
    public void a_capitalised_headline_verb_before_a_number_counts_it(string text, string slot, double value)
    {
        Read(text).ShouldBe([(slot, value)]);
    }

    [Fact]
    public void hit_by_a_car_is_no_gunshot()
    {
        Read("Two people were hit by a car fleeing the scene.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Five children – ages 11 to 15 – were shot.", 15)]
    [InlineData("Neighbours made a 911 call after the man was shot.", 911)]
    [InlineData("Police said seventeen year old Jon Roe was shot.", 17)]
    public void ages_and_emergency_numbers_are_not_counts(string text, double notACount)
    {
        Read(text).ShouldNotContain(("shot", notACount));
    }

    [Fact]
    public void one_of_our_students_is_a_part_of_a_group()
    {
        Read("The principal said one of our students is hurt.").ShouldBeEmpty();
    }

    [Fact]
    public void a_relative_counts_like_a_man()
    {
        Read("The boy shot his sister and wounded an older brother.").ShouldContain(("injured", 1d));
    }

    [Fact]
    public void the_attempted_murder_of_victims_kills_none_of_them()
    {
        Read("Two men were charged with the attempted murders of four students outside the gym.").ShouldNotContain(("killed", 4d));
        Read("He was charged in the murders of two women last spring.").ShouldBe([("killed", 2d)]);
    }

    [Theory]
    [InlineData("A 15-year-old was wounded in the leg, police said.", "injured")]
    [InlineData("A 19 year old is wounded after the fight at the bus stop.", "injured")]
    [InlineData("Police said a 16 year old boy was shot and killed near the school.", "killed")]
    [InlineData("An 80-year-old died after the gunfire on Alder Street.", "killed")]
    public void an_age_after_a_stands_for_one_person(string text, string slot)
    {
        Read(text).ShouldBe([(slot, 1d)]);
    }

    [Theory]
    [InlineData("Woman wounded in Kessford drive-by shooting dies")]
    [InlineData("A man was shot in the chest on Friday and later died at the hospital.")]
    public void the_wounded_who_dies_is_killed(string text)
    {
        Read(text).ShouldBe([("killed", 1d)]);
    }

    [Fact]
    public void someone_else_who_dies_does_not_make_the_wounded_dead()
    {
        Read("A woman was shot in the arm and the gunman died at the scene.").ShouldContain(("shot", 1d));
        Read("Three people were wounded and 2 died in the attack.").ShouldContain(("injured", 3d));
    }

    [Fact]
    public void a_third_person_is_one_more()
    {
        Extract("Two teens were shot on the porch, and a third man was injured by flying glass.")
            .Select(q => (q.Slot, q.Value, q.Role))
            .ShouldBe([("shot", 2d, QuantityRole.Stated), ("injured", 1d, QuantityRole.Addition)]);
    }

    [Fact]
    public void one_of_several_shot_who_dies_does_not_kill_them_all()
    {
        Read("One of 5 shot at Kessford bar dies of injuries").ShouldNotContain(("killed", 5d));
    }

    [Theory]
    [InlineData("Two victims remain hospitalized in stable condition.")]
    [InlineData("One man is still hospitalized, police said.")]
    public void those_still_in_hospital_are_some_of_the_wounded_not_their_number(string text)
    {
        Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void a_victim_also_shot_is_one_besides_those_told_of()
    {
        Extract("A 20-year-old man was also hit in the arm.")
            .Select(q => (q.Slot, q.Value, q.Role)).ShouldBe([("shot", 1d, QuantityRole.Addition)]);
    }

    [Theory]
    [InlineData("Two adults in the car were not injured, police said.")]
    [InlineData("Three other customers weren't hurt.")]
    public void victims_denied_are_not_counted(string text)
    {
        Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void a_clock_time_glued_to_the_next_sentence_is_no_count()
    {
        Read("It happened about 6 p.m.The girl was struck in the head.").ShouldNotContain(("shot", 6d));
    }

    [Fact]
    public void a_parent_of_five_is_no_count_of_victims()
    {
        Read("Mother of 4 killed in Kessford shooting").ShouldNotContain(("killed", 4d));
    }

    [Fact]
    public void one_among_the_wounded_is_not_their_number()
    {
        Read("Police said a 14-year-old boy was among those wounded.").ShouldBeEmpty();
    }

    [Fact]
    public void a_span_of_days_spelled_out_is_no_count_of_victims()
    {
        Read("The clerk spent three days in a hospital ward after the robbery.").ShouldBeEmpty();
    }

    [Fact]
    public void one_more_taken_to_a_hospital_was_hurt()
    {
        Read("Two brothers died at the house and another man was driven to a hospital in Marlow.")
            .ShouldBe([("killed", 2d), ("shot", 1d)]);
    }

    [Theory]
    [InlineData("A cyclist died and another remains in a critical condition.")]
    [InlineData("A deputy was listed in serious condition on Sunday.")]
    [InlineData("One woman at Marlow General was fighting for her life.")]
    public void a_grave_condition_singles_out_the_worst_of_the_wounded(string text)
    {
        Read(text).ShouldContain(("critically injured", 1d));
    }

    [Fact]
    public void a_stable_condition_is_wounded_and_alive()
    {
        Read("Three others were in stable condition late Saturday.").ShouldBe([("injured", 3d)]);
    }

    [Theory]
    [InlineData("A robber opened fire in the bakery, killing a cashier and gravely wounding her 19-year-old nephew.")]
    [InlineData("Deputies said the intruder shot the farmer, critically injuring his teenage son as well.")]
    public void a_relative_named_as_the_object_of_a_wounding_is_one_critically_hurt(string text)
    {
        Read(text).ShouldContain(("critically injured", 1d));
    }

    [Fact]
    public void a_relative_named_after_a_shooting_verb_is_left_to_what_became_of_them()
    {
        Read("Investigators said the farmer shot his nephew during an argument.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Officers found a woman in her late 30s shot in the arm behind the diner.")]
    [InlineData("A girl younger than 8 was hit by a stray round on the porch.")]
    [InlineData("The crowd scattered.[7] Lee Varga was reportedly struck in the knee.")]
    [InlineData("The deputy was struck three more times before backup came.")]
    public void ages_reference_marks_and_numbers_of_shots_are_no_count_of_victims(string text)
    {
        Read(text).ShouldNotContain(q => q.Value > 1);
    }

    [Fact]
    public void a_headline_pair_with_an_age_and_no_article_counts_two()
    {
        Read("Boy and 30-year-old aunt hurt in Dunmore Lane gunfire").ShouldBe([("injured", 2d)]);
    }

    [Fact]
    public void a_station_name_is_no_count_of_victims()
    {
        Read("Doctors told 44 News the injuries to the cyclist were not serious.").ShouldNotContain(q => q.Value > 1);
    }

    [Fact]
    public void a_list_between_commas_names_the_group_it_follows()
    {
        Read("Three people, a 40-year-old man, his neighbour and a boy, were hit by the gunfire.").ShouldBe([("shot", 3d)]);
        Read("Two girls, a boy and a woman were struck by the bullets.").ShouldBe([("shot", 4d)]);
    }

    [Theory]
    [InlineData("Deputies reached the orchard and found three shooting victims near the barn.", 3)]
    [InlineData("Four gunshot victims were taken to Marlow General by ambulance.", 4)]
    public void shooting_victims_are_a_count_of_the_shot(string text, double shot)
    {
        Read(text).ShouldBe([("shot", shot)]);
    }

    [Fact]
    public void other_shooting_victims_are_more_shot_and_a_tally_of_the_year_is_none()
    {
        Extract("Two other gunshot victims drove themselves to the clinic.")
            .ShouldContain(q => q.Slot == "shot" && q.Value == 2 && q.Role == QuantityRole.Addition);
        Read("The county counted 1,240 shooting victims this year.").ShouldNotContain(q => q.Slot == "shot");
    }

    [Theory]
    [InlineData("Her stepson, Dale Pellow, was also shot and is in fair condition.", "shot")]
    [InlineData("Pellow, 19, was also wounded in the exchange.", "injured")]
    [InlineData("Both Corr and Pellow, who was also hit, were taken to Kessford Memorial.", "shot")]
    [InlineData("The clerk's brother was also critically injured.", "critically injured")]
    public void a_named_victim_also_shot_is_one_more(string text, string slot)
    {
        Extract(text).ShouldContain(q => q.Slot == slot && q.Value == 1 && q.Role == QuantityRole.Addition);
    }

    [Theory]
    [InlineData("Their pickup was also struck by the gunfire.")]
    [InlineData("He was also shot in the arm, deputies said.")]
    [InlineData("A woman was also shot, deputies said.")]
    public void a_thing_a_pronoun_or_a_victim_counted_already_is_no_named_victim_more(string text)
    {
        Extract(text).Count(q => q.Role == QuantityRole.Addition && q.Value == 1).ShouldBeLessThanOrEqualTo(1);
        if (!text.StartsWith("A woman", StringComparison.Ordinal))
        {
            Read(text).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("The two were hit, along with one other woman, near the ferry depot.", 3)]
    [InlineData("Lena Marsh was shot along with three other people outside the arena.", 4)]
    [InlineData("Girl shot along with two others at Kessford fair", 3)]
    public void those_shot_along_with_others_are_counted_with_them(string text, double shot)
    {
        Read(text).ShouldBe([("shot", shot)]);
    }

    [Fact]
    public void nearly_killed_is_gravely_hurt_and_alive()
    {
        Read("A cab driver was nearly killed when the gunfire hit his car.").ShouldBe([("critically injured", 1d)]);
    }

    [Fact]
    public void a_graze_is_a_shot()
    {
        Read("A toddler was grazed on the wrist by a stray round.").ShouldBe([("shot", 1d)]);
    }

    [Fact]
    public void a_named_victim_also_found_wounded_is_one_more()
    {
        Extract("His daughter, Ada Roe, 9, was also found wounded.")
            .ShouldContain(q => q.Slot == "injured" && q.Value == 1 && q.Role == QuantityRole.Addition);
    }

    [Theory]
    [InlineData("Adult Male and Juvenile Hit in Kessford", "shot", 2)]
    [InlineData("Teen Girl and Woman Wounded Outside Marlow Diner", "injured", 2)]
    public void a_person_noun_before_another_is_its_modifier_not_the_end_of_the_group(string text, string slot, double value)
    {
        Read(text).ShouldBe([(slot, value)]);
    }

    [Fact]
    public void a_name_and_a_relative_of_theirs_are_two()
    {
        Read("Pryce and his 80-year-old grandmother were wounded on the porch.").ShouldBe([("injured", 2d)]);
        Read("Pryce and his grandmother were not hurt, deputies said.").ShouldBeEmpty();
    }

    [Fact]
    public void a_relative_whose_age_is_spelled_out_is_one_more_of_the_group()
    {
        Read("A man and his nine-year-old nephew were found dead in the barn.").ShouldBe([("killed", 2d)]);
    }

    [Fact]
    public void a_named_victim_and_others_struck_with_them_are_one_count()
    {
        Read("Gunfire struck Pellow and two others outside the depot.").ShouldBe([("shot", 3d)]);
        Read("The boy was struck and two others fled.").ShouldNotContain(("shot", 3d));
    }

    [Theory]
    [InlineData("Two troopers were wounded in the exchange of fire.", "injured", 2)]
    [InlineData("A store clerk was shot and killed behind the counter.", "killed", 1)]
    [InlineData("The drifter is serving life for killing three hunters near the lake.", "killed", 3)]
    public void troopers_clerks_and_hunters_are_people(string text, string slot, double value)
    {
        Read(text).ShouldContain((slot, value));
    }

    [Fact]
    public void a_wish_to_hurt_someone_is_no_victim()
    {
        Read("Classmates said one boy talked for weeks about guns and wanted to hurt somebody.").ShouldBeEmpty();
    }

    [Fact]
    public void a_word_that_describes_a_victim_is_not_what_befell_the_group()
    {
        Read("The cousins were sitting in the wounded girl's kitchen when the rifle fired.").ShouldBeEmpty();
    }

    [Fact]
    public void one_who_shot_a_named_person_is_not_a_victim()
    {
        Read("Police said another boy accidentally shot Pellow inside the garage.").ShouldBeEmpty();
        Read("Man Shot Outside Marlow Bar").ShouldBe([("shot", 1d)]);
    }

    [Fact]
    public void a_whole_and_a_fraction_is_an_age_not_a_count()
    {
        Read("Deputies think the 3 1/2 year-old probably shot himself by accident.").ShouldNotContain(("shot", 3d));
    }

    [Theory]
    [InlineData("Deputies found a 52-year-old man with blunt force injuries on his neck.")]
    [InlineData("Medics treated a 52-year-old woman for stab wounds near the bar.")]
    public void wounds_of_a_knife_or_a_blow_are_no_gunshot_victims(string text)
    {
        Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void victims_of_a_shooting_and_those_it_put_in_hospital_were_shot()
    {
        Read("Police named the 5 victims of Sunday's shooting on Monday.").ShouldBe([("shot", 5d)]);
        Read("The gunfire put three men in hospital.").ShouldBe([("shot", 3d)]);
        Read("Two men remain in hospital a week on.").ShouldBeEmpty();
    }

    [Fact]
    public void those_shot_at_were_fired_at_not_hit()
    {
        Read("Both cousins said they were shot at by a man in a grey van.").ShouldBeEmpty();
    }
}
