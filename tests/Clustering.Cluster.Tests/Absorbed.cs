using System.Collections.Concurrent;
using Clustering.Abstractions.Stories;
using Clustering.Client;

namespace Clustering.Cluster.Tests;

/// <summary>Whether every acknowledged article is in exactly one current story, read back over HTTP.</summary>
internal static class Absorbed
{
    /// <returns>Lost: acknowledged but unknown, storyless, or missing from its story. Twice: in two current stories or more.</returns>
    public static async Task<(int Lost, int Twice, int Stories)> Check(ClusteringHttpClient client, IEnumerable<string> acknowledged, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        var storyOf = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(acknowledged.Distinct(StringComparer.Ordinal), parallel, async (id, token) =>
            storyOf[id] = (await client.GetArticle(id, token))?.StoryId);
        var stories = new ConcurrentDictionary<string, StoryView>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(storyOf.Values.OfType<string>().Distinct(StringComparer.Ordinal), parallel, async (id, token) =>
        {
            if (await client.GetStory(id, token) is { MergedInto: null } story)
            {
                stories[id] = story;
            }
        });
        var memberships = stories.Values.SelectMany(story => story.Articles).GroupBy(article => article.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var lost = storyOf.Count(pair => pair.Value is not { } story || !stories.TryGetValue(story, out var view) || view.Articles.All(article => article.Id != pair.Key));
        var twice = storyOf.Keys.Count(id => memberships.GetValueOrDefault(id) > 1);
        return (lost, twice, stories.Count);
    }
}
