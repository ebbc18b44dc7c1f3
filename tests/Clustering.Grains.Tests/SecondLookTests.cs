using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Index;
using Clustering.Core.Articles;
using Clustering.Grains.Assignment;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class SecondLookTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Evening = new(2025, 9, 2, 18, 0, 0, TimeSpan.Zero);

    private static Article Report(string id, string title, string text, int hours) =>
        new(id, title, text, Url: null, Source: "Test Wire", Evening.AddHours(hours), "en", Evening.AddHours(hours));

    private static readonly Article First = Report("second-look-1",
        "Ferry Corvannet runs aground off Skelloway, forty passengers taken off",
        "The ferry Corvannet ran aground on rocks off Skelloway harbour. Coastguards took forty passengers off the Corvannet by lifeboat, and captain Irla Brenmoor stayed aboard.",
        0);

    private static readonly Article FollowUp = Report("second-look-2",
        "Corvannet ferry refloated at Skelloway after grounding",
        "Tugs refloated the ferry Corvannet off Skelloway harbour at high tide. Captain Irla Brenmoor said the Corvannet's hull held after the grounding.",
        5);

    [Fact]
    public async Task when_the_ranker_turns_down_every_first_candidate_the_next_one_in_the_index_is_measured_too()
    {
        var first = await fixture.Client.GetGrain<IArticleGrain>(First.Id).Submit(First);
        // Stories that rank above it in the index but turn every article down (gone since their
        // postings were written): exactly as many as the assigner measures first. Each leaves out
        // one shard in five, so each shard holds fewer of them than it answers, and still
        // answers the true story beside them.
        var options = new AssignmentOptions();
        var terms = TestArticles.Features(FollowUp).Terms.Terms.Concat(TestArticles.Features(First).Terms.Terms).Distinct().ToArray();
        foreach (var shard in terms.GroupBy(IndexSharding.ShardOf))
        {
            for (var i = 0; i < options.Candidates; i++)
            {
                if (shard.Key % options.Candidates != i)
                {
                    await fixture.Client.GetGrain<IStoryIndexShardGrain>(shard.Key)
                        .Index($"s-second-look-gone-{i}", [.. shard], [.. shard.Select(_ => 50f)], FollowUp.Published!.Value);
                }
            }
        }

        var followUp = await fixture.Client.GetGrain<IArticleGrain>(FollowUp.Id).Submit(FollowUp);

        followUp.StoryId.ShouldBe(first.StoryId);
    }
}
