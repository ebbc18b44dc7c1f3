using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Tests.Facts;

public class QuantityExtractorTests
{
    private static List<Quantity> Read(string text) => QuantityExtractor.Extract(text);

    private static Quantity Single(string text)
    {
        var quantities = Read(text);
        quantities.Count.ShouldBe(1, string.Join("; ", quantities));
        return quantities[0];
    }

    [Fact]
    public void a_hedged_count_keeps_its_noun_its_qualifier_and_its_source()
    {
        var quantity = Single("The ministry said the army has sent around 15,000 soldiers to the border.");

        quantity.Slot.ShouldBe("troops");
        quantity.Value.ShouldBe(15_000);
        quantity.Qualifier.ShouldBe(Qualifiers.About);
        quantity.Text.ShouldBe("around 15,000 soldiers");
        quantity.Attribution.ShouldBe("The ministry");
    }

    [Theory]
    [InlineData("Officials counted about 300 deaths.", "about", 300)]
    [InlineData("Officials counted around 300 deaths.", "about", 300)]
    [InlineData("Officials counted some 300 deaths.", "about", 300)]
    [InlineData("Officials counted nearly 300 deaths.", "nearly", 300)]
    [InlineData("Officials counted an estimated 300 deaths.", "about", 300)]
    [InlineData("Officials counted more than 300 deaths.", "more than", 300)]
    [InlineData("Officials counted at least 300 deaths.", "at least", 300)]
    [InlineData("Officials counted up to 300 deaths.", "up to", 300)]
    [InlineData("Officials counted 300 deaths.", "exact", 300)]
    [InlineData("Officials counted dozens of deaths.", "dozens", 24)]
    public void qualifiers_are_folded_to_canonical_names(string text, string qualifier, double value)
    {
        var quantity = Single(text);

        quantity.Slot.ShouldBe("killed");
        quantity.Qualifier.ShouldBe(qualifier);
        quantity.Value.ShouldBe(value);
    }

    [Fact]
    public void more_than_ten_thousand_is_compatible_with_fifteen_thousand_but_not_with_five()
    {
        var moreThan = Single("They sent more than 10,000 troops.");
        var fifteen = Single("They sent 15,000 troops.");
        var five = Single("They sent 5,000 troops.");

        moreThan.IsCompatibleWith(fifteen).ShouldBeTrue();
        moreThan.IsCompatibleWith(five).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Their deaths rose to 12.", null, 0)]
    [InlineData("Rescuers reported 40 fatalities.", "killed", 40)]
    [InlineData("Rescuers reported 40 dead.", "killed", 40)]
    [InlineData("Rescuers reported 40 wounded.", "injured", 40)]
    [InlineData("Rescuers reported 40 injured.", "injured", 40)]
    [InlineData("Rescuers reported 40 casualties.", "casualties", 40)]
    [InlineData("Rescuers reported 40 soldiers at the camp.", "troops", 40)]
    [InlineData("Rescuers said 40 people are missing.", "missing", 40)]
    [InlineData("Police said 40 people were arrested.", "arrested", 40)]
    [InlineData("Officials said 40 people were displaced.", "displaced", 40)]
    public void slot_nouns_are_folded_to_canonical_slots(string text, string? slot, double value)
    {
        var quantities = Read(text);
        if (slot is null)
        {
            quantities.ShouldBeEmpty();
            return;
        }
        quantities.Single().Slot.ShouldBe(slot);
        quantities.Single().Value.ShouldBe(value);
    }

    [Fact]
    public void other_nouns_keep_their_own_lemma()
    {
        Single("The storm felled 300 trees.").Slot.ShouldBe("tree");
        Single("Two coast guard vessels searched the bay.").Slot.ShouldBe("vessel");
    }

    [Fact]
    public void people_to_whom_nothing_befell_and_untracked_nouns_count_nothing()
    {
        QuantityExtractor.Extract("More than 40 guests were at the wedding.").ShouldBeEmpty();
        QuantityExtractor.Extract("The two nations signed the accord, and both sides praised it.").ShouldBeEmpty();
    }

    [Fact]
    public void number_words_count_people_by_what_happened_to_them()
    {
        var quantity = Single("Four women were found dead in the flat.");

        quantity.Slot.ShouldBe("killed");
        quantity.Value.ShouldBe(4);
    }

    [Fact]
    public void a_single_person_counts_as_one_when_the_clause_says_what_happened()
    {
        Single("A man was shot and killed near the station.").ShouldSatisfyAllConditions(
            q => q.Slot.ShouldBe("killed"),
            q => q.Value.ShouldBe(1));
        Single("A 19-year-old woman was shot and wounded.").Slot.ShouldBe("injured");
        Read("A man walked into the shop.").ShouldBeEmpty();
        Read("She was one of the organisers.").ShouldBeEmpty();
    }

    [Fact]
    public void fatally_wounded_is_killed()
    {
        Single("A 3-year-old boy was fatally wounded in the kitchen.").Slot.ShouldBe("killed");
        Single("Two men were mortally injured.").ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("killed"), q => q.Value.ShouldBe(2));
    }

