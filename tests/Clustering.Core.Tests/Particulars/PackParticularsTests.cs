using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Packs.General;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Particulars;

namespace Clustering.Core.Tests.Particulars;

/// <summary>The packs own the particulars that tell their events apart; the registry is only what they list.</summary>
public class PackParticularsTests
{
    [Fact]
    public void every_kind_of_particular_is_one_a_pack_lists_in_pack_order()
    {
        // The stored keys, in pack order: renaming or dropping one loses what stories kept under it.
        ParticularKinds.All.Select(kind => kind.Name).ShouldBe(["days", "towns", "years", "persons", "addresses"]);
        ParticularKinds.All.Select(kind => kind.Name).ShouldBeUnique();
    }

    [Fact]
    public void the_general_pack_tells_events_apart_by_when_where_who_and_which_year()
    {
        GeneralPack.Instance.Particulars.ShouldBe([EventDays.Kind, Towns.Kind, YearsWritten.Kind, StoryPersons.Kind]);
    }

    [Fact]
    public void the_street_address_of_an_incident_report_is_the_shooting_packs()
    {
        ShootingPack.Instance.Particulars.ShouldBe([StreetAddresses.Kind]);
        GeneralPack.Instance.Particulars.ShouldNotContain(StreetAddresses.Kind);
    }
}
