using Clustering.Core.Facts;
using Clustering.Core.Packs;
using Clustering.Core.Packs.General;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Tests.Packs;

public class DomainPacksTests
{
    private const string HospitalTrip = "Three people were taken to the hospital after the gunman fled.";

    private static List<Quantity> ReadWith(ReadingContext context, string text)
    {
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(text, quantities, context);
        return quantities;
    }

    [Fact]
    public void every_pack_is_registered_once_and_on_by_default()
    {
        DomainPacks.All.Select(p => p.Name).ShouldBe(["general", "shooting"]);
        DomainPacks.Active.Count.ShouldBe(DomainPacks.All.Count);
    }

    [Fact]
    public void a_shooting_report_is_read_by_the_shooting_pack_and_a_flood_report_is_not()
    {
        DomainPacks.ContextOf("Two shot outside a bar", "Police said the gunman fled.").Shooting.ShouldBeTrue();
        DomainPacks.ContextOf("River floods the lower town", "Three people were taken to the hospital.").Shooting.ShouldBeFalse();
    }

    [Fact]
    public void a_hospital_trip_is_a_gunshot_wound_only_with_the_shooting_pack()
    {
        ReadWith(new ReadingContext([GeneralPack.Instance, ShootingPack.Instance]), HospitalTrip).ShouldHaveSingleItem().Slot.ShouldBe("shot");
        ReadWith(new ReadingContext([GeneralPack.Instance]), HospitalTrip).ShouldHaveSingleItem().Slot.ShouldBe("injured");
    }

    [Fact]
    public void switching_off_a_pack_that_does_not_exist_is_an_error_that_names_the_known_ones()
    {
        var error = Should.Throw<UnknownPackException>(() => DomainPacks.Configure(["shootings"]));
        error.Message.ShouldContain("general, shooting");
        DomainPacks.Active.Count.ShouldBe(DomainPacks.All.Count);
    }

    [Fact]
    public void a_lexicon_file_reads_sections_words_lookups_and_comments()
    {
        var lexicon = Lexicon.Parse("# a comment\n[slots]  # trailing\ndead=killed hurt=injured\n[words]\nflood quake\nstorm\n");

        lexicon.Map("slots")["DEAD"].ShouldBe("killed");
        lexicon.Set("words").ShouldBe(["flood", "quake", "storm"], ignoreOrder: true);
        Should.Throw<FormatException>(() => Lexicon.Parse("word before any section"));
        Should.Throw<KeyNotFoundException>(() => lexicon.Set("missing"));
    }
}