    [Fact]
    public void a_number_does_not_reach_across_an_article_to_the_next_noun()
    {
        var quantity = Single("Image 1 of 16 A man died after being shot inside a home.");

        quantity.Slot.ShouldBe("killed");
        quantity.Value.ShouldBe(1);
    }

    [Fact]
    public void a_line_break_ends_a_sentence()
    {
        var quantity = Single("Updated 14\nFour people were wounded on Elm Street.");

        quantity.Slot.ShouldBe("injured");
        quantity.Value.ShouldBe(4);
    }

    [Fact]
    public void shots_fired_are_not_people_shot()
    {
        Read("The gunman fired three shots at the car.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Two boys and two girls were shot in the parking lot.")]
    [InlineData("A 15-year-old girl, two women and a man were shot on the porch.")]
    public void groups_of_people_joined_by_and_share_one_predicate_and_add_up(string text)
    {
        Single(text).ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("shot"), q => q.Value.ShouldBe(4));
    }

    [Theory]
    [InlineData("5 shot on the west side overnight")]
    [InlineData("Five had gunshot wounds when deputies arrived.")]
    [InlineData("The gunfire sent five people to the hospital.")]
    [InlineData("The gunman opened fire on the porch, hitting five people.")]
    [InlineData("Five people were struck by gunfire.")]
    public void shot_without_saying_whether_they_lived_is_the_shot_slot(string text)
    {
        Single(text).ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("shot"), q => q.Value.ShouldBe(5));
    }

    [Theory]
    [InlineData("A man and his daughter were found dead in the yard.")]
    [InlineData("Mother, child found dead in Kessford home")]
    [InlineData("Police are looking for the man charged in the killing of two men in May.")]
    public void people_named_together_or_after_a_killing_of_are_counted_killed(string text)
    {
        Single(text).ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("killed"), q => q.Value.ShouldBe(2));
    }

    [Fact]
    public void a_father_or_a_daughter_counts_like_a_man()
    {
        Single("A father was shot and killed outside the store.").ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("killed"), q => q.Value.ShouldBe(1));
    }

    [Fact]
    public void the_critically_injured_are_a_part_of_the_wounded_not_their_number()
    {
        Read("Four men were shot, and one was critically injured.").Select(q => (q.Slot, q.Value)).ShouldBe([("shot", 4d), ("critically injured", 1d)]);
        Single("Two were critically injured.").Slot.ShouldBe("critically injured");
    }

    [Fact]
    public void a_verb_before_a_bare_number_gives_its_slot()
    {
        var quantities = Read("The gunman opened fire, killing two and wounding three others.");

        quantities.Select(q => (q.Slot, q.Value)).ShouldBe([("killed", 2d), ("injured", 3d)]);
    }

    [Fact]
    public void a_headline_counts_too()
    {
        var quantities = Read("Man Killed, 3 Wounded At Birthday Party");

        quantities.Select(q => (q.Slot, q.Value)).ShouldBe([("killed", 1d), ("injured", 3d)]);
    }

    [Fact]
    public void shot_without_an_outcome_is_its_own_slot()
    {
        Single("Five people were shot outside the club.").Slot.ShouldBe("shot");
        Single("Two men were fatally shot.").Slot.ShouldBe("killed");
    }

    [Fact]
    public void an_addition_is_summed_with_the_earlier_count_of_its_slot()
    {
        var quantities = Read("The country first sent around 11,000 troops. An additional 3,000 troops followed in spring.");

        quantities.Select(q => (q.Value, q.Role)).ShouldBe([(11_000d, QuantityRole.Stated), (3_000d, QuantityRole.Addition), (14_000d, QuantityRole.Total)]);
        quantities[2].Slot.ShouldBe("troops");
        quantities[2].Qualifier.ShouldBe(Qualifiers.About);
    }

    [Fact]
    public void a_fraction_of_a_group_with_an_outcome_is_a_share_in_that_slot()
    {
        var quantity = Single("The general said more than a third of the soldiers were killed or injured.");

        quantity.Kind.ShouldBe(QuantityKind.Fraction);
        quantity.Slot.ShouldBe("casualties");
        quantity.Value.ShouldBe(1d / 3, 1e-9);
        quantity.Qualifier.ShouldBe(Qualifiers.MoreThan);
        Single("Two-thirds of the residents were displaced.").ShouldSatisfyAllConditions(
            q => q.Value.ShouldBe(2d / 3, 1e-9),
            q => q.Slot.ShouldBe("displaced"));
    }

    [Theory]
    [InlineData("The 23-year-old was taken to hospital.")]
    [InlineData("John Roe, 23, of Springfield was charged.")]
    [InlineData("The victim, aged 23, was named.")]
    [InlineData("It marked the 80th anniversary of the victory.")]
    [InlineData("The treaty was signed in 2024.")]
    [InlineData("The shooting happened on May 10 near the park.")]
    [InlineData("It happened at 1:15 a.m. at the 1200 block of Elm Avenue.")]
    [InlineData("It happened at 1200 North Main Street.")]
    [InlineData("Anyone with information should call 555-123-4567.")]
    [InlineData("Police offered a $5,000 reward.")]
    [InlineData("The flight lasted 3 hours.")]
    [InlineData("The 3 yr old was injured.")]
    [InlineData("The sixteen year-old boy was arrested.")]
    [InlineData("Neighbours called 911 after the shots.")]
    [InlineData("The father was sentenced for his son's 2015 death.")]
    public void years_dates_ages_ordinals_addresses_and_phone_numbers_are_not_counts(string text)
    {
        Read(text).ShouldBeEmpty();
    }

    [Fact]
    public void a_source_inverted_after_the_verb_is_found()
    {
        Single("Three people were killed, said the county sheriff.").Attribution.ShouldBe("the county sheriff");
        Single("Three people were killed, according to the coroner's office.").Attribution.ShouldBe("the coroner's office");
    }

    [Fact]
    public void reports_from_a_source_name_the_source()
    {
        Single("Reports from the city's fire service indicate that nearly 200 people were displaced.").Attribution.ShouldBe("the city's fire service");
    }

    [Fact]
    public void hostile_text_does_not_hang_the_extractor()
    {
        var hostile = string.Concat(Enumerable.Repeat("more than 1,1,1,1 of of of a a a ", 5_000));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Read(hostile);
        watch.ElapsedMilliseconds.ShouldBeLessThan(2_000);
    }
}

public class CasualtyCountTests
{
    [Fact]
    public void shot_minus_killed_is_injured_when_injured_is_never_said()
    {
        CasualtyCount.Of(QuantityExtractor.Extract("Four Shot, Man Dead In Late-Night Attack")).ShouldBe((1d, 3d));
    }

    [Fact]
    public void the_value_stated_most_often_wins_and_a_tie_goes_to_the_larger()
    {
        CasualtyCount.Of(QuantityExtractor.Extract("Two people were killed. Police said two people were killed and three were hurt. Later three people were killed.")).Killed.ShouldBe(2);
        CasualtyCount.Of(QuantityExtractor.Extract("Two people were killed. Later three people were killed.")).Killed.ShouldBe(3);
    }

    [Fact]
    public void an_article_that_states_nothing_has_no_count()
    {
        CasualtyCount.Of(QuantityExtractor.Extract("The council met on Monday.")).ShouldBe((null, null));
    }
}
