using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>The seeds' story as a wire desk reads it through `GET /api/stories/{id}`.</summary>
public class SeedsStoryReadsTests
{
    [Fact]
    public async Task the_seeds_story_counts_the_rewrite_once_and_reads_troops_as_compatible_not_a_conflict()
    {
        var seeds = RepoPaths.SharedOrSkip("seeds");
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        await Ingesting.Ingest(silo, seeds);
        var summary = (await silo.Client.GetStories(cancellationToken: ct)).ShouldHaveSingleItem();

        var story = (await silo.Client.GetStory(summary.Id, ct))!;

        var rewrite = story.Articles.Single(article => article.Id.StartsWith("002_", StringComparison.Ordinal));
        rewrite.Independent.ShouldBeFalse();
        rewrite.CopyOf!.ShouldStartWith("000_");
        story.IndependentSourceCount.ShouldBe(4);

        var troops = story.Facts.Single(fact => fact.Slot == "troops");
        troops.Status.ShouldNotBe("conflict");
        troops.Values.Select(value => value.Value).ShouldContain(15000);
        troops.Values.Select(value => value.Value).ShouldContain(10000);
        troops.Values.Select(value => value.Value).ShouldContain(14000);
        troops.Values.Single(value => value.Value == 15000).Qualifier.ShouldBe("about");
        troops.Values.Single(value => value.Value == 10000).Qualifier.ShouldBe("more than");
        story.Facts.Single(fact => fact.Slot == "killed").Values.Select(value => value.Value).ShouldContain(600);
        story.Facts.Single(fact => fact.Slot == "casualties").Values.Select(value => value.Value).ShouldContain(4700);

        story.Quotes.ShouldContain(quote => quote.Speaker.Contains("Kim", StringComparison.Ordinal) && quote.Sources.Count >= 4);
        story.Entities.Count(entity => entity.Variants.Contains("Kim Jong-un") || entity.Variants.Contains("Kim Jong Un")).ShouldBe(1);
        story.Timeline.ShouldContain(entry => entry.At == new DateTimeOffset(2025, 5, 9, 0, 0, 0, TimeSpan.Zero) && entry.Event.Contains("embassy", StringComparison.OrdinalIgnoreCase));
    }
}
