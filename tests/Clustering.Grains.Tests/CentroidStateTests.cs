using Clustering.Abstractions.Serialization;
using Clustering.Abstractions.Stories;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Clustering.Grains.Stories;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Clustering.Grains.Tests;

/// <summary>
/// A story keeps its centroid's sum as two sorted arrays; a story stored when the sum was a
/// dictionary reads it once on activation and measures as the same story stored as arrays.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CentroidStateTests(ClusterFixture fixture)
{
    private static readonly Dictionary<string, float> Sum = new(StringComparer.Ordinal)
    {
        ["lighthouse"] = 2.5f,
        ["keeper"] = 1.25f,
        ["storm"] = 0.75f,
        ["e:brackmoor"] = 1.5f,
    };

    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(StoryState).Assembly).AddAssembly(typeof(StoryView).Assembly))
        .AddClusteringSerialization()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static StoryState Stored(Action<StoryState> centroid)
    {
        var state = new StoryState
        {
            Title = "Lighthouse keeper rescued in Brackmoor storm",
            Version = 1,
            Created = new DateTimeOffset(2024, 3, 2, 6, 0, 0, TimeSpan.Zero),
            Updated = new DateTimeOffset(2024, 3, 2, 6, 0, 0, TimeSpan.Zero),
            Articles = [new StoryArticle { Id = "brack-1", Title = "Lighthouse keeper rescued in Brackmoor storm" }],
        };
        centroid(state);
        return state;
    }

    private static StoryState WithDictionary() => Stored(state => state.CentroidSum = new(Sum, StringComparer.Ordinal));

    private static StoryState WithArrays() => Stored(state => state.KeepCentroid(Centroid.FromSum(Sum)));

    [Fact]
    public void a_sum_stored_as_a_dictionary_moves_into_the_sorted_arrays_once()
    {
        var state = WithDictionary();

        var centroid = state.MoveCentroidSum();
        var again = state.MoveCentroidSum();

        centroid.Sum.ShouldBe(Sum, ignoreOrder: true);
        again.Sum.ShouldBe(Sum, ignoreOrder: true);
        state.CentroidSum.ShouldBeNull();
        state.CentroidTerms.ShouldBe(["e:brackmoor", "keeper", "lighthouse", "storm"]);
        state.CentroidWeights.ShouldBe([1.5f, 1.25f, 2.5f, 0.75f]);
    }

    [Fact]
    public void the_sorted_arrays_are_stored_and_read_back_as_they_were()
    {
        var compressed = new CompressedStorageSerializer(new OrleansGrainStorageSerializer(Serializer));
        var state = WithArrays();

        var read = compressed.Deserialize<StoryState>(compressed.Serialize(state))!;

        read.CentroidTerms.ShouldBe(state.CentroidTerms);
        read.CentroidWeights.ShouldBe(state.CentroidWeights);
        read.CentroidSum.ShouldBeNull();
    }

    [Fact]
    public async Task a_story_stored_with_its_sum_as_a_dictionary_measures_as_the_same_story_stored_as_arrays()
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Stories);
        var before = fixture.Client.GetGrain<IStoryGrain>("s-centroid-as-dictionary");
        var now = fixture.Client.GetGrain<IStoryGrain>("s-centroid-as-arrays");
        await storage.WriteStateAsync("story", before.GetGrainId(), new GrainState<StoryState>(WithDictionary()));
        await storage.WriteStateAsync("story", now.GetGrainId(), new GrainState<StoryState>(WithArrays()));
        var article = new ArticleFeatures(
            TermVector.FromWeights(new Dictionary<string, float> { ["lighthouse"] = 1f, ["storm"] = 2f, ["ferry"] = 1f }, 64),
            new DateTimeOffset(2024, 3, 2, 9, 0, 0, TimeSpan.Zero));

        var measuredBefore = await before.Match(article);
        var measuredNow = await now.Match(article);

        MatchMeasures.FromVector(measuredNow).CentroidCos.ShouldBeGreaterThan(0.5f, "the stored sum is the story's centroid");
        measuredBefore.ShouldBe(measuredNow);
    }
}
