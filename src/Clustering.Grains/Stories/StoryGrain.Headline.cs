using Clustering.Core.Headlines;

namespace Clustering.Grains.Stories;

/// <summary>The story's title: chosen among its articles' headlines as an editor would (Core.Headlines).</summary>
public sealed partial class StoryGrain
{
    /// <summary>How many articles' offers a story keeps: the weakest give way beyond it.</summary>
    private const int MaxHeadlines = 32;

    /// <summary>Takes in offers (a new article's, a revised one's, a merged story's) and sets the title to the one chosen.</summary>
    private void OfferHeadlines(IReadOnlyList<HeadlineCandidate> offers)
    {
        var state = _state.State;
        var candidates = state.Headlines;
        if (candidates.Count == 0 && state.Title.Length > 0)
        {
            // State from before headlines were chosen: the standing title is the first offer.
            candidates.Add(HeadlineChooser.Candidate(string.Empty, state.Title, string.Empty, titleFound: true));
            state.HeadlineArticleId = string.Empty;
        }
        foreach (var offer in offers)
        {
            candidates.RemoveAll(candidate => candidate.ArticleId == offer.ArticleId);
            candidates.Add(offer);
        }
        var scores = HeadlineChooser.Scores(candidates);
        while (candidates.Count > MaxHeadlines)
        {
            candidates.RemoveAt(Weakest(candidates, scores, state.HeadlineArticleId));
            scores = HeadlineChooser.Scores(candidates);
        }
        if (HeadlineChooser.Choose(candidates, state.HeadlineArticleId, scores) is { } chosen)
        {
            state.HeadlineArticleId = chosen.ArticleId;
            state.Title = Shortened(chosen.Text);
        }
    }

    /// <summary>The offer that gives way: the lowest-scoring, stand-ins first, never the standing headline; the first of equals.</summary>
    private static int Weakest(List<HeadlineCandidate> candidates, double[] scores, string? standing)
    {
        var weakest = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var score = candidates[i].Real ? scores[i] : -1;
            if (candidates[i].ArticleId != standing && (weakest < 0 || score < (candidates[weakest].Real ? scores[weakest] : -1)))
            {
                weakest = i;
            }
        }
        return weakest;
    }

    /// <summary>The longest title a story shows; a longer one is cut and ends with "…".</summary>
    internal const int MaxTitle = 200;

    private static string Shortened(string title)
    {
        return title.Length <= MaxTitle ? title : title[..MaxTitle].TrimEnd() + "…";
    }
}
