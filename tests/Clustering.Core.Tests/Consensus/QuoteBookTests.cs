using Clustering.Core.Consensus;

namespace Clustering.Core.Tests.Consensus;

public class QuoteBookTests
{
    private static readonly LedgerQuote Named = new("a", "Mara Voss", "Our town will reopen the old mill as a library next summer", 10);
    private static readonly LedgerQuote Reworded = new("b", "Mara Voss", "The town plans to reopen the mill as a public library when summer comes", 12);
    private static readonly LedgerQuote Fragment = new("c", "", "the old mill by next summer", 40);

    [Fact]
    public void a_fragment_without_a_speaker_joins_its_statement_whatever_order_the_articles_came_in()
    {
        foreach (var order in new[] { new[] { Reworded, Fragment, Named }, [Fragment, Reworded, Named], [Named, Fragment, Reworded] })
        {
            var entry = QuoteBook.Build(order).ShouldHaveSingleItem();
            entry.Speaker.ShouldBe("Mara Voss");
            entry.Sources.Order().ShouldBe(["a", "b", "c"]);
        }
    }

    [Fact]
    public void the_same_words_from_two_different_speakers_stay_two_entries()
    {
        var other = Named with { ArticleId = "d", Speaker = "Ivo Rask" };

        QuoteBook.Build([Named, other]).Count.ShouldBe(2);
    }
}
