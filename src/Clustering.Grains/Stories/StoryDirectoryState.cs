using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

[GenerateSerializer, Alias("Clustering.StoryDirectoryState")]
public sealed class StoryDirectoryState
{
    [Id(0)] public Dictionary<string, StorySummary> Stories { get; set; } = new(StringComparer.Ordinal);
}
