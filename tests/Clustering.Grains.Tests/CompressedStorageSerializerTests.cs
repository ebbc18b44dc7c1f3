using Clustering.Abstractions.Serialization;
using Clustering.Abstractions.Stories;
using Clustering.Grains.Stories;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Clustering.Grains.Tests;

/// <summary>States are stored compressed; small ones and those stored before compression read back as they were.</summary>
public class CompressedStorageSerializerTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(StoryState).Assembly).AddAssembly(typeof(StoryView).Assembly))
        .AddClusteringSerialization()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static readonly OrleansGrainStorageSerializer Plain = new(Serializer);
    private static readonly CompressedStorageSerializer Compressed = new(Plain);

    /// <summary>A story of many articles with made-up headlines that repeat their words, as a story's do.</summary>
    private static StoryState StoryOf(int articles) => new()
    {
        Title = "Reservoir wall gives way above Caddon",
        Version = articles,
        Articles = [.. Enumerable.Range(1, articles).Select(n => new StoryArticle
        {
            Id = $"caddon-{n}",
            Title = $"Reservoir wall gives way above Caddon, {n} farms flooded",
            Source = n % 2 == 0 ? "Valley Courier" : "Caddon Evening Post",
        })],
        CentroidTerms = [.. Enumerable.Range(1, 60).Select(n => $"term{n}").Order(StringComparer.Ordinal)],
        CentroidWeights = [.. Enumerable.Range(1, 60).Select(n => n / 10f)],
    };

    [Fact]
    public void a_story_is_stored_in_fewer_bytes_and_reads_back_whole()
    {
        var story = StoryOf(40);

        var stored = Compressed.Serialize(story);
        var read = Compressed.Deserialize<StoryState>(stored)!;

        stored.ToMemory().Length.ShouldBeLessThan(Plain.Serialize(story).ToMemory().Length / 2);
        read.Title.ShouldBe(story.Title);
        read.Articles.Select(article => article.Title).ShouldBe(story.Articles.Select(article => article.Title));
        read.CentroidTerms.ShouldBe(story.CentroidTerms);
        read.CentroidWeights.ShouldBe(story.CentroidWeights);
    }

    [Fact]
    public void a_state_too_small_to_gain_is_stored_as_the_plain_serializer_writes_it()
    {
        var tiny = new StoryArticle { Id = "pier-1", Title = "Pier closed" };

        Compressed.Serialize(tiny).ToArray().ShouldBe(Plain.Serialize(tiny).ToArray());
    }

    [Fact]
    public void a_state_stored_before_compression_reads_back_unchanged()
    {
        var story = StoryOf(12);
        var storedBefore = Plain.Serialize(story);

        var read = Compressed.Deserialize<StoryState>(storedBefore)!;

        read.Articles.Count.ShouldBe(12);
        read.Version.ShouldBe(12);
    }
}
