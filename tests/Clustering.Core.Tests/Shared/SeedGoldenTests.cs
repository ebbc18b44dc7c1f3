using Clustering.Core.Articles;
using Clustering.Core.Copies;
using Clustering.Core.Credits;
using Clustering.Core.Entities;
using Clustering.Core.Facts;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Shared;

/// <summary>
/// The golden reading of the five seed articles, checked line by line by hand against the files.
/// Expected values are the facts read (numbers, slots, names), not the articles' prose; the seeds
/// themselves are read from ../shared/seeds at run time.
/// </summary>
public class SeedGoldenTests
{
    // Seeds without a date line arrive on the day the others were published.
    private static readonly DateTimeOffset Arrival = new(2025, 5, 10, 12, 0, 0, TimeSpan.Zero);

    private static (string Raw, Article Article, ArticleReadout Readout) Seed(string prefix)
    {
        var directory = Path.Combine(SharedData.Root(), "seeds");
        var file = System.IO.Directory.GetFiles(directory, prefix + "_*.txt").SingleOrDefault();
        if (file is null)
        {
            Assert.Skip($"../shared is not here: no seed {prefix} in {directory}");
        }
        var raw = File.ReadAllText(file);
        var article = TxtArticleReader.Read(Path.GetFileName(file), raw, Arrival).Article!;
        return (raw, article, ArticleReading.Read(article));
    }

    private static List<(string Slot, double Value, string Qualifier)> Facts(ArticleReadout readout) =>
        readout.Quantities.Select(q => (q.Slot, q.Value, q.Qualifier)).ToList();

    private static string NonEmptyLine(string raw, int index) =>
        raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ElementAt(index);

    [Fact]
    public void seed_000_a_wire_story_whose_title_line_is_its_lead()
    {
        var (_, article, readout) = Seed("000");

        readout.TitleFound.ShouldBeFalse();
        article.Title.ShouldContain(readout.Title.TrimEnd('…'));
        readout.Lead.ShouldNotContain("(IANS)");
        readout.Body.Split('\n').Length.ShouldBe(8);

        Facts(readout).ShouldBe([("troops", 15_000d, "about"), ("casualties", 4_700d, "more than"), ("killed", 600d, "about")]);
        readout.Quantities.ShouldAllBe(q => q.Attribution!.EndsWith("spy agency"));

        readout.Quotes.Count.ShouldBe(2);
        readout.Quotes.ShouldAllBe(q => q.SpeakerKey == "kimjongun");

        readout.Credits.ShouldContain(c => c.Name == "IANS" && c.Kind == CreditKind.Dateline);
        readout.Credits.ShouldContain(c => c.Name == "Yonhap" && c.Kind == CreditKind.Cited && c.Via == "KCNA");
        readout.Entities.Single(e => e.Name == "KCNA").Variants.Count.ShouldBe(2);

        readout.Dates.ShouldContain(d => d.Text == "the previous day" && d.Start == new DateOnly(2025, 5, 9));
        readout.Dates.ShouldContain(d => d.Text == "Last month" && d.Start == new DateOnly(2025, 4, 1) && d.End == new DateOnly(2025, 4, 30));
        readout.Dates.ShouldContain(d => d.Text == "last year" && d.Start == new DateOnly(2024, 1, 1));
        readout.Dates.ShouldContain(d => d.Text == "Friday" && d.Start == new DateOnly(2025, 5, 9));
    }

    [Fact]
    public void seed_001_an_undated_page_with_section_heads_and_a_reuters_credit()
    {
        var (_, _, readout) = Seed("001");

        readout.TitleFound.ShouldBeFalse();
        // Its two short section heads are not article text.
        readout.Body.Split('\n').Length.ShouldBe(10);
        readout.Body.Split('\n').ShouldAllBe(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6);

        Facts(readout).ShouldBe([("troops", 10_000d, "more than")]);
        readout.Quantities[0].Attribution.ShouldBe("reports");

        readout.Quotes.Where(q => q.Speaker.Length > 0).Select(q => q.SpeakerKey).ShouldBe(["kimjongun", "kimjongun"]);
        readout.Credits.ShouldContain(c => c.Name == "Reuters" && c.Kind == CreditKind.Inputs);
        readout.Credits.ShouldContain(c => c.Name == "KCNA" && c.Kind == CreditKind.Cited);
        // Undated, and its text names no year: "on Friday" and "in April" stay unresolved, not read against the clock.
        readout.Dated.ShouldBeNull();
        readout.Dates.ShouldNotContain(d => d.Text == "Friday" || d.Text == "April");
    }

