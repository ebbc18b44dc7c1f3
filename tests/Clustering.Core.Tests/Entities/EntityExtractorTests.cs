using Clustering.Core.Entities;

namespace Clustering.Core.Tests.Entities;

public class EntityExtractorTests
{
    [Fact]
    public void hyphenated_and_spaced_spellings_of_a_name_share_one_key()
    {
        EntityKeys.Fold("Kim Jong-un").ShouldBe(EntityKeys.Fold("Kim Jong Un"));
        EntityKeys.Fold("Zoë Ångström").ShouldBe("zoeangstrom");
    }

    [Fact]
    public void a_surname_alone_is_the_person_named_in_full_before()
    {
        var reading = EntityExtractor.Extract("Party leader Anna Berg-Lund spoke first. Later Berg-Lund said she would stay.");

        var person = reading.Entities.Single(e => e.Kind == EntityKind.Person);
        person.Name.ShouldBe("Anna Berg-Lund");
        person.Mentions.ShouldBe(2);
    }

    [Fact]
    public void an_acronym_in_brackets_is_the_organisation_before_it()
    {
        var reading = EntityExtractor.Extract("The Northern River Authority (NRA) opened the gates. The NRA said the level fell.");

        var organisation = reading.Entities.Single(e => e.Kind == EntityKind.Organisation);
        organisation.Variants.ShouldContain("Northern River Authority");
        organisation.Variants.ShouldContain("NRA");
        organisation.Mentions.ShouldBe(3);
    }

    [Fact]
    public void a_known_agency_is_one_entity_under_its_long_and_short_names()
    {
        var reading = EntityExtractor.Extract("The Korean Central News Agency carried the speech. KCNA later published photos.");

        reading.Entities.Single().Name.ShouldBe("KCNA");
    }

    [Fact]
    public void offices_nationalities_and_places_are_told_apart()
    {
        var reading = EntityExtractor.Extract("Chinese President Wen Haolan met officials in Moscow on Friday at the Finnish Embassy.");

        reading.Entities.ShouldContain(e => e.Name == "Wen Haolan" && e.Kind == EntityKind.Person);
        reading.Entities.ShouldContain(e => e.Name == "Moscow" && e.Kind == EntityKind.Place);
        reading.Entities.ShouldContain(e => e.Name == "Finnish Embassy" && e.Kind == EntityKind.Organisation);
        reading.Entities.ShouldNotContain(e => e.Name.Contains("Friday"));
    }

    [Fact]
    public void the_last_person_before_a_point_is_who_a_pronoun_means()
    {
        const string text = "Mayor Lena Holt opened the bridge. Engineer Tom Reyes praised it. He said it was safe.";
        var reading = EntityExtractor.Extract(text);

        reading.LastPersonBefore(text.IndexOf("He said", StringComparison.Ordinal))!.Name.ShouldBe("Tom Reyes");
    }
}
