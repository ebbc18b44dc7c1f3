using Clustering.Abstractions.Index;
using Clustering.Grains.Assignment;
using Clustering.Grains.Index;

namespace Clustering.Grains.Tests;

public class ShardPostingsTests
{
    private static readonly DateTimeOffset Day = new(2025, 5, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_story_is_scored_over_every_term_it_shares_and_ties_go_to_the_smaller_id()
    {
        var postings = new ShardPostings();
        postings.Set("orvel", "s-b", 0.5f, Day);
        postings.Set("orvel", "s-a", 0.5f, Day);
        postings.Set("orvel", "s-c", 0.2f, Day);
        postings.Set("tarn", "s-c", 0.9f, Day);

        var (best, read) = postings.Query(["orvel", "tarn"], [1f, 2f], DateTimeOffset.MinValue, take: 2);

        read.ShouldBe(4);
        best.Select(candidate => candidate.StoryId).ShouldBe(["s-c", "s-a"]);
        best[0].Score.ShouldBe(2.0f, tolerance: 1e-6f);
    }

    [Fact]
    public void indexing_a_story_again_under_a_term_replaces_its_posting()
    {
        var postings = new ShardPostings();
        postings.Set("orvel", "s-a", 0.9f, Day);
        postings.Set("orvel", "s-a", 0.1f, Day);
        postings.Set("orvel", "s-b", 0.5f, Day);

        var (best, read) = postings.Query(["orvel"], [1f], DateTimeOffset.MinValue, take: 5);

        read.ShouldBe(2);
        best.Select(candidate => candidate.StoryId).ShouldBe(["s-b", "s-a"]);
    }

    [Fact]
    public void a_story_taken_out_of_every_term_is_not_answered_and_the_story_after_it_is_answered_by_its_own_id()
    {
        var postings = new ShardPostings();
        postings.Set("orvel", "s-gone", 0.9f, Day);
        postings.Set("tarn", "s-gone", 0.9f, Day);
        postings.Set("tarn", "s-kept", 0.3f, Day);
        postings.Remove("orvel", "s-gone");
        postings.Remove("tarn", "s-gone");
        postings.Set("orvel", "s-new", 0.4f, Day);

        var (best, _) = postings.Query(["orvel", "tarn"], [1f, 1f], DateTimeOffset.MinValue, take: 5);

        best.Select(candidate => candidate.StoryId).ShouldBe(["s-new", "s-kept"]);
    }

    [Fact]
    public void a_posting_quiet_since_before_the_window_is_read_but_not_answered()
    {
        var postings = new ShardPostings();
        postings.Set("orvel", "s-old", 0.9f, Day.AddDays(-400));
        postings.Set("orvel", "s-live", 0.1f, Day);

        var (best, read) = postings.Query(["orvel"], [1f], Day.AddDays(-365), take: 5);

        read.ShouldBe(2);
        best.Select(candidate => candidate.StoryId).ShouldBe(["s-live"]);
    }

    [Fact]
    public void the_lookup_sums_a_story_over_the_shards_leaves_out_the_excluded_and_keeps_the_best_by_score_then_id()
    {
        IReadOnlyList<StoryCandidate>[] answers =
        [
            [new() { StoryId = "s-a", Score = 0.5f }, new() { StoryId = "s-self", Score = 3f }, new() { StoryId = "s-b", Score = 0.4f }],
            [new() { StoryId = "s-b", Score = 0.4f }, new() { StoryId = "s-c", Score = 0.6f }, new() { StoryId = "s-d", Score = 0.2f }],
            [new() { StoryId = "s-a", Score = 0.1f }],
        ];

        IndexLookup.Best(answers, take: 3, excluding: "s-self").ShouldBe(["s-b", "s-a", "s-c"]);
    }
}
