using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Clustering.Grains.Assignment;

namespace Clustering.Grains.Articles;

/// <summary>
/// Makes ingest exactly-once per article id. The article is written to storage before anything
/// else; the chosen story is written before it is asked to absorb; absorbing is idempotent in the
/// story. So a crash at any point, followed by a resend, ends with the article in exactly one story.
/// </summary>
public sealed class ArticleGrain(
    [PersistentState("article", GrainStorage.Articles)] IPersistentState<ArticleState> state,
    StoryAssigner assigner,
    FeatureExtractor extractor) : Grain, IArticleGrain
{
    private bool _absorbed;

    public async Task<IngestReceipt> Submit(Article article)
    {
        var id = this.GetPrimaryKeyString();
        if (_absorbed)
        {
            return new IngestReceipt { Id = id, Outcome = IngestOutcome.Duplicate, StoryId = state.State.StoryId };
        }

        var seenBefore = state.State.StoryId is not null;
        if (state.State.Article is null)
        {
            state.State.Article = article with { Id = id };
            await state.WriteStateAsync();
        }

        var recorded = state.State.Article;
        // Only the first reading teaches the IDF; a retry after a crash must not count the article twice.
        var reading = ArticleReading.Read(recorded, ReadingParts.All & ~ReadingParts.Terms);
        var features = extractor.Extract(recorded, reading, learn: state.State.StoryId is null);
        if (state.State.StoryId is null)
        {
            state.State.StoryId = await assigner.ChooseStory(recorded, features);
            await state.WriteStateAsync();
        }

        var result = await GrainFactory.GetGrain<IStoryGrain>(state.State.StoryId).Absorb(recorded, features, reading);
        _absorbed = true;
        var outcome = seenBefore && result.AlreadyHad ? IngestOutcome.Duplicate : IngestOutcome.Accepted;
        return new IngestReceipt { Id = id, Outcome = outcome, StoryId = result.StoryId };
    }

    public async Task<ArticleStatus?> GetStatus()
    {
        if (state.State.Article is not { } article)
        {
            return null;
        }
        // The story may since have merged into another; answer where the article lives now.
        var storyId = state.State.StoryId is { } chosen ? await GrainFactory.GetGrain<IStoryGrain>(chosen).CurrentId() : null;
        return new ArticleStatus
        {
            Id = article.Id,
            StoryId = storyId,
            Status = _absorbed || state.State.StoryId is not null ? "absorbed" : "accepted",
            Title = article.Title,
            Source = article.Source,
            Published = article.Published,
            Received = article.Received,
        };
    }
}
