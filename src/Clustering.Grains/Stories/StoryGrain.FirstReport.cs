using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

/// <summary>Who broke the story: the earliest independent article, by its own date.</summary>
public sealed partial class StoryGrain
{
    private FirstReport? FirstReported()
    {
        FirstReport? first = null;
        foreach (var article in _state.State.Articles)
        {
            var standing = _ledger.Article(article.Id);
            if (standing is { Independent: false })
            {
                continue;
            }
            var dated = article.Published is not null;
            if ((article.Published ?? standing?.Time) is not { } at)
            {
                continue;
            }
            // An article's own date beats an arrival time: arriving first is no evidence of reporting first.
            if (first is null || (dated && !first.Dated) || (dated == first.Dated && at < first.At))
            {
                first = new FirstReport { ArticleId = article.Id, Source = article.Source, At = at, Dated = dated };
            }
        }
        return first;
    }
}
