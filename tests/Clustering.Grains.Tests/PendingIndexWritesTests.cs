using Clustering.Abstractions.Index;
using Clustering.Grains.Index;

namespace Clustering.Grains.Tests;

/// <summary>Index writes gathered in a silo reach their shard with its next query, in the order made, or with a flush.</summary>
[Collection(ClusterCollection.Name)]
public class PendingIndexWritesTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2025, 10, 6, 9, 0, 0, TimeSpan.Zero);

    private static IndexWrite Posting(string storyId, string term, float weight) =>
        new() { StoryId = storyId, Terms = [term], Weights = [weight], Updated = Day };

    [Fact]
    public async Task a_query_carries_the_writes_gathered_for_its_shard_and_sees_them()
    {
        var pending = new PendingIndexWrites();
        const string term = "slipway-pending-1";
        var shard = IndexSharding.ShardOf(term);
        pending.Add(shard, Posting("s-pending-a", term, 0.4f));
        pending.Add(shard, Posting("s-pending-b", term, 0.2f));

        var target = fixture.Client.IndexShard(shard);
        var answer = await pending.Send(shard, writes => target.ApplyAndQuery(writes!, [term], [1f], DateTimeOffset.MinValue));

        answer.Select(candidate => candidate.StoryId).ShouldBe(["s-pending-a", "s-pending-b"]);
        pending.Count(shard).ShouldBe(0);
    }

    [Fact]
    public async Task a_later_write_of_the_same_posting_wins_and_a_leaving_story_is_gone()
    {
        var pending = new PendingIndexWrites();
        const string term = "slipway-pending-2";
        var shard = IndexSharding.ShardOf(term);
        pending.Add(shard, Posting("s-pending-c", term, 0.1f));
        pending.Add(shard, Posting("s-pending-d", term, 0.3f));
        pending.Add(shard, Posting("s-pending-c", term, 0.9f));
        pending.Add(shard, new IndexWrite { StoryId = "s-pending-d", Terms = [term] });

        await pending.Flush(fixture.Client);

        var answer = await fixture.Client.IndexShard(shard).Query([term], [1f], DateTimeOffset.MinValue);
        answer.ShouldHaveSingleItem().ShouldBe(new StoryCandidate { StoryId = "s-pending-c", Score = 0.9f });
    }

    [Fact]
    public async Task writes_a_failed_call_took_are_gathered_again_before_newer_ones()
    {
        var pending = new PendingIndexWrites();
        pending.Add(7, Posting("s-pending-e", "older", 0.5f));

        await Should.ThrowAsync<InvalidOperationException>(() => pending.Send<int>(7, _ => throw new InvalidOperationException("the shard's silo is gone")));
        pending.Add(7, Posting("s-pending-e", "newer", 0.5f));

        IndexWrite[]? resent = null;
        await pending.Send(7, writes => Task.FromResult(resent = writes));
        resent!.Select(write => write.Terms[0]).ShouldBe(["older", "newer"]);
    }

    [Fact]
    public async Task a_shard_with_nothing_gathered_is_queried_without_writes()
    {
        var pending = new PendingIndexWrites();
        IndexWrite[]? given = [];

        await pending.Send(3, writes => Task.FromResult(given = writes));

        given.ShouldBeNull();
    }

    [Fact]
    public async Task a_shard_says_when_it_holds_enough_writes_to_be_sent_and_a_flush_of_it_empties_it()
    {
        var pending = new PendingIndexWrites();
        const string term = "slipway-pending-3";
        var shard = IndexSharding.ShardOf(term);
        for (var i = 1; i < PendingIndexWrites.MaxPerShard; i++)
        {
            pending.Add(shard, Posting($"s-pending-many-{i}", term, 0.1f)).ShouldBeFalse();
        }

        pending.Add(shard, Posting("s-pending-many-last", term, 0.2f)).ShouldBeTrue();
        await pending.Flush(fixture.Client, [shard]);

        pending.Count(shard).ShouldBe(0);
        (await fixture.Client.IndexShard(shard).Query([term], [1f], DateTimeOffset.MinValue)).ShouldContain(candidate => candidate.StoryId == "s-pending-many-last");
    }
}
