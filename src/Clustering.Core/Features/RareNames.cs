using Clustering.Core.Entities;

namespace Clustering.Core.Features;

/// <summary>
/// The full names of people and places (two words or more: "Dale Pellow", "Quarry Lane") an article
/// writes that at most <see cref="MaxArticles"/> articles so far have written, itself included. A
/// victim's or a street's name recurs in every report of one event, weeks apart, and in almost
/// nothing else; a police spokesman's or a mayor's recurs in every report of the town and soon stops
/// being rare. Organisations are left out: a small town's police department or school is named by
/// each of its few shootings.
/// </summary>
public static class RareNames
{
    /// <summary>How many articles may have named it before it says nothing of one event.</summary>
    public const int MaxArticles = 3;

    /// <summary>The entity terms ("e:" + key, as <see cref="FeatureExtractor.Weigh"/> writes them), sorted ordinally.</summary>
    public static string[] Of(IReadOnlyList<Entity> entities, TermStatistics statistics)
    {
        List<string>? rare = null;
        foreach (var entity in entities)
        {
            if (entity.Kind == EntityKind.Organisation || !entity.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            var term = "e:" + entity.Key;
            var articles = statistics.DocumentFrequency(term);
            if (articles <= MaxArticles && (rare is null || !rare.Contains(term)))
            {
                (rare ??= []).Add(term);
            }
        }
        if (rare is null)
        {
            return [];
        }
        rare.Sort(StringComparer.Ordinal);
        return [.. rare];
    }
}
