using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Text;

namespace Clustering.Core.Tests.Features;

public class SourceLinesTests
{
    private const string Furniture = "Hear the whole valley every morning on Marzipan Radio, anywhere you travel.";

    private static readonly DateTimeOffset Noon = new(2031, 5, 4, 12, 0, 0, TimeSpan.Zero);

    private static Article Page(string id, string source, string title, string lead, string more) => new(
        id, title, $"{lead}\n\n{more}\n\n{Furniture}", null, source, Noon, "en", Noon);

    private static readonly string Marzipan = Stemmer.Stem("marzipan");

    [Fact]
    public void a_line_the_same_site_printed_before_gives_no_terms_to_its_next_page()
    {
        var extractor = new FeatureExtractor(new TermStatistics());
        var first = extractor.Extract(Page("a1", "valley-news.test", "Bakery fire closes Orchard Lane",
            "Firefighters spent the night at a bakery on Orchard Lane after its ovens caught fire.", "The owner hopes to reopen by the autumn fair."));
        var second = extractor.Extract(Page("a2", "valley-news.test", "Council votes on new bridge tolls",
            "Councillors in Brookfield approved higher tolls for the river bridge on Tuesday evening.", "Commuters will pay the new rate from the first of June."));

        first.Terms.Contains(Marzipan).ShouldBeTrue();
        second.Terms.Contains(Marzipan).ShouldBeFalse();
    }

    [Fact]
    public void another_site_printing_the_same_line_keeps_its_terms()
    {
        var extractor = new FeatureExtractor(new TermStatistics());
        extractor.Extract(Page("b1", "valley-news.test", "Bakery fire closes Orchard Lane",
            "Firefighters spent the night at a bakery on Orchard Lane after its ovens caught fire.", "The owner hopes to reopen by the autumn fair."));
        var other = extractor.Extract(Page("b2", "hill-gazette.test", "Council votes on new bridge tolls",
            "Councillors in Brookfield approved higher tolls for the river bridge on Tuesday evening.", "Commuters will pay the new rate from the first of June."));

        other.Terms.Contains(Marzipan).ShouldBeTrue();
    }
}
