using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Tests.Facts;

public class MurderSuicidesTests
{
    private static List<Quantity> Shot(double count) =>
        [new Quantity(FactLexicon.Shot, count, count, count, Qualifiers.Exact, "three bodies bore bullet wounds", null)];

    [Fact]
    public void in_a_murder_suicide_that_names_no_wounded_the_shot_are_the_dead()
    {
        var quantities = Shot(3);

        MurderSuicides.Add(
            "Deputies call Orlin Creek deaths a murder-suicide",
            "Deputies said the farmer shot his brother and nephew in a barn before turning the rifle on himself. Three bodies bore bullet wounds.",
            quantities);

        quantities.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            q => q.Slot.ShouldBe(FactLexicon.Killed),
            q => q.Value.ShouldBe(3));
    }

    [Fact]
    public void a_survivor_keeps_the_shot_as_shot()
    {
        var quantities = Shot(3);

        MurderSuicides.Add(
            "Deputies call Orlin Creek deaths a murder-suicide",
            "The farmer shot his brother and nephew before killing himself. The nephew survived and is expected to recover.",
            quantities);

        quantities.ShouldHaveSingleItem().Slot.ShouldBe(FactLexicon.Shot);
    }

    [Fact]
    public void a_child_who_shot_himself_by_accident_is_no_murder_suicide()
    {
        var quantities = Shot(1);

        MurderSuicides.Add("Toddler finds pistol in a drawer", "A boy of three shot himself in the leg with a pistol he found in a drawer.", quantities);

        quantities.ShouldHaveSingleItem().Slot.ShouldBe(FactLexicon.Shot);
    }

    private static double? KilledAfterShooter(string title, string body)
    {
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(body, quantities);
        var fromTitle = QuantityExtractor.Extract(title);
        quantities.AddRange(fromTitle.Select(q => q with { Offset = -1 }));
        MurderSuicides.AddShooter(title, body, quantities);
        return CasualtyCount.Choose(quantities, FactLexicon.Killed);
    }

    [Theory]
    [InlineData("Shooting at Marlow plant", "Police said the gunman killed six people at the plant before turning the gun on himself.", 7)]
    [InlineData("Gunman kills 4 men, self at Marlow depot", "The depot was closed on Monday.", 5)]
    [InlineData("Tragedy on Fenn Road", "Deputies said he left two dead and one hurt, then killed himself.", 3)]
    public void the_shooter_who_killed_himself_is_one_more_dead(string title, string body, double killed)
    {
        KilledAfterShooter(title, body).ShouldBe(killed);
    }

    [Theory]
    [InlineData("Three dead in Marlow murder-suicide", "Three people were found dead in what deputies called a murder-suicide.", 3)]
    [InlineData("Two killed at Kessford farm", "The farmer killed two men in the barn. Hours later he shot himself in a field nearby.", 2)]
    public void a_count_outside_the_clause_of_his_death_is_left_as_it_is(string title, string body, double killed)
    {
        KilledAfterShooter(title, body).ShouldBe(killed);
    }
}
