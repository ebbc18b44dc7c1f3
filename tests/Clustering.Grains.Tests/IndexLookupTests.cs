using Clustering.Abstractions.Index;
using Clustering.Grains.Assignment;

namespace Clustering.Grains.Tests;

public class IndexLookupTests
{
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
