using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Clustering.Core.Headlines;
using Clustering.Core.Reading;
using Clustering.Grains.Assignment;
using Clustering.Grains.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Clustering.Grains.Stories;

/// <summary>
/// One developing story. It owns its articles and centroid, bumps its version on every change,
/// keeps the recent deltas for catch-up, and tells the silos that watch it (and the directory).
/// Split by concern: absorbing here, live delivery in StoryGrain.Live.cs, indexing in StoryGrain.Index.cs.
/// </summary>
public sealed partial class StoryGrain : Grain, IStoryGrain
{
    private readonly IPersistentState<StoryState> _state;
    private readonly AssignmentOptions _options;
    private readonly TimeProvider _time;
    /// <summary>Whose vocabulary the story's terms are stored in (one string per term for all stories).</summary>
    private readonly TermStatistics _statistics;
    /// <summary>Set where storage is volatile (see GrainPersistenceOptions); null: every change is written before the call returns.</summary>
    private readonly WrittenBehind<StoryState>? _writesBehind;
    private readonly ILogger<StoryGrain> _logger;
    /// <summary>The silos watching the story; made by the first watch (most live stories have none, and 100k empty managers were ~0.15 KB a story).</summary>
    private ObserverManager<Abstractions.Live.IStoryObserver>? _watching;
    /// <summary>Where this silo gathers index writes until the shards' next query (Index/PendingIndexWrites).</summary>
    private readonly Index.PendingIndexWrites _pendingIndex;
    /// <summary>What the silo does after its answers, which its assignments wait for.</summary>
    private readonly WorkAfterAnswers _afterAnswers;
    private Centroid _centroid = new();
    private TermVector _centroidVector = TermVector.Empty;

    public StoryGrain(
        [PersistentState("story", GrainStorage.Stories)] IPersistentState<StoryState> state,
        IOptions<AssignmentOptions> options,
        TermStatistics statistics,
        IOptions<GrainPersistenceOptions> persistence,
        TimeProvider time,
        DeactivationWrites deactivationWrites,
        Index.PendingIndexWrites pendingIndex,
        WorkAfterAnswers afterAnswers,
        ILogger<StoryGrain> logger)
    {
        _afterAnswers = afterAnswers;
        _pendingIndex = pendingIndex;
        _writesBehind = persistence.Value.WriteBehind ? new WrittenBehind<StoryState>(state, deactivationWrites) : null;
        _state = state;
        _options = options.Value;
        _statistics = statistics;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// The story's id, made once: each call of GetPrimaryKeyString makes a new string, and the index shards
    /// (one per shard a story's terms fall in), the directory and the listing each kept their own copy.
    /// </summary>
    private string StoryId => _storyId ??= this.GetPrimaryKeyString();

    private string? _storyId;

    private ObserverManager<Abstractions.Live.IStoryObserver> Observers =>
        _watching ??= new ObserverManager<Abstractions.Live.IStoryObserver>(Abstractions.Live.LiveDefaults.ObserverExpiry, _logger);

    /// <summary>Tells the watching silos, if any.</summary>
    private Task NotifyWatchers(Func<Abstractions.Live.IStoryObserver, Task> notify) => _watching?.Notify(notify) ?? Task.CompletedTask;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _centroid = _state.State.MoveCentroidSum();
        _centroidVector = _centroid.ToVector();
        ShareMembersWithCentroid();
        _state.State.MoveSeparateParticulars();
        RestoreLedger();
        if (_state.State.Watchers.Count > 0)
        {
            Observers.Restore(_state.State.Watchers);
        }
        _writesBehind?.Start(this);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _afterAnswer;
        if (_writesBehind is not null)
        {
            await _writesBehind.Deactivating(reason, cancellationToken);
        }
    }

    /// <summary>Written now (durable storage: before the ack) or soon (volatile storage, see GrainPersistenceOptions).</summary>
    private Task Persist()
    {
        _state.State.Watchers = _watching?.Current() ?? (_state.State.Watchers is { Count: 0 } none ? none : []);
        if (_writesBehind is null)
        {
            return _state.WriteOrDeactivate(this);
        }
        _writesBehind.Changed();
        return Task.CompletedTask;
    }

    public async Task<AbsorbResult> Absorb(Article article, ArticleFeatures features, ArticleReadout reading)
    {
        using var activity = Telemetry.ClusteringDiagnostics.Source.StartActivity("absorb")?.SetTag("clustering.story.id", StoryId).SetTag("clustering.article.id", article.Id);
        await _afterAnswer;
        if (_state.State.MergedInto is { } into)
        {
            // Chosen while this story was merging away: the article goes where the story went.
            return await GrainFactory.Story(into).Absorb(article, features, reading);
        }
        if (Holds(article.Id))
        {
            await TellIfUntold();
            return new AbsorbResult { StoryId = StoryId, Version = _state.State.Version, AlreadyHad = true };
        }

        var state = _state.State;
        var created = !state.Exists;
        var now = _time.GetUtcNow();
        var entry = Entry(article, features, reading);

        var previousVersion = state.Version;
        var previousTitle = state.Title;
        if (created)
        {
            state.Created = now;
        }
        OfferHeadlines([HeadlineChooser.Candidate(article.Id, entry.Title, reading.Lead, reading.TitleFound)]);
        if (features.Dated)
        {
            var known = state.FirstEventTime != default;
            state.FirstEventTime = !known || features.Time < state.FirstEventTime ? features.Time : state.FirstEventTime;
            state.LastEventTime = !known || features.Time > state.LastEventTime ? features.Time : state.LastEventTime;
        }
        state.Particulars.Add(features.Particulars);
        var change = RecordInLedger(article.Id, entry.Source, reading.Dated ?? article.Received, reading);
        entry = WithStanding(entry);
        state.Articles.Add(entry);
        state.Version++;
        state.Updated = now;
        var terms = _statistics.Canonical(features.Terms);
        _centroid.Add(terms);
        state.KeepCentroid(_centroid);
        _centroidVector = _centroid.ToVector();
        RememberMember(terms, features.Source);

        var update = Delta(previousVersion, previousTitle, new StoryChanges { ArticlesAdded = [entry], Facts = FactViews(change.ChangedSlots) });
        RememberDelta(update);

        _told = false;
        await Persist();
        if (created)
        {
            Telemetry.ClusteringDiagnostics.LiveStories.Add(1);
        }
        // The index writes are gathered in the silo and reach each shard with this silo's next query
        // of it, so the next article finds the story; the directory and the watching silos are told
        // as the answer goes (see Finish).
        var telling = Publish(update, created);
        await Finish(IndexUnderStrongestTerms(), telling);
        return new AbsorbResult { StoryId = state.MergedInto ?? StoryId, Version = state.Version, Created = created };
    }

