using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Tests.Facts;

public class MultipleShootingsTests
{
    [Theory]
    [InlineData("Double shooting on Alder Street", "", 2, -1)]
    [InlineData("Kessford police", "Detectives are looking for a gunman after a triple shooting near the depot.", 3, 0)]
    [InlineData("Night of gunfire", "It was quiet until midnight. Then a quadruple shooting shook the block.", 4, 29)]
    public void the_kind_of_shooting_counts_the_shot(string title, string body, double shot, int offset)
    {
        var quantities = new List<Quantity>();

        MultipleShootings.Add(title, body, quantities);

        quantities.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            q => q.Slot.ShouldBe("shot"),
            q => q.Value.ShouldBe(shot),
            q => q.Offset.ShouldBe(offset));
    }

    [Fact]
    public void a_double_fatal_shooting_counts_the_dead()
    {
        var quantities = new List<Quantity>();

        MultipleShootings.Add("Brothers named in Kessford double fatal shooting", "", quantities);

        quantities.ShouldHaveSingleItem().ShouldSatisfyAllConditions(q => q.Slot.ShouldBe("killed"), q => q.Value.ShouldBe(2));
    }

    [Fact]
    public void a_double_murder_or_a_double_shift_is_no_count_of_the_shot()
    {
        var quantities = new List<Quantity>();

        MultipleShootings.Add("Suspect charged in double murder", "The officer had worked a double shift before the shooting.", quantities);

        quantities.ShouldBeEmpty();
    }
}
