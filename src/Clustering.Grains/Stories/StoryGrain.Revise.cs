using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Headlines;
using Clustering.Core.Reading;

namespace Clustering.Grains.Stories;

/// <summary>Write-thrus: a wire service resends an article under its id with new text.</summary>
public sealed partial class StoryGrain
{
    public async Task<AbsorbResult> Revise(Article article, ArticleFeatures features, ArticleReadout reading)
    {
        using var activity = Telemetry.ClusteringDiagnostics.Source.StartActivity("revise")?.SetTag("clustering.story.id", StoryId).SetTag("clustering.article.id", article.Id);
        await _afterAnswer;
        if (_state.State.MergedInto is { } into)
        {
            return await GrainFactory.Story(into).Revise(article, features, reading);
        }
        var state = _state.State;
        var index = state.Articles.FindIndex(entry => entry.Id == article.Id);
        if (index < 0)
        {
            // Never absorbed here (a crash between the article's write and its absorb): it is new to the story.
            return await Absorb(article, features, reading);
        }

        var now = _time.GetUtcNow();
        var previousVersion = state.Version;
        var previousTitle = state.Title;
        var old = state.Articles[index];
        var revised = Entry(article, features, reading);
        // An undated write-thru speaks from when its first version came, not from when it was resent.
        var time = reading.Dated ?? _ledger.Article(article.Id)?.Time ?? article.Received;
        var change = _ledger.ReviseArticle(article.Id, revised.Source, time, reading);
        _state.State.Ledger = _ledger.State;
        var entry = WithStanding(revised);
        state.Articles[index] = entry;
        // The new version offers its own headline (corrected, perhaps, if the story stood under the old one).
        OfferHeadlines([HeadlineChooser.Candidate(article.Id, entry.Title, reading.Lead, reading.TitleFound)]);
        // The story's matching profile (centroid, members, marks) keeps the first version's terms:
        // a write-thru corrects details, it does not move the article to another event.
        state.Version++;
        state.Updated = now;

        var update = Delta(previousVersion, previousTitle, new StoryChanges
        {
            ArticlesRevised = [entry],
            Facts = FactViews(change.ChangedSlots),
            FactsRemoved = [.. change.ChangedSlots.Where(slot => _ledger.Fact(slot) is null)],
        });
        RememberDelta(update);
        await Persist();
        await Publish(update, created: false);
        return new AbsorbResult { StoryId = StoryId, Version = state.Version };
    }
}
