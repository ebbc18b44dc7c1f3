using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Outlets;
using Clustering.Core.Reading;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clustering.Grains.Articles;

/// <summary>
/// Makes ingest exactly-once per article id. The article and its chosen story are written together
/// (with durable storage; volatile memory storage is written at deactivation, see GrainPersistenceOptions)
/// before the story is asked to absorb it; absorbing is idempotent in the story. A crash before that
/// write leaves nothing behind (the resend starts afresh); a crash after it sends the resend to the
/// same story. So any crash followed by a resend ends with the article in exactly one story.
/// An article is busy for a moment and then only answers the odd resend or status query, which
/// storage serves as well: at Orleans' default 15 minutes a silo ingesting 500 articles a second
/// would hold 450,000 idle activations, each with its article's text.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class ArticleGrain(
    [PersistentState("article", GrainStorage.Articles)] IPersistentState<ArticleState> state,
    StoryAssigner assigner,
    FeatureExtractor extractor,
    IOptions<GrainPersistenceOptions> persistence,
    DeactivationWrites deactivationWrites,
    WorkAfterAnswers afterAnswers,
    ILogger<ArticleGrain> logger) : Grain, IArticleGrain
{
    /// <summary>The absorb into the chosen story when it follows the answer (see <see cref="Submit"/>), until it ends (then let go); it never faults.</summary>
    private Task _absorbing = Task.CompletedTask;

    private bool _absorbed;

    /// <summary>Chosen under write-behind and not yet stored; an activation read from storage has nothing to write.</summary>
    private bool _unwritten;
    private (Article Article, ArticleReadout Reading)? _prepared;

    /// <summary>
    /// Who published the stored article and the date it speaks from, as its last reading found them, for
    /// <see cref="GetStatus"/>; only these two, not the whole reading, so an idle activation stays small.
    /// </summary>
    private (Article Article, Outlet? Outlet, DateTimeOffset? Dated)? _read;

    public Task Prepare(Article article)
    {
        // A resend reads as first recorded (and not at all once absorbed); other content is a write-thru, read as sent.
        var resend = state.State.Article is { } known && SameContent(known, article);
        var recorded = resend ? state.State.Article! : article with { Id = this.GetPrimaryKeyString() };
        if (!(resend && _absorbed) && _prepared?.Article != recorded)
        {
            _prepared = (recorded, ArticleReading.Read(recorded, ReadingParts.OfTheArticleAlone));
        }
        return Task.CompletedTask;
    }

    /// <remarks>
    /// Where the silo runs work after its answers (<see cref="WorkAfterAnswers.RunsAfterAnswers"/>: the CLI's
    /// in-process engine, a silo alone with volatile storage) a new article is answered
    /// once its story is chosen and recorded, and absorbed after: the silo's next assignment waits for
    /// the absorb, and a reader of the story asks after it (the story takes its calls in turn), so the
    /// stories are the same while the next article is read and weighed meanwhile.
    /// </remarks>
    public async Task<IngestReceipt> Submit(Article article)
    {
        await _absorbing;
        var id = this.GetPrimaryKeyString();
        if (state.State is { Article: { } known, StoryId: not null } && !SameContent(known, article))
        {
            return await Revise(article with { Id = id });
        }
        if (_absorbed)
        {
            return new IngestReceipt { Id = id, Outcome = IngestOutcome.Duplicate, StoryId = state.State.StoryId };
        }

        var seenBefore = state.State.StoryId is not null;
        // A resend after a crash carries the article as first recorded, whatever the new copy says.
        var recorded = state.State.Article ?? article with { Id = id };
        var reading = _prepared is { } prepared && prepared.Article == recorded ? prepared.Reading : ArticleReading.Read(recorded, ReadingParts.OfTheArticleAlone);
        _prepared = null;
        _read = (recorded, reading.Outlet, reading.Dated);
        // Only the first reading teaches the IDF; a retry after a crash must not count the article twice.
        var features = extractor.Extract(recorded, reading, learn: !seenBefore);
        if (!seenBefore)
        {
            state.State.Article = recorded;
            state.State.StoryId = await assigner.ChooseStory(recorded, features);
            await Record();
            if (afterAnswers.RunsAfterAnswers(persistence.Value.WriteBehind))
            {
                _absorbing = afterAnswers.Add(AbsorbAfterTheAnswer(recorded, features, reading));
                return new IngestReceipt { Id = id, Outcome = IngestOutcome.Accepted, StoryId = state.State.StoryId };
            }
        }

        var result = await GrainFactory.Story(state.State.StoryId!).Absorb(StoryPayload.Of(recorded), features, reading);
        _absorbed = true;
        var outcome = seenBefore && result.AlreadyHad ? IngestOutcome.Duplicate : IngestOutcome.Accepted;
        return new IngestReceipt { Id = id, Outcome = outcome, StoryId = result.StoryId };
    }

    private async Task AbsorbAfterTheAnswer(Article recorded, ArticleFeatures features, ArticleReadout reading)
    {
        try
        {
            await GrainFactory.Story(state.State.StoryId!).Absorb(StoryPayload.Of(recorded), features, reading);
            _absorbed = true;
        }
        catch (Exception ex)
        {
            // Recorded with its story but not absorbed: a resend absorbs it (the story takes it once).
            LogAbsorbFailed(logger, recorded.Id, state.State.StoryId, ex);
        }
        // Done: the activation need not keep the finished task for the rest of its life.
        _absorbing = Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} was answered but not absorbed into story {StoryId}; a resend absorbs it")]
    private static partial void LogAbsorbFailed(ILogger logger, string articleId, string? storyId, Exception exception);

    /// <summary>
    /// A wire write-thru: the new version replaces the old one in its story (read again, not assigned
    /// again, and not counted again in the IDF); the old one joins the article's short history.
    /// </summary>
    private async Task<IngestReceipt> Revise(Article revised)
    {
        var reading = _prepared is { } prepared && prepared.Article == revised ? prepared.Reading : ArticleReading.Read(revised, ReadingParts.OfTheArticleAlone);
        _prepared = null;
        _read = (revised, reading.Outlet, reading.Dated);
        var features = extractor.Extract(revised, reading, learn: false);
        var current = state.State;
        current.Previous.Insert(0, current.Article!);
        if (current.Previous.Count > ArticleState.MaxPrevious)
        {
            current.Previous.RemoveRange(ArticleState.MaxPrevious, current.Previous.Count - ArticleState.MaxPrevious);
        }
        current.Versions = Math.Max(current.Versions, 1) + 1;
        current.Article = revised;
        await Record();
        var result = await GrainFactory.Story(current.StoryId!).Revise(StoryPayload.Of(revised), features, reading);
        _absorbed = true;
        return new IngestReceipt { Id = revised.Id, Outcome = IngestOutcome.Revised, StoryId = result.StoryId };
    }

    /// <summary>What a reader would see: a resend differing only in when it arrived is the same article.</summary>
    private static bool SameContent(Article known, Article incoming) =>
        known.Title == incoming.Title && known.Text == incoming.Text && known.Url == incoming.Url
        && known.Source == incoming.Source && known.Published == incoming.Published && known.Language == incoming.Language;

    private Task Record()
    {
        if (persistence.Value.WriteBehind)
        {
            _unwritten = true;
            return Task.CompletedTask;
        }
        return state.WriteOrDeactivate(this);
    }

    /// <summary>Volatile storage is written at deactivation only: see GrainPersistenceOptions.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _absorbing;
        if (_unwritten && deactivationWrites.CanLand(reason))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<ArticleStatus?> GetStatus()
    {
        await _absorbing;
        if (state.State.Article is not { } article)
        {
            return null;
        }
        // The story may since have merged into another; answer where the article lives now.
        var storyId = state.State.StoryId is { } chosen ? await GrainFactory.Story(chosen).CurrentId() : null;
        var (outlet, dated) = OutletAndDate(article);
        return new ArticleStatus
        {
            Id = article.Id,
            StoryId = storyId,
            Status = _absorbed || state.State.StoryId is not null ? "absorbed" : "accepted",
            Title = article.Title,
            Source = outlet?.Name,
            SourceBasis = outlet?.BasisName,
            Published = dated,
            Received = article.Received,
            Versions = Math.Max(state.State.Versions, 1),
            History = [.. state.State.Previous.Prepend(article).Select((version, i) => new ArticleVersionView
            {
                Version = Math.Max(state.State.Versions, 1) - i,
                Title = version.Title,
                Received = version.Received,
                TextLength = version.Text.Length,
            })],
        };
    }

    /// <summary>Who published the article and the date it speaks from, as its story lists it (its feed's date, else its page's).</summary>
    private (Outlet? Outlet, DateTimeOffset? Dated) OutletAndDate(Article article)
    {
        if (_read is { } read && ReferenceEquals(read.Article, article))
        {
            return (read.Outlet, read.Dated);
        }
        // An activation read from storage has no reading yet: read the parts that say it, once.
        var reading = ArticleReading.Read(article, ReadingParts.Credits);
        _read = (article, reading.Outlet, reading.Dated);
        return (reading.Outlet, reading.Dated);
    }
}
