using Clustering.Core.Features;

namespace Clustering.Core.Tests.Features;

public class PersonNamesTests
{
    [Fact]
    public void a_middle_name_an_initial_a_suffix_and_a_possessive_leave_one_key()
    {
        var text = "Dorian Anselm Velloway was held on Friday. Later Dorian Q. Velloway Jr. asked for bail, "
            + "and Dorian Velloway's sister spoke to the court.";

        PersonNames.Find(text).ShouldBe(["dorian velloway"]);
    }

    [Fact]
    public void an_age_beside_the_name_marks_a_person_of_the_news_and_a_spokesman_has_none()
    {
        var text = "Tamsin Hesketh, 24, of Ostwick was wounded. A 31-year-old Dorian Velloway was held, "
            + "and Ferrix Essery, Jr., 19, was released. Spokesman Idris Tollivane said more would follow.";

        var reading = PersonNames.Read(text);

        reading.Keys.ShouldBe(["tamsin hesketh", "dorian velloway", "ferrix essery", "idris tollivane"]);
        reading.Aged.ShouldBe([true, true, true, false]);
    }

    [Fact]
    public void places_organisations_and_a_count_after_a_town_are_no_one()
    {
        var text = "Gunfire in Port Ostwick, 14 dead, and in Corvane Heights, 3 hurt. "
            + "The Ostwick Police Department and Saint Corvane Hospital were busy.";

        var reading = PersonNames.Read(text);

        reading.Keys.ShouldNotContain("port ostwick");
        reading.Keys.ShouldNotContain("saint hospital");
        reading.Aged.ShouldAllBe(aged => !aged);
    }

    [Fact]
    public void a_name_only_in_the_background_far_down_the_report_is_not_read()
    {
        var filler = string.Concat(Enumerable.Repeat("The council met again and talked about roads and parks. ", 30));
        var text = filler + "Last year Dorian Velloway, 36, was convicted in another case.";

        filler.Length.ShouldBeGreaterThan(PersonNames.NewsCharacters);
        PersonNames.Find(text).ShouldBeEmpty();
        PersonNames.Find(text[filler.Length..]).ShouldBe(["dorian velloway"]);
    }
}