    /// <summary>
    /// Whether the story has the article: its ledger has every article absorbed (a set of the ids beside
    /// it was one more table in each of 100k live stories); state stored before the ledger is looked through.
    /// </summary>
    private bool Holds(string articleId) =>
        _ledger.Contains(articleId)
        || (_ledger.Count < _state.State.Articles.Count && _state.State.Articles.Exists(article => article.Id == articleId));

    public Task<float[]> Match(ArticleFeatures features)
    {
        var state = _state.State;
        if (!state.Exists || state.MergedInto is not null)
        {
            return Task.FromResult(Array.Empty<float>());
        }
        return Task.FromResult(MatchFeatures.Compute(features, _centroidVector, state.Members, state.MemberSources, state.FirstEventTime, state.LastEventTime, state.Articles.Count, state.Particulars).ToVector());
    }

    public async Task<StoryView?> GetView()
    {
        await _afterAnswer;
        return _state.State.Exists ? Snapshot() : null;
    }

    private void RememberMember(TermVector terms, string source)
    {
        const int MaxMembers = 8;
        const int MemberTerms = 32;
        var members = _state.State.Members;
        members.Add(SharedWithCentroid(TermVector.FromSortedWeights(terms.Terms, terms.Weights, MemberTerms)));
        var sources = _state.State.MemberSources;
        // State from before sources were kept: the members already there count as of unknown source.
        while (sources.Count < members.Count - 1)
        {
            sources.Insert(0, string.Empty);
        }
        sources.Add(source);
        if (members.Count > MaxMembers)
        {
            members.RemoveAt(0);
            sources.RemoveAt(0);
        }
    }

    /// <summary>
    /// The centroid's vector for a member that is the same vector: in a story of one article of at most
    /// <c>MemberTerms</c> terms (most live stories) the two are one vector, kept once.
    /// </summary>
    private TermVector SharedWithCentroid(TermVector member) => member.SameAs(_centroidVector) ? _centroidVector : member;

    /// <summary>Members read from storage come with their own arrays: those the same as the centroid's vector share it.</summary>
    private void ShareMembersWithCentroid()
    {
        var members = _state.State.Members;
        for (var i = 0; i < members.Count; i++)
        {
            members[i] = SharedWithCentroid(members[i]);
        }
    }

    private StoryView Snapshot()
    {
        var state = _state.State;
        return new StoryView
        {
            Id = StoryId,
            Version = state.Version,
            Title = state.Title,
            Created = state.Created,
            Updated = state.Updated,
            Articles = state.Articles.Select(WithStanding).ToArray(),
            Facts = FactViews(),
            Quotes = QuoteViews(),
            Timeline = TimelineViews(),
            Entities = EntityViews(),
            IndependentSourceCount = IndependentSourceCount,
            ConflictCount = ConflictCount,
            MergedInto = state.MergedInto,
            FirstReported = FirstReported(),
        };
    }

    private StorySummary Summary(FirstReport? firstReported)
    {
        var state = _state.State;
        return new StorySummary
        {
            Id = StoryId,
            Title = state.Title,
            Version = state.Version,
            ArticleCount = state.Articles.Count,
            IndependentSourceCount = IndependentSourceCount,
            ConflictCount = ConflictCount,
            FirstReported = firstReported,
            Created = state.Created,
            Updated = state.Updated,
        };
    }

    /// <summary>The article as the story lists it, named by its outlet (given, else read from its text or URL).</summary>
    private static StoryArticle Entry(Article article, ArticleFeatures features, ArticleReadout reading) => new()
    {
        Id = article.Id,
        Title = DisplayTitle(article, features),
        Source = Core.Text.SharedStrings.OrNull(reading.Outlet?.Name ?? article.Source),
        SourceBasis = Core.Text.SharedStrings.OrNull(reading.Outlet?.BasisName ?? (article.Source is null ? null : "source")),
        // The date it speaks from: its feed's, else its page's; none when neither gives one.
        Published = article.Published ?? reading.Dated,
        Url = article.Url,
    };

    private static string DisplayTitle(Article article, ArticleFeatures features)
    {
        var title = features.Title.Length > 0 ? features.Title : article.Title.Length > 0 ? article.Title : article.Text;
        return Shortened(title);
    }
}
