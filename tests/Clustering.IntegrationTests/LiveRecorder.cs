using System.Collections.Concurrent;
using Clustering.Abstractions.Stories;
using Clustering.Client;

namespace Clustering.IntegrationTests;

/// <summary>Everything a hub client was pushed, for assertions.</summary>
internal sealed class LiveRecorder
{
    public LiveRecorder(StoryHubClient hub)
    {
        hub.StoryCreated += Created.Add;
        hub.StoryUpdated += Updated.Add;
    }

    public ConcurrentBag<StorySummary> Created { get; } = [];

    public ConcurrentBag<StoryUpdate> Updated { get; } = [];

    public long LatestVersionOf(string storyId) =>
        Updated.Where(update => update.StoryId == storyId).Select(update => update.Version).DefaultIfEmpty(0).Max();
}
