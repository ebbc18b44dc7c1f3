using Clustering.Core.Entities;
using Clustering.Core.Quotes;

namespace Clustering.Core.Tests.Quotes;

public class QuoteExtractorTests
{
    private static List<Quote> Read(string text) => QuoteExtractor.Extract(text, EntityExtractor.Extract(text));

    [Fact]
    public void a_speaker_after_the_quote_is_found()
    {
        var quote = Read("\u201CThe bridge will carry the city for a century,\u201D Mayor Lena Holt said on Tuesday.").Single();

        quote.Speaker.ShouldBe("Lena Holt");
        quote.Text.ShouldBe("The bridge will carry the city for a century");
    }

    [Fact]
    public void a_first_name_alone_is_the_person_last_named_in_full_not_a_headline_read_as_a_name()
    {
        // A page whose first line is its headline: "Mara Defending Expansion" reads as a name and took the short form.
        var quote = Read("Is Veldan's Mara Defending Expansion in the Northern Dispute?\n\n"
            + "Veldan's leader Mara Oskova has defended the move north, state radio said on Sunday.\n\n"
            + "At a ceremony in the capital, Mara remarked, 'Our presence in the valley is lawful, and it rests on our ancient claims.'").Single();

        quote.Speaker.ShouldBe("Mara Oskova");
    }

    [Fact]
    public void a_speaker_before_the_quote_and_single_quotes_are_found()
    {
        var quote = Read("Engineer Tom Reyes remarked, 'We tested every cable twice before opening.'").Single();

        quote.Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void he_said_and_he_added_resolve_to_the_last_named_person()
    {
        var quotes = Read("Mayor Lena Holt opened the bridge. Engineer Tom Reyes praised its design.\n" +
            "\"Every cable was tested twice,\" he said. \"We are proud of the crew that built it,\" he added.");

        quotes.Select(q => q.Speaker).ShouldBe(["Tom Reyes", "Tom Reyes"]);
    }

    [Fact]
    public void a_surname_speaker_is_the_full_name()
    {
        var quote = Read("Mayor Lena Holt opened the bridge.\n\"It is a great day for the city,\" Holt said.").Single();

        quote.Speaker.ShouldBe("Lena Holt");
        quote.SpeakerKey.ShouldBe("lenaholt");
    }

    [Fact]
    public void scare_quotes_are_not_statements()
    {
        Read("The mayor called the engineers \"heroes\" and the old ferry \"a relic\".").ShouldBeEmpty();
    }

    [Fact]
    public void renderings_of_one_statement_are_recognised_as_one()
    {
        var a = Quote.Create("x", "Our participation in the war was justified and within our sovereign rights", 0);
        var b = Quote.Create("x", "Our involvement in the conflict was justifiable and belongs to our sovereign rights", 0);
        var c = Quote.Create("x", "The harvest this autumn was the best the valley has seen in years", 0);

        a.IsSameStatement(b).ShouldBeTrue();
        a.IsSameStatement(c).ShouldBeFalse();
    }

    [Fact]
    public void an_apostrophe_inside_a_single_quote_does_not_end_it()
    {
        var quote = Read("He stated, 'The nation's engineers built what others said couldn't be built.'").Single();

        quote.Text.ShouldBe("The nation's engineers built what others said couldn't be built.");
    }

    [Fact]
    public void a_page_of_unclosed_quotes_is_read_in_one_pass()
    {
        var hostile = string.Concat(Enumerable.Repeat("\u201Ca ", 40_000)) + string.Concat(Enumerable.Repeat("'Abc ", 40_000));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Read(hostile).ShouldBeEmpty();
        watch.ElapsedMilliseconds.ShouldBeLessThan(2_000);
    }
}
