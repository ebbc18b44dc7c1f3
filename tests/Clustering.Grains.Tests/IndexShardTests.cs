using Clustering.Abstractions.Index;
using Clustering.Grains.Index;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class IndexShardTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2025, 5, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_shard_answers_its_best_candidates_by_score_then_id()
    {
        // A shard of its own: no article of another test hashes to this key.
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5001);
        await shard.Index("s-b", ["orvel"], [0.5f], Day);
        await shard.Index("s-a", ["orvel"], [0.5f], Day);
        await shard.Index("s-c", ["orvel", "tarn"], [0.2f, 0.9f], Day);
        await shard.Index("s-d", ["tarn"], [0.1f], Day);

        var found = await shard.Query(["orvel", "tarn"], [1f, 1f], DateTimeOffset.MinValue);

        found.Select(candidate => candidate.StoryId).ShouldBe(["s-c", "s-a", "s-b", "s-d"]);
        found[0].Score.ShouldBe(1.1f, tolerance: 1e-6f);
    }

    [Fact]
    public async Task a_shard_answers_no_more_than_its_cap_and_keeps_the_strongest()
    {
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5002);
        // Spread over five terms, so that no term holds more postings than it keeps.
        string[] terms = ["quillon", "ferrule", "pommel", "tang", "ricasso"];
        StoryIndexShardGrain.MaxPostingsPerTerm.ShouldBeGreaterThanOrEqualTo(5);
        for (var i = 0; i < 25; i++)
        {
            await shard.Index($"s-cap-{i:00}", [terms[i % terms.Length]], [i / 100f], Day);
        }

        var found = await shard.Query(terms, [1f, 1f, 1f, 1f, 1f], DateTimeOffset.MinValue);

        found.Count.ShouldBe(StoryIndexShardGrain.MaxCandidates);
        found[0].StoryId.ShouldBe("s-cap-24");
        found[^1].StoryId.ShouldBe($"s-cap-{25 - StoryIndexShardGrain.MaxCandidates:00}");
    }

    [Fact]
    public async Task a_story_taken_out_of_a_shard_is_no_longer_a_candidate_and_the_others_stay()
    {
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5003);
        await shard.Index("s-gone", ["brindle", "marrow"], [0.9f, 0.9f], Day);
        await shard.Index("s-kept", ["brindle"], [0.3f], Day);

        await shard.Unindex("s-gone", ["brindle", "marrow"]);

        var found = await shard.Query(["brindle", "marrow"], [1f, 1f], DateTimeOffset.MinValue);
        found.Select(candidate => candidate.StoryId).ShouldBe(["s-kept"]);
    }

    [Fact]
    public async Task a_shard_that_deactivates_answers_the_same_from_its_stored_postings()
    {
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5004);
        await shard.Index("s-one", ["gorsewick", "plimmet"], [0.9f, 0.2f], Day);
        await shard.Index("s-two", ["gorsewick"], [0.4f], Day);
        var before = await shard.Query(["gorsewick", "plimmet"], [1f, 1f], DateTimeOffset.MinValue);

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        var after = await shard.Query(["gorsewick", "plimmet"], [1f, 1f], DateTimeOffset.MinValue);
        after.Select(candidate => candidate.StoryId).ShouldBe(["s-one", "s-two"]);
        after.ShouldBe(before);
    }

    [Fact]
    public async Task a_story_active_near_the_article_outranks_an_older_one_with_the_same_postings()
    {
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5005);
        await shard.Index("s-aa-old", ["wendry", "colberrow"], [0.5f, 0.5f], Day.AddDays(-400));
        await shard.Index("s-zz-recent", ["wendry", "colberrow"], [0.5f, 0.5f], Day.AddDays(-1));

        var undated = await shard.Query(["wendry", "colberrow"], [1f, 1f], DateTimeOffset.MinValue);
        var dated = await shard.Query(["wendry", "colberrow"], [1f, 1f], DateTimeOffset.MinValue, near: Day);

        undated.Select(candidate => candidate.StoryId).ShouldBe(["s-aa-old", "s-zz-recent"], "undated: the plain sums, ties by id");
        dated.Select(candidate => candidate.StoryId).ShouldBe(["s-zz-recent", "s-aa-old"]);
    }

    [Fact]
    public async Task a_story_from_the_day_before_outranks_one_from_a_year_ago_that_shares_a_little_more()
    {
        // A town's words are shared by every incident it had: the one from yesterday is the follow-up's.
        var shard = fixture.Client.GetGrain<IStoryIndexShardGrain>(5006);
        await shard.Index("s-last-year", ["hobbleton", "quarrage"], [0.6f, 0.5f], Day.AddDays(-300));
        await shard.Index("s-yesterday", ["hobbleton", "quarrage"], [0.4f, 0.4f], Day.AddDays(-1));

        var found = await shard.Query(["hobbleton", "quarrage"], [1f, 1f], DateTimeOffset.MinValue, near: Day);

        found.Select(candidate => candidate.StoryId).ShouldBe(["s-yesterday", "s-last-year"]);
        found[1].Score.ShouldBeGreaterThan(1.1f, "a year away still counts at least its plain sum");
    }
}
