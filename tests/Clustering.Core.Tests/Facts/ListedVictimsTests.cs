using Clustering.Core.Facts;
using Clustering.Core.Packs.General;

namespace Clustering.Core.Tests.Facts;

public class ListedVictimsTests
{
    [Theory]
    [InlineData("Man charged with killing his wife and daughter in Fennick", "", 2)]
    [InlineData("Fennick arrest", "Police say the suspect murdered a guard, a clerk and a customer before fleeing.", 3)]
    [InlineData("Fennick farmer kills his brother, his 8-year-old nephew and his estranged wife", "", 3)]
    [InlineData("Fennick court", "The accused is charged with killing Mum and Dad at the family farm.", 2)]
    public void the_dead_listed_one_by_one_after_a_killing_verb_are_counted(string title, string body, double killed)
    {
        var quantities = new List<Quantity>();

        ListedVictims.Add(title, body, quantities);

        quantities.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            q => q.Slot.ShouldBe("killed"),
            q => q.Value.ShouldBe(killed),
            q => q.Role.ShouldBe(QuantityRole.Stated));
    }

    [Theory]
    [InlineData("Man charged with killing his wife in Fennick", "")]
    [InlineData("Fennick", "He killed his wife and then himself, police said.")]
    [InlineData("Fennick", "A man was killed and his wife and daughter were hurt in the crash.")]
    [InlineData("Fennick", "The gunman, who killed a guard and wounded a clerk, was arrested.")]
    [InlineData("Fennick", "Police killed the suspect and an officer was wounded in the exchange.")]
    [InlineData("Fennick", "The slaying suspect and his girlfriend were arrested on Tuesday.")]
    [InlineData("Fennick", "A gunman killed a guard and a clerk called police from the back room.")]
    [InlineData("Fennick", "He killed his wife, a nurse at the county hospital, police said.")]
    [InlineData("Fennick", "Last year he killed his wife and son, and on Monday he was found dead.")]
    public void one_victim_a_killer_or_the_hurt_are_no_list_of_the_dead(string title, string body)
    {
        var quantities = new List<Quantity>();

        ListedVictims.Add(title, body, quantities);

        quantities.ShouldBeEmpty();
    }

    [Fact]
    public void a_list_far_down_the_page_is_not_the_news()
    {
        var quantities = new List<Quantity>();
        var body = new string('x', ListedVictims.LeadWindow) + " In 1998 he was convicted of killing a neighbour and a cousin.";

        ListedVictims.Add("Fennick man freed", body, quantities);

        quantities.ShouldBeEmpty();
    }
}
