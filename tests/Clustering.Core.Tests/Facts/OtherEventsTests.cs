using Clustering.Core.Facts;
using Clustering.Core.Packs.General;

namespace Clustering.Core.Tests.Facts;

public class OtherEventsTests
{
    private static List<Quantity> Read(string body)
    {
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(body, quantities);
        OtherEvents.Drop(body, quantities);
        return quantities;
    }

    [Theory]
    [InlineData("A woman was wounded on Alder Street on Friday. Just last year, a boy was killed at the same corner.")]
    [InlineData("A woman was wounded on Alder Street on Friday. In March 2029, two men were shot a block away.")]
    [InlineData("A woman was wounded on Alder Street on Friday. It was the same address where two brothers were wounded on June 4, 2030.")]
    [InlineData("A woman was wounded on Alder Street on Friday. In the past two months, six teens have been shot in the county.")]
    [InlineData("A woman was wounded on Alder Street on Friday. So far this year, 14 people have been shot by accident.")]
    [InlineData("A woman was wounded on Alder Street on Friday. Since 2027, nine people have been killed on the street.")]
    [InlineData("A woman was wounded on Alder Street on Friday. She was the third of five shopkeepers killed there through June 2028.")]
    public void victims_of_an_earlier_event_are_no_count_of_this_one(string body)
    {
        Read(body).ShouldHaveSingleItem().ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("injured"), q => q.Value.ShouldBe(1));
    }

    [Fact]
    public void a_report_that_counts_only_the_missing_drops_last_winters_dead()
    {
        Read("Three climbers are still missing after the slide on the north face. Five people died in avalanches in the range last winter.")
            .ShouldHaveSingleItem().Slot.ShouldBe("missing");
    }

    [Fact]
    public void the_homeless_of_an_earlier_disaster_are_no_count_of_this_one()
    {
        Read("About 200 villagers were evacuated on Sunday as the river rose. Last year a flood in the valley left more than 3,000 homeless.")
            .ShouldHaveSingleItem().Value.ShouldBe(200);
    }

    [Fact]
    public void a_report_that_tells_of_the_event_only_in_the_past_keeps_its_count()
    {
        Read("Two men were shot dead at a Kessford park last summer.").ShouldContain(q => q.Slot == "killed" && q.Value == 2);
    }

    [Fact]
    public void a_plea_for_killings_last_year_is_this_events_count()
    {
        var quantities = Read("The Marlow gunman was sentenced on Monday for the shooting that left three people dead. He pleaded guilty to killing three people and wounding two others last year.");

        quantities.ShouldContain(q => q.Slot == "killed" && q.Value == 3);
        quantities.ShouldContain(q => q.Slot == "injured" && q.Value == 2);
    }
}
