using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Serialization;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Clustering.Grains.Tests;

/// <summary>
/// Where a silo answers before the work an answer leads to (the CLI's in-process engine), whoever asks
/// next sees what that work did: the article in its story, the fragment merged.
/// </summary>
public class WorkAfterAnswersTests
{
    private static readonly DateTimeOffset Day = new(2024, 6, 11, 7, 0, 0, TimeSpan.Zero);

    private static Article Sluice(string id, string extra = "") => new(id,
        "Pennock sluice gate jams, lock keeper Orla Brande floods Marrow Lane",
        "The old Pennock sluice gate jammed open overnight. Lock keeper Orla Brande said water reached Marrow Lane before the Pennock crew closed it. " + extra,
        Url: null, Source: "Test Wire", Day, "en", Day);

    [Fact]
    public async Task an_article_answered_before_its_absorb_is_in_its_story_for_whoever_reads_it_next()
    {
        await using var cluster = await Started();

        for (var i = 1; i <= 3; i++)
        {
            var article = Sluice($"after-answer-{i}", $"Report number {i} of the morning.");
            var receipt = await cluster.Client.GetGrain<IArticleGrain>(article.Id).Submit(article);

            receipt.Outcome.ShouldBe(IngestOutcome.Accepted);
            var view = await cluster.Client.GetGrain<IStoryGrain>(receipt.StoryId!).GetView();
            view!.Articles.ShouldContain(entry => entry.Id == article.Id);
            (await cluster.Client.GetGrain<IArticleGrain>(article.Id).GetStatus())!.Status.ShouldBe("absorbed");
        }
        await cluster.Silos[0].ServiceProvider.GetRequiredService<WorkAfterAnswers>().Settled();
    }

    [Fact]
    public async Task a_fragment_whose_merge_check_follows_the_answer_is_seen_merged_by_its_next_reader()
    {
        await using var cluster = await Started();
        for (var i = 1; i <= 3; i++)
        {
            await AbsorbInto(cluster, "s-sluice-big", Sluice($"sluice-big-{i}"));
        }
        await AbsorbInto(cluster, "s-sluice-frag", Sluice("sluice-frag-1", "Sandbags were stacked along the lane."));

        await AbsorbInto(cluster, "s-sluice-frag", Sluice("sluice-frag-2", "Neighbours bailed out their cellars."));

        (await cluster.Client.GetGrain<IStoryGrain>("s-sluice-frag").CurrentId()).ShouldBe("s-sluice-big");
        var merged = await cluster.Client.GetGrain<IStoryGrain>("s-sluice-big").GetView();
        merged!.Articles.Count.ShouldBe(5);
    }

    private static async Task AbsorbInto(InProcessTestCluster cluster, string storyId, Article article) =>
        await cluster.Client.GetGrain<IStoryGrain>(storyId).Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));

    private static async Task<InProcessTestCluster> Started()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddClusteringMemoryStorage();
            silo.Services.AddClusteringGrainServices();
            silo.Services.Configure<WorkAfterAnswersOptions>(options => options.Enabled = true);
        });
        builder.ConfigureClient(client => client.Services.AddClusteringSerialization());
        var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        return cluster;
    }
}
