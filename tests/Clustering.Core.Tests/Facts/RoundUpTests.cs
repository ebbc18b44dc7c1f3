using Clustering.Core.Articles;
using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Facts;

public class RoundUpTests
{
    private static readonly DateTimeOffset Day = new(2031, 6, 2, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3 dead, 11 wounded in weekend shootings", "Police said the violence began on Friday evening.")]
    [InlineData("Violent night in Kessford", "Two men were killed and four people wounded in three separate shootings overnight, police said.")]
    [InlineData("Busy night for Kessford police", "At least nine people were hurt in shootings across the city since Friday.")]
    public void several_shootings_at_once_are_a_round_up(string title, string body)
    {
        RoundUps.Is(title, body).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Two dead, one hurt in Kessford shooting", "Two men were killed and a woman wounded outside a bar on Alder Street.")]
    [InlineData("Man charged in bakery shooting", "Police said the shooting was the city's third this year. Two people were wounded.")]
    public void one_shooting_is_no_round_up(string title, string body)
    {
        RoundUps.Is(title, body).ShouldBeFalse();
    }

    [Fact]
    public void a_round_ups_victim_counts_are_marked_and_other_counts_are_not()
    {
        var article = new Article("a", "4 dead, 9 wounded in weekend shootings",
            "Four people were killed and nine wounded across Kessford over the weekend. Police arrested 3 suspects.", null, "Test", Day, "en", Day);

        var quantities = ArticleReading.Read(article, ReadingParts.Quantities).Quantities;

        quantities.Where(q => q.Slot is "killed" or "injured").ShouldAllBe(q => q.Role == QuantityRole.RoundUp);
        quantities.Single(q => q.Slot == "arrested").Role.ShouldBe(QuantityRole.Stated);
    }
}
