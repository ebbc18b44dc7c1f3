using Clustering.Abstractions.Stories;
using Clustering.Core.Consensus;
using Clustering.Core.Reading;
using LedgerTimelineEntry = Clustering.Core.Consensus.TimelineEntry;
using WireTimelineEntry = Clustering.Abstractions.Stories.TimelineEntry;

namespace Clustering.Grains.Stories;

/// <summary>The story's fact ledger (Core.Consensus) and how it reads on the wire.</summary>
public sealed partial class StoryGrain
{
    private StoryLedger _ledger = new();

    /// <summary>The ledger from the stored evidence, which the state then holds as the ledger's own view (not the lists read).</summary>
    private void RestoreLedger()
    {
        _ledger = _state.State.Ledger is { } saved ? StoryLedger.FromState(saved) : new StoryLedger();
        _state.State.Ledger = _state.State.Ledger is null ? null : _ledger.State;
    }

    private LedgerChange RecordInLedger(string articleId, string? source, DateTimeOffset time, ArticleReadout reading)
    {
        var change = _ledger.AddArticle(articleId, source, time, reading);
        _state.State.Ledger = _ledger.State;
        return change;
    }

    /// <summary>A story merged in brings its evidence; the ledger recomputes every slot over both.</summary>
    private void MergeLedger(LedgerState? other)
    {
        if (other is null)
        {
            return;
        }
        var mine = _ledger.State;
        var known = mine.Articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        bool New(string articleId) => !known.Contains(articleId);
        _ledger = StoryLedger.FromState(new LedgerState(
            [.. mine.Articles, .. other.Articles.Where(article => New(article.Id))],
            [.. mine.Quantities, .. other.Quantities.Where(item => New(item.ArticleId))],
            [.. mine.Quotes, .. other.Quotes.Where(item => New(item.ArticleId))],
            [.. mine.Dates, .. other.Dates.Where(item => New(item.ArticleId))],
            [.. mine.Entities, .. other.Entities.Where(item => New(item.ArticleId))]));
        _state.State.Ledger = _ledger.State;
    }

    private int IndependentSourceCount => _ledger.IndependentSourceCount;

    private int ConflictCount => _ledger.ConflictCount;

    private StoryArticle WithStanding(StoryArticle article) => _ledger.Article(article.Id) is { } standing
        ? article with { Independent = standing.Independent, CopyOf = standing.CopyOf }
        : article;

    private FactView[] FactViews(IEnumerable<string>? onlySlots = null)
    {
        IEnumerable<FactSlot> slots = _ledger.Facts;
        if (onlySlots is not null)
        {
            var wanted = onlySlots.ToHashSet(StringComparer.Ordinal);
            slots = slots.Where(slot => wanted.Contains(slot.Slot));
        }
        return slots.Select(ToView).ToArray();
    }

    private static FactView ToView(FactSlot slot) => new()
    {
        Slot = slot.Slot,
        Status = slot.Status.ToWire(),
        Consensus = slot.Consensus.Value,
        Explanation = slot.Consensus.Explanation,
        Values = slot.Values.Select(value => new FactValueView
        {
            Value = value.Value,
            Qualifier = value.Qualifier,
            Text = value.Text,
            Attribution = value.Attribution,
            Sources = value.Sources,
            IndependentSources = value.IndependentSources,
            FirstSeen = value.FirstSeen,
            LastSeen = value.LastSeen,
        }).ToArray(),
    };

    private QuoteView[] QuoteViews() => _ledger.Quotes
        .Select(quote => new QuoteView { Speaker = quote.Speaker, Variants = quote.Variants, Sources = quote.Sources })
        .ToArray();

    private WireTimelineEntry[] TimelineViews() => _ledger.Timeline
        .Select(ToWire)
        .ToArray();

    private static WireTimelineEntry ToWire(LedgerTimelineEntry entry) => new()
    {
        At = new DateTimeOffset(entry.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Event = entry.Event,
        Sources = entry.Sources,
    };

    private EntityView[] EntityViews() => _ledger.Entities
        .Select(entity => new EntityView { Name = entity.Name, Kind = entity.Kind.ToString().ToLowerInvariant(), Variants = entity.Variants })
        .ToArray();
}