    [Fact]
    public void seed_002_a_rewrite_with_a_real_headline_and_a_summary_box()
    {
        var (raw, _, readout) = Seed("002");

        readout.TitleFound.ShouldBeTrue();
        readout.Title.ShouldBe(NonEmptyLine(raw, 0));
        readout.Body.ShouldNotContain("Key Takeaways");
        readout.Body.ShouldNotContain("(NationPress)");

        Facts(readout).ShouldBe([("troops", 15_000d, "exact"), ("troops", 15_000d, "about"), ("casualties", 4_700d, "about"), ("killed", 600d, "about")]);
        readout.Quantities.Skip(1).ShouldAllBe(q => q.Attribution!.EndsWith("intelligence services"));
        readout.Quotes.Select(q => q.SpeakerKey).ShouldBe(["kimjongun", "kimjongun"]);
        readout.Credits.ShouldContain(c => c.Name == "NationPress" && c.Kind == CreditKind.Dateline);
        // Its dateline gives a day and no year ("Seoul, May 10"): no date, so "the day prior" stays unresolved.
        readout.Dated.ShouldBeNull();
        readout.Dates.ShouldNotContain(d => d.Text == "the day prior");
    }

    [Fact]
    public void seed_003_an_error_page_carrying_its_body_twice_and_a_legal_footer()
    {
        var (raw, _, readout) = Seed("003");

        readout.TitleFound.ShouldBeTrue();
        // The headline is the first line after the three lines of error page.
        readout.Title.ShouldBe(NonEmptyLine(raw, 3));
        readout.Body.Split('\n').Length.ShouldBe(5);
        readout.Body.ShouldNotContain("Sorry");
        readout.Body.ShouldNotContain("Error");
        readout.Body.ShouldNotContain("Disclaimer");
        readout.Body.ShouldNotContain("warranty");
        readout.Body.ShouldNotContain("Comments");

        readout.Quantities.ShouldNotContain(q => q.Slot == "killed" || q.Slot == "troops");
        var statement = readout.Quotes.Single(q => q.Speaker.Length > 0);
        statement.SpeakerKey.ShouldBe("kimjongun");
        readout.Entities.ShouldContain(e => e.Kind == EntityKind.Person && e.Variants.Count == 2 && e.Key != "kimjongun");
        readout.Credits.ShouldContain(c => c.Name == "MENAFN" && c.Kind == CreditKind.Dateline);
        readout.Dates.ShouldContain(d => d.Text == "previous year" && d.Start == new DateOnly(2024, 1, 1));
    }

    [Fact]
    public void seed_004_a_magazine_page_with_menus_caption_teaser_tags_and_author_box()
    {
        var (_, _, readout) = Seed("004");

        readout.TitleFound.ShouldBeTrue();
        readout.Title.ShouldStartWith("Kim Jong Un says");
        readout.Body.Split('\n').Length.ShouldBe(7);
        foreach (var chrome in new[] { "Become a member", "Follow Us", "Avatar", "min read", "Getty Images", "What’s next", "Read more", "news team", "Editors" })
        {
            readout.Body.ShouldNotContain(chrome);
        }

        Facts(readout).ShouldBe([("troops", 11_000d, "about"), ("troops", 3_000d, "exact"), ("casualties", 1d / 3, "more than"), ("troops", 14_000d, "about")]);
        readout.Quantities[1].Role.ShouldBe(QuantityRole.Addition);
        readout.Quantities[2].Kind.ShouldBe(QuantityKind.Fraction);
        readout.Quantities[2].Attribution.ShouldBe("Kyiv");
        readout.Quantities[3].Role.ShouldBe(QuantityRole.Total);

        readout.Quotes.Where(q => q.Speaker.Length > 0).ShouldAllBe(q => q.SpeakerKey == "kimjongun");
        readout.Dates.ShouldContain(d => d.Text == "in the fall of 2024" && d.Start == new DateOnly(2024, 9, 1) && d.End == new DateOnly(2024, 11, 30));
        readout.Dates.ShouldContain(d => d.Text == "late April" && d.Start == new DateOnly(2025, 4, 21));
        readout.Dates.ShouldContain(d => d.Text == "May 9" && d.Start == new DateOnly(2025, 5, 9));
    }

    [Fact]
    public void only_seed_002_is_a_copy_and_it_copies_seed_000()
    {
        var seeds = new[] { "000", "001", "002", "003", "004" }.ToDictionary(p => p, p => Seed(p).Readout.Fingerprint);

        foreach (var (original, a) in seeds)
        {
            foreach (var (candidate, b) in seeds)
            {
                if (original == candidate)
                {
                    continue;
                }
                var verdict = CopyDetector.Compare(a, b);
                verdict.IsCopy.ShouldBe(original == "000" && candidate == "002", $"{candidate} as a copy of {original}: {verdict}");
            }
        }
    }

    [Fact]
    public void the_justification_statement_is_recognised_as_one_across_all_five_renderings()
    {
        var statements = new[] { "000", "001", "002", "003", "004" }
            .Select(p => Seed(p).Readout.Quotes.First(q => q.SpeakerKey == "kimjongun"))
            .ToList();

        for (var i = 0; i < statements.Count; i++)
        {
            for (var j = i + 1; j < statements.Count; j++)
            {
                statements[i].IsSameStatement(statements[j]).ShouldBeTrue($"{i} and {j}: {statements[i].Similarity(statements[j]):F2}");
            }
        }
        // The other statement in the wire story is a different one.
        Seed("000").Readout.Quotes[1].IsSameStatement(statements[0]).ShouldBeFalse();
    }
}
