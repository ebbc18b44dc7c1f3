using Clustering.Abstractions.Index;
using Clustering.Core.Features;
using Clustering.Grains.Assignment;
using Clustering.Grains.Index;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class NameQueryTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);

    // A follow-up whose twenty strongest terms are its own news in plain words; the names it shares
    // with its story (a person, a street, a town) come 14th to 16th. Words made up for this test only.
    private static readonly string[] Plain = [.. Enumerable.Range(0, 20).Select(i => $"plenvor{(char)('a' + i)}")];
    private static readonly string[] Names = ["ostrevanne", "quillmarsh", "tedderholm"];

    private static ArticleFeatures FollowUp(bool namesKnown)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < Plain.Length; i++)
        {
            weights[Plain[i]] = 1f - (i * 0.02f);
        }
        for (var i = 0; i < Names.Length; i++)
        {
            // Between the 13th and the 14th plain word: just beyond the twelve the lookup asks.
            weights[Names[i]] = 0.75f - (i * 0.001f);
        }
        return new ArticleFeatures(TermVector.FromWeights(weights, 64), Day)
        {
            Names = namesKnown ? [.. Names.Order(StringComparer.Ordinal)] : [],
        };
    }

    [Fact]
    public void an_article_is_looked_up_by_its_strongest_names_beyond_its_strongest_words_and_no_more_terms()
    {
        var options = new AssignmentOptions();
        var strongest = FollowUp(namesKnown: true).Terms.Strongest(options.QueryTerms).Select(term => term.Term).ToArray();
        strongest.ShouldNotContain(Names[0], "the names rank below the twelve strongest words");

        var asked = IndexLookup.QueryTermsOf(FollowUp(namesKnown: true), options).Select(term => term.Term).ToArray();

        asked.Length.ShouldBe(options.QueryTerms);
        asked.ShouldBe([.. Plain.Take(options.QueryTerms - Names.Length), .. Names]);
    }

    [Fact]
    public void an_article_without_names_beyond_its_strongest_words_is_looked_up_by_those_words_as_before()
    {
        var options = new AssignmentOptions();

        var asked = IndexLookup.QueryTermsOf(FollowUp(namesKnown: false), options).Select(term => term.Term).ToArray();

        asked.ShouldBe(Plain.Take(options.QueryTerms));
    }

    [Fact]
    public async Task a_story_that_shares_only_names_with_a_follow_up_is_among_its_candidates_ahead_of_stories_sharing_one_word_each()
    {
        // Eight other stories each share one of the follow-up's strong plain words (a town's other
        // incidents); its own story was indexed under the names it shares with the follow-up.
        for (var i = 0; i < 8; i++)
        {
            await Index($"s-namequery-other-{i}", [Plain[i]], 0.3f);
        }
        await Index("s-namequery-own", Names, 0.5f);

        var candidates = await IndexLookup.Candidates(fixture.Client, new PendingIndexWrites(), FollowUp(namesKnown: true), new AssignmentOptions(), take: 5);

        candidates.Length.ShouldBe(5);
        candidates[0].ShouldBe("s-namequery-own");
    }

    private async Task Index(string storyId, string[] terms, float weight)
    {
        foreach (var shard in terms.GroupBy(IndexSharding.ShardOf))
        {
            await fixture.Client.GetGrain<IStoryIndexShardGrain>(shard.Key).Index(storyId, [.. shard], [.. shard.Select(_ => weight)], Day);
        }
    }
}
