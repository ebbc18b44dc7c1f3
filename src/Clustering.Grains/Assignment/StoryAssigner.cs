using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Microsoft.Extensions.Options;

namespace Clustering.Grains.Assignment;

/// <summary>
/// Finds the story an article belongs to: asks the index shards of the article's strongest terms
/// for candidates, scores the best few against their full centroids, and picks the best above the
/// threshold; when it refuses them all, scores the next (AssignmentOptions.SecondLookCandidates)
/// the same way; otherwise names a new story after the article.
/// </summary>
public sealed class StoryAssigner(
    IGrainFactory grains,
    IOptions<AssignmentOptions> options,
    TermStatistics statistics,
    Index.PendingIndexWrites pendingIndex,
    WorkAfterAnswers afterAnswers,
    IAssignmentRecorder? recorder = null)
{
    private readonly AssignmentOptions _options = options.Value;

    public async Task<string> ChooseStory(Article article, ArticleFeatures features)
    {
        using var activity = Telemetry.ClusteringDiagnostics.Source.StartActivity("assign")?.SetTag("clustering.article.id", article.Id);
        using var timing = Telemetry.ClusteringDiagnostics.TimeAssignment();
        // What the articles answered before this one left to do (absorbs, merge checks) ends first.
        await afterAnswers.Settled();
        var ranked = await IndexLookup.Candidates(grains, pendingIndex, features, _options, _options.Candidates + _options.SecondLookCandidates);
        var first = ranked.Length > _options.Candidates ? ranked[.._options.Candidates] : ranked;
        if (await MostProbable(article, features, first) is { } chosen)
        {
            return chosen;
        }
        // A second look only for an article about to start a story: one that found its story pays nothing.
        var next = ranked[first.Length..];
        return await MostProbable(article, features, next) ?? ArticleIds.StoryIdFor(article.Id);
    }

    /// <summary>The candidate the ranker finds most probable above its threshold; null when it accepts none (or there are none).</summary>
    private async Task<string?> MostProbable(Article article, ArticleFeatures features, string[] candidates)
    {
        if (candidates.Length == 0)
        {
            return null;
        }

        var measured = await Task.WhenAll(candidates.Select(storyId => grains.Story(storyId).Match(features)));
        recorder?.Candidates(article.Id, candidates, measured);
        var model = _options.Model;
        var best = -1;
        var bestProbability = 0f;
        for (var i = 0; i < measured.Length; i++)
        {
            if (measured[i].Length == 0)
            {
                continue;
            }
            // Ties go to the earlier (index-preferred, then ordinal) candidate, so replays are deterministic.
            if (model.Accepts(MatchMeasures.FromVector(measured[i]), statistics.Documents, out var probability) && probability > bestProbability)
            {
                best = i;
                bestProbability = probability;
            }
        }
        return best >= 0 ? candidates[best] : null;
    }
}
