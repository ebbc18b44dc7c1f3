namespace Clustering.Grains.Index;

[GenerateSerializer, Alias("Clustering.StoryIndexShardState")]
public sealed class StoryIndexShardState
{
    /// <summary>term → story → posting.</summary>
    [Id(0)] public Dictionary<string, Dictionary<string, Posting>> Postings { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Immutable, Alias("Clustering.Posting")]
public readonly record struct Posting
{
    [Id(0)] public float Weight { get; init; }
    [Id(1)] public DateTimeOffset Updated { get; init; }
}
