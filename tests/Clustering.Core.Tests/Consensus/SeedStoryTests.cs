using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Quotes;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>
/// The five seeds, read and added in file order as one story. The expectations are facts checked
/// by hand against the files (which article copies which, the figures and who gave them); the seed
/// text itself is read from ../shared/seeds at run time.
/// </summary>
public class SeedStoryTests
{
    // Seeds without a date line arrive on the day the others were published.
    private static readonly DateTimeOffset Arrival = new(2025, 5, 10, 12, 0, 0, TimeSpan.Zero);

    private static (StoryLedger Ledger, List<string> Ids) SeedStory(bool reversed = false)
    {
        var directory = Path.Combine(SharedFiles.Root(), "seeds");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count < 5)
        {
            Assert.Skip($"../shared/seeds is not here or incomplete: {directory}");
        }
        if (reversed)
        {
            files.Reverse();
        }
        var ledger = new StoryLedger();
        var ids = new List<string>();
        foreach (var file in files)
        {
            var article = TxtArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file), Arrival).Article!;
            ledger.AddArticle(article.Id, article.Source, article.EffectiveTime, ArticleReading.Read(article));
            ids.Add(article.Id);
        }
        return (ledger, ids);
    }

    [Fact]
    public void seed_002_is_a_copy_of_seed_000_and_four_sources_are_independent()
    {
        var (ledger, ids) = SeedStory();

        var copy = ledger.Article(ids[2])!;
        copy.Independent.ShouldBeFalse();
        copy.CopyOf.ShouldBe(ids[0]);
        ledger.Articles.Where(a => a.Id != ids[2]).ShouldAllBe(a => a.Independent && a.CopyOf == null);
        ledger.IndependentSourceCount.ShouldBe(4);
    }

    [Fact]
    public void troops_gathers_about_15000_more_than_10000_and_11000_plus_3000_without_a_conflict()
    {
        var (ledger, ids) = SeedStory();

        var troops = ledger.Fact("troops")!;
        troops.Status.ShouldNotBe(FactStatus.Conflict);
        troops.Status.ShouldBe(FactStatus.Compatible);
        var about = troops.Values.Single(v => v.Value == 15_000);
        about.Qualifier.ShouldBe("about");
        about.Attribution!.ShouldContain("spy agency");
        about.Sources.ShouldContain(ids[0]);
        troops.Values.Single(v => v.Value == 10_000).Qualifier.ShouldBe("more than");
        var sum = troops.Values.Single(v => v.Value == 14_000);
        sum.Text.ShouldContain("11,000");
        sum.Text.ShouldContain("3,000");
        sum.Sources.ShouldBe([ids[4]]);
        troops.Consensus.Explanation.ShouldContain(ids[0]);
        ledger.ConflictCount.ShouldBe(0);
    }

    [Fact]
    public void the_copy_adds_no_weight_to_the_figures_it_repeats()
    {
        var (ledger, ids) = SeedStory();

        var killed = ledger.Fact("killed")!;
        killed.Values.Single().Value.ShouldBe(600);
        killed.Values.Single().Sources.ShouldBe([ids[0], ids[2]], ignoreOrder: true);
        killed.Values.Single().IndependentSources.ShouldBe(1);
        killed.Status.ShouldBe(FactStatus.SingleSource);
        killed.Consensus.Value.ShouldBe(600);
        ledger.Fact("casualties")!.Consensus.Value.ShouldBe(4_700);
    }

    [Fact]
    public void the_justification_statement_is_one_quote_entry_by_kim_from_every_article_in_either_order()
    {
        foreach (var reversed in new[] { false, true })
        {
            var (ledger, ids) = SeedStory(reversed);

            // All five seeds carry the statement, in three renderings and a fragment without a speaker.
            var entry = ledger.Quotes.MaxBy(q => q.Sources.Count)!;
            entry.SpeakerKey.ShouldBe("kimjongun");
            entry.Sources.Order(StringComparer.Ordinal).ShouldBe(ids.Order(StringComparer.Ordinal));
            entry.Variants.Count.ShouldBeGreaterThan(2);
            // No other entry holds a rendering of it.
            var renderings = entry.Variants.Select(v => Quote.Create(string.Empty, v, 0)).ToList();
            ledger.Quotes.Where(q => !ReferenceEquals(q, entry))
                .ShouldAllBe(other => !other.Variants.Any(v => renderings.Any(r => r.IsSameStatement(Quote.Create(string.Empty, v, 0)))));
        }
    }

    [Fact]
    public void both_spellings_of_kim_jong_un_are_one_entity()
    {
        var (ledger, ids) = SeedStory();

        var kims = ledger.Entities.Where(e => e.Name.Replace("-", " ", StringComparison.Ordinal).Equals("Kim Jong Un", StringComparison.OrdinalIgnoreCase)
            || e.Variants.Contains("Kim Jong-un") || e.Variants.Contains("Kim Jong Un")).ToList();
        kims.Count.ShouldBe(1);
        var kim = kims[0];
        new[] { kim.Name }.Concat(kim.Variants).ShouldContain("Kim Jong-un");
        new[] { kim.Name }.Concat(kim.Variants).ShouldContain("Kim Jong Un");
        kim.Sources.Count.ShouldBe(ids.Count);
    }

    [Fact]
    public void the_timeline_dates_the_embassy_visit_to_9_may_not_to_publication_day_nor_to_the_clock()
    {
        var (ledger, _) = SeedStory();

        var visit = ledger.Timeline.Where(e => e.Event.Contains("Embassy", StringComparison.OrdinalIgnoreCase)).ToList();
        visit.ShouldNotBeEmpty();
        visit.ShouldContain(e => e.Start == new DateOnly(2025, 5, 9) && e.End == e.Start);
        // The undated pages (their text names no year) put the visit on no day at all, never on the clock's.
        visit.ShouldAllBe(e => e.Start == new DateOnly(2025, 5, 9));
    }
}
