using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

[GenerateSerializer, Alias("Clustering.StoryDirectoryState")]
public sealed class StoryDirectoryState
{
    [Id(0)] public Dictionary<string, StorySummary> Stories { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The silos following "*", stored apart from the (large, written-behind) list so a new one is written at once.</summary>
[GenerateSerializer, Alias("Clustering.StoryDirectoryWatchers")]
public sealed class StoryDirectoryWatchers
{
    [Id(0)] public List<Abstractions.Live.IStoryObserver> Watchers { get; set; } = [];
}
