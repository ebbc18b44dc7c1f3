using Clustering.Core.Features;
using Clustering.Core.Text;

namespace Clustering.Core.Tests.Features;

public class NameTermsTests
{
    [Fact]
    public void a_capital_inside_a_sentence_case_headline_marks_a_name()
    {
        NameTerms.Find("Ferries to Quenby cancelled as gales batter the coast").ShouldBe([Stemmer.Stem("quenby")], customMessage: "stemmed like the article's terms");
    }

    [Fact]
    public void the_first_word_and_the_word_after_a_colon_say_nothing()
    {
        NameTerms.Find("Snowstorm closes pass: Drivers turned back at the summit").ShouldBeEmpty();
    }

    [Fact]
    public void a_title_case_headline_capitalises_every_word_so_none_is_marked_for_its_capital()
    {
        NameTerms.Find("Snowstorm Closes Fenwick Pass As Drivers Wait").ShouldBeEmpty();
    }

    [Fact]
    public void inner_capitals_mark_a_name_even_in_title_case()
    {
        NameTerms.Find("Orchard Growers Test The New GrowPad At Dalby Fair").ShouldBe([Stemmer.Stem("growpad")]);
    }

    [Fact]
    public void a_headline_in_capitals_throughout_marks_nothing()
    {
        NameTerms.Find("SNOWSTORM CLOSES FENWICK PASS").ShouldBeEmpty();
    }
}
