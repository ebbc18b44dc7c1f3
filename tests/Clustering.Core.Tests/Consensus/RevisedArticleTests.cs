using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>A write-thru: an article the ledger holds comes again under its id with new text.</summary>
public class RevisedArticleTests
{
    private static readonly DateTimeOffset Noon = new(2031, 6, 2, 12, 0, 0, TimeSpan.Zero);

    private static ArticleReadout Read(string id, string text) => ArticleReading.Read(new Article(id, "Bridge collapse in Orrin Falls", text, null, "Valley Wire", Noon, "en", Noon));

    [Fact]
    public void the_new_version_replaces_the_old_ones_counts_quotes_and_dates_and_still_counts_once()
    {
        var ledger = new StoryLedger();
        ledger.AddArticle("w1", "Valley Wire", Noon, Read("w1",
            "Three people were killed when a footbridge collapsed in Orrin Falls on June 1, 2031. \"The rail simply gave way,\" said Tam Odell, a witness."));
        ledger.AddArticle("other", "Falls Radio", Noon.AddHours(1), Read("other",
            "Rescuers in Orrin Falls searched the river below the footbridge that fell on Sunday afternoon."));

        var change = ledger.ReviseArticle("w1", "Valley Wire", Noon.AddHours(2), Read("w1",
            "Five people were killed when a footbridge collapsed in Orrin Falls, officials said."));

        change.ChangedSlots.ShouldContain("killed");
        ledger.Fact("killed")!.Values.ShouldHaveSingleItem().Value.ShouldBe(5);
        ledger.Articles.Select(article => article.Id).ShouldBe(["w1", "other"]);
        ledger.Quotes.ShouldBeEmpty();
        ledger.Timeline.ShouldAllBe(entry => !entry.Sources.Contains("w1"));
        change.QuotesChanged.ShouldBeTrue();
    }

    [Fact]
    public void a_slot_only_the_old_version_stated_goes_away()
    {
        var ledger = new StoryLedger();
        ledger.AddArticle("w2", "Valley Wire", Noon, Read("w2", "Four people were injured when a footbridge collapsed in Orrin Falls."));

        var change = ledger.ReviseArticle("w2", "Valley Wire", Noon, Read("w2", "A footbridge collapsed in Orrin Falls; no one was on it."));

        change.ChangedSlots.ShouldContain("injured");
        ledger.Fact("injured").ShouldBeNull();
    }
}
