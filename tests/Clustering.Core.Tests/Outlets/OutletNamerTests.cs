using Clustering.Core.Articles;
using Clustering.Core.Credits;
using Clustering.Core.Outlets;
using Clustering.Core.Reading;
using Clustering.Core.Tests.Consensus;

namespace Clustering.Core.Tests.Outlets;

/// <summary>Who published an article, on made-up pages that name their maker the ways real ones do.</summary>
public class OutletNamerTests
{
    private static Outlet? Name(string text, string? source = null, string? url = null) =>
        OutletNamer.Name(source, url, text, CreditExtractor.Extract(text));

    [Fact]
    public void the_source_field_wins_over_anything_the_text_says()
    {
        var outlet = Name("Lisbon, June 3 (Reuters) - The harbour closed.", source: "Harbour Gazette").ShouldNotBeNull();

        outlet.Name.ShouldBe("Harbour Gazette");
        outlet.Basis.ShouldBe(OutletBasis.Source);
    }

    [Theory]
    [InlineData("Brenmouth, March 3 (AFP) - Storm surge flooded the quay.", "AFP")]
    [InlineData("(Agence France-Presse) Storm surge flooded the quay at Brenmouth.", "AFP")]
    [InlineData("Sorry, this page moved.\n(VALLEYWIRE) Storm surge flooded the quay at Brenmouth.", "VALLEYWIRE")]
    public void a_bracketed_name_opening_the_story_is_its_outlet(string text, string expected)
    {
        var outlet = Name(text).ShouldNotBeNull();

        outlet.Name.ShouldBe(expected);
        outlet.Basis.ShouldBe(OutletBasis.Dateline);
    }

    [Theory]
    [InlineData("(LEAD) Storm surge floods the quay\nThe quay at Brenmouth flooded overnight.")]
    [InlineData("(UPDATE 2) Storm surge floods the quay\nThe quay at Brenmouth flooded overnight.")]
    [InlineData("(VIDEO) Storm surge floods the quay\nThe quay at Brenmouth flooded overnight.")]
    public void a_bracketed_label_is_no_outlet(string text)
    {
        Name(text).ShouldBeNull();
    }

    [Theory]
    [InlineData("Storm surge floods the quay\nby The Valley Courier news desk\nThe quay at Brenmouth flooded overnight.", "Valley Courier")]
    [InlineData("Storm surge floods the quay\nBy Harbour Gazette Staff\nThe quay at Brenmouth flooded overnight.", "Harbour Gazette")]
    public void a_byline_that_names_a_desk_names_the_outlet(string text, string expected)
    {
        var outlet = Name(text).ShouldNotBeNull();

        outlet.Name.ShouldBe(expected);
        outlet.Basis.ShouldBe(OutletBasis.Byline);
    }

    [Fact]
    public void a_byline_inside_a_sentence_or_naming_a_person_is_no_outlet()
    {
        Name("The quay at Brenmouth was inspected by Harbour Board staff on Monday.").ShouldBeNull();
        Name("Storm surge floods the quay\nBy Mara Venn\nThe quay at Brenmouth flooded overnight.").ShouldBeNull();
    }

    [Theory]
    [InlineData("The quay at Brenmouth flooded overnight.\n© 2031 Valley Courier. All rights reserved.", "Valley Courier")]
    [InlineData("The quay at Brenmouth flooded overnight.\nCopyright (c) 2030-2031 The Harbour Gazette", "Harbour Gazette")]
    public void a_copyright_line_naming_a_publisher_names_the_outlet(string text, string expected)
    {
        var outlet = Name(text).ShouldNotBeNull();

        outlet.Name.ShouldBe(expected);
        outlet.Basis.ShouldBe(OutletBasis.Copyright);
    }

    [Fact]
    public void a_copyright_line_naming_an_agency_is_a_syndicated_copy()
    {
        var outlet = Name("The quay at Brenmouth flooded overnight.\nCopyright 2031 The Associated Press. All rights reserved.").ShouldNotBeNull();

        outlet.Name.ShouldBe("AP");
        outlet.Basis.ShouldBe(OutletBasis.Syndicated);
    }

    [Fact]
    public void inputs_from_an_agency_name_it_when_nothing_better_does()
    {
        var outlet = Name("The quay at Brenmouth flooded overnight.\n(With inputs from Reuters)").ShouldNotBeNull();

        outlet.Name.ShouldBe("Reuters");
        outlet.Basis.ShouldBe(OutletBasis.Inputs);
    }

    [Fact]
    public void an_agency_cited_for_a_fact_is_not_the_outlet_and_the_host_names_it_instead()
    {
        var outlet = Name("Three boats sank at Brenmouth, according to Reuters.", url: "https://www.valley-courier.example/news/boats").ShouldNotBeNull();

        outlet.Name.ShouldBe("valley-courier.example");
        outlet.Basis.ShouldBe(OutletBasis.Host);
    }

    [Theory]
    [InlineData("https://m.harbourgazette.example/a", "harbourgazette.example")]
    [InlineData("https://news.harbourgazette.example/a", "harbourgazette.example")]
    [InlineData("http://www.gazette.example", "gazette.example")]
    [InlineData("https://kessford.example/a", "kessford.example")]
    [InlineData("not a url", null)]
    [InlineData("http://127.0.0.1/a", null)]
    public void a_host_loses_the_labels_that_say_nothing(string url, string? expected)
    {
        OutletNamer.Host(url).ShouldBe(expected);
    }

    [Fact]
    public void the_agencies_are_read_from_the_lexicon_with_every_name_to_one()
    {
        OutletLexicon.Agencies["The Associated Press"].ShouldBe("AP");
        OutletLexicon.Agencies["agence france-presse"].ShouldBe("AFP");
        OutletLexicon.NotOutlets.ShouldContain("LEAD");
    }

    [Fact]
    public void four_of_the_five_seeds_name_their_outlet_in_their_own_text()
    {
        var directory = Path.Combine(SharedFiles.Root(), "seeds");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count < 5)
        {
            Assert.Skip($"../shared/seeds is not here or incomplete: {directory}");
        }
        var named = 0;
        foreach (var file in files)
        {
            var article = TxtArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file), DateTimeOffset.UnixEpoch).Article!;
            if (ArticleReading.Read(article).Outlet is { } outlet)
            {
                named++;
                outlet.Basis.ShouldNotBe(OutletBasis.Host);
                (article.Title + "\n" + article.Text).ShouldContain(outlet.Name, Case.Insensitive);
            }
        }
        named.ShouldBe(4);
    }
}
