using Clustering.Core.Facts;

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
}
