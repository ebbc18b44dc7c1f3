using Clustering.Core.Facts;
using Clustering.Core.Packs;
using Clustering.Core.Reading;
using Clustering.Core.Text;

namespace Clustering.Core.Consensus;

/// <summary>
/// The facts of one story and how its articles stand to each other: per slot every value with
/// its sources, a status (agreed, compatible, updated, conflict, single) and a consensus value
/// that weighs only independent sources; quotes gathered per statement and speaker; the dated
/// timeline; the entities merged across spellings. Mutable, one per story, not thread-safe (a
/// story grain is single-threaded). <see cref="State"/> is plain data to persist;
/// <see cref="FromState"/> rebuilds the same ledger from it.
/// </summary>
public sealed class StoryLedger
{
    private readonly List<LedgerArticle> _articles = [];
    private readonly HeldArticles<Held> _byId = new(held => held.Article.Id);
    private readonly List<LedgerQuantity> _quantities = [];
    private readonly List<LedgerQuote> _quotes = [];
    private readonly List<LedgerDate> _dates = [];
    private readonly List<LedgerEntity> _entities = [];

    private readonly SlotTable _facts = new();
    // Quotes, timeline and entities are rebuilt over the whole story, so they are built when read,
    // not on every article: a story of a thousand articles must not redo a thousand-article merge per article.
    private List<QuoteEntry>? _quoteEntries;
    private List<TimelineEntry>? _timeline;
    private List<EntityEntry>? _entityEntries;
    private LedgerState? _state;

    public static StoryLedger FromState(LedgerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var ledger = new StoryLedger();
        foreach (var article in state.Articles)
        {
            ledger._articles.Add(article);
            ledger._byId.Set(new Held(article));
        }
        ledger._quantities.AddRange(state.Quantities);
        ledger._quotes.AddRange(state.Quotes);
        ledger._dates.AddRange(state.Dates);
        ledger._entities.AddRange(state.Entities);
        var slots = new List<string>();
        foreach (var group in ledger._quantities.GroupBy(q => q.ArticleId, StringComparer.Ordinal))
        {
            List<LedgerQuantity> quantities = [.. group];
            var claims = ArticleClaims.Of(quantities);
            slots.AddRange(claims.Select(c => c.Slot));
            if (ledger._byId.TryGetValue(group.Key, out var held))
            {
                held.Read(claims, quantities);
            }
        }
        ledger.Refresh(slots);
        return ledger;
    }

    /// <summary>
    /// The evidence, to persist: the ledger's own lists as read-only lists, neither copies nor wrappers,
    /// so they follow its later changes (in each of 100k live stories a copy per article held ~0.3 KB,
    /// five wrappers ~0.1 KB). Copy it to keep it as it is now; never cast it back to change it; arrays
    /// inside are shared: do not mutate them.
    /// </summary>
    public LedgerState State => _state ??= new(_articles, _quantities, _quotes, _dates, _entities);

    public IReadOnlyList<ArticleStanding> Articles => [.. _articles.Select(Standing)];

    /// <summary>Articles that are not copies of another article of the story.</summary>
    public int IndependentSourceCount => _articles.Count(a => a.CopyOf is null);

    public int ConflictCount => _facts.Values.Count(f => f.Status == FactStatus.Conflict);

    /// <summary>One entry per slot, in slot-name order.</summary>
    public IReadOnlyList<FactSlot> Facts => [.. _facts.Values];

    public IReadOnlyList<QuoteEntry> Quotes => _quoteEntries ??= QuoteBook.Build(_quotes);

    /// <summary>Dated events, earliest first.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => _timeline ??= Consensus.Timeline.Build(_dates);

    /// <summary>Entities, those named by most articles first.</summary>
    public IReadOnlyList<EntityEntry> Entities => _entityEntries ??= EntityBook.Build(_entities);

    public bool Contains(string articleId) => _byId.ContainsKey(articleId);

    /// <summary>How many articles it holds.</summary>
    public int Count => _articles.Count;

    public FactSlot? Fact(string slot) => _facts.GetValueOrDefault(slot);

    public ArticleStanding? Article(string articleId) => _byId.TryGetValue(articleId, out var held) ? Standing(held.Article) : null;

    /// <summary>
    /// Adds an article read by <see cref="ArticleReading.Read"/>. <paramref name="time"/> is when it
    /// speaks from (its publication time): it orders updates. Adding an article twice changes nothing.
    /// </summary>
    public LedgerChange AddArticle(string articleId, string? source, DateTimeOffset time, ArticleReadout readout)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(readout);
        return _byId.ContainsKey(articleId) ? LedgerChange.None : Record(articleId, source, time, readout, _articles.Count, []);
    }

    /// <summary>
    /// Replaces what an article said with what its new version says (a wire write-thru): its counts,
    /// quotes, dates and entities are the new reading's, it keeps its place among the articles and is
    /// still one article; its standing is judged again against the articles before it. An article the
    /// ledger does not hold is added.
    /// </summary>
    public LedgerChange ReviseArticle(string articleId, string? source, DateTimeOffset time, ArticleReadout readout)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(readout);
        if (!_byId.Remove(articleId, out var old))
        {
            return Record(articleId, source, time, readout, _articles.Count, []);
        }
        var position = _articles.IndexOf(old.Article);
        _articles.RemoveAt(position);
        List<string> oldSlots = old.Claims is { } oldClaims ? [.. oldClaims.Select(c => c.Slot)] : [];
        _quantities.RemoveAll(q => q.ArticleId == articleId);
        var hadQuotes = _quotes.RemoveAll(q => q.ArticleId == articleId) > 0;
        var hadDates = _dates.RemoveAll(d => d.ArticleId == articleId) > 0;
        var hadEntities = _entities.RemoveAll(e => e.ArticleId == articleId) > 0;
        (_quoteEntries, _timeline, _entityEntries) = (null, null, null);
        var change = Record(articleId, source, time, readout, position, oldSlots);
        return change with
        {
            QuotesChanged = change.QuotesChanged || hadQuotes,
            TimelineChanged = change.TimelineChanged || hadDates,
            EntitiesChanged = change.EntitiesChanged || hadEntities,
        };
    }

    /// <summary>Takes in one reading at <paramref name="position"/>, judged against the articles before it; <paramref name="alsoRefresh"/> are slots an earlier version spoke to.</summary>
    private LedgerChange Record(string articleId, string? source, DateTimeOffset time, ArticleReadout readout, int position, IReadOnlyList<string> alsoRefresh)
    {
        var credits = readout.Credits.Where(c => c.MarksCopy).Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var (copyOf, reason) = Independence.Judge(position == _articles.Count ? _articles : _articles.GetRange(0, position), readout.Fingerprint, credits);
        // Labels and names shared with other stories are kept as one string each (SharedStrings).
        // Arrays of their exact size, not the list (and its wrapper) a spread into IReadOnlyList makes: kept for the story's life.
        var article = new LedgerArticle(articleId, SharedStrings.OrNull(source), time, Shared(credits), readout.Fingerprint.MinHash, readout.Fingerprint.Sentences, copyOf, reason);
        _articles.Insert(position, article);
        var held = new Held(article);
        _byId.Set(held);

        var quantities = readout.Quantities
            .Where(q => q.Kind == QuantityKind.Count)
            .Select(q => new LedgerQuantity(articleId, SharedStrings.Of(q.Slot), q.Value, q.Low, q.High, SharedStrings.Of(q.Qualifier), SharedStrings.Of(q.Text), SharedStrings.OrNull(q.Attribution), q.Role, q.Offset, q.Tally, q.Revised))
            .ToList();
        _quantities.AddRange(quantities);
        var claims = ArticleClaims.Of(quantities);
        held.Read(claims, quantities);
        var changedSlots = Refresh(claims.Select(c => c.Slot).Concat(alsoRefresh));

        var quotesChanged = readout.Quotes.Count > 0;
        if (quotesChanged)
        {
            _quotes.AddRange(readout.Quotes.Select(q => new LedgerQuote(articleId, SharedStrings.Of(q.Speaker), q.Text, q.Offset)));
            _quoteEntries = null;
        }
        var timelineChanged = readout.Dates.Count > 0;
        if (timelineChanged)
        {
            var sentences = Consensus.Timeline.SentencesAt(readout.Body, [.. readout.Dates.Select(d => d.Offset)]);
            _dates.AddRange(readout.Dates.Select((d, i) => new LedgerDate(articleId, SharedStrings.Of(d.Text), d.Start, d.End, sentences[i])));
            _timeline = null;
        }
        var entitiesChanged = readout.Entities.Count > 0;
        if (entitiesChanged)
        {
            _entities.AddRange(readout.Entities.Select(e => new LedgerEntity(articleId, SharedStrings.Of(e.Name), e.Kind, SharedStrings.Of(e.Key), Shared(e.Variants), e.Mentions)));
            _entityEntries = null;
        }
        return new LedgerChange(true, Standing(article), changedSlots, quotesChanged, timelineChanged, entitiesChanged);
    }

    private static string[] Shared(IReadOnlyCollection<string> strings) => strings.Count == 0 ? [] : [.. strings.Select(SharedStrings.Of)];

    /// <summary>Recomputes the given slots, and the injured count when it may be derived from them; returns those that changed.</summary>
    private List<string> Refresh(IEnumerable<string> slots)
    {
        var touched = slots.Distinct(StringComparer.Ordinal).ToList();
        if (touched.Exists(FactLexicon.IsVictimSlot))
        {
            // Victims told of anywhere silence a round-up's counts of every slot.
            touched.AddRange(_facts.Keys.Where(FactLexicon.IsVictimSlot).Except(touched, StringComparer.Ordinal).ToList());
        }
        if (touched.Exists(s => s is FactLexicon.Shot or FactLexicon.Killed))
        {
            // The dead are weighed against those shot, and the wounded derived from both.
            touched.AddRange(new[] { FactLexicon.Killed, FactLexicon.Injured }.Except(touched, StringComparer.Ordinal).ToList());
        }
        // Killed after shot, injured last: each may depend on the others' new values.
        touched = [.. touched.OrderBy(s => s == FactLexicon.Injured ? 2 : s == FactLexicon.Killed ? 1 : 0)];
        // A round-up's "nine wounded" is not this incident's count once any other article tells of its victims,
        // even of other slots: an article on the incident that names no wounded says there were none.
        var roundUpsSpeak = !_byId.All.Any(held => held.Claims is { } c && c.Exists(q => FactLexicon.IsVictimSlot(q.Slot) && q.Role != QuantityRole.RoundUp));
        var changed = new List<string>();
        foreach (var slot in touched)
        {
            var before = _facts.GetValueOrDefault(slot);
            var after = ComputeSlot(slot, roundUpsSpeak);
            if (after is null)
            {
                if (_facts.Remove(slot))
                {
                    changed.Add(slot);
                }
                continue;
            }
            _facts.Set(slot, after);
            if (before is null || Signature(before) != Signature(after))
            {
                changed.Add(slot);
            }
        }
        return changed;
    }

    private FactSlot? ComputeSlot(string slot, bool roundUpsSpeak)
    {
        var claims = new List<Claim>();
        foreach (var article in _articles)
        {
            if (_byId.TryGetValue(article.Id, out var held) && held.Claims is { } articleClaims
                && articleClaims.Find(c => c.Slot == slot) is { } claim && (roundUpsSpeak || claim.Role != QuantityRole.RoundUp))
            {
                var original = article.CopyOf is { } copied && _byId.TryGetValue(copied, out var of) ? of.Article : article;
                var rose = Array.IndexOf(held.Rising, claim.Offset) >= 0;
                var toll = Array.IndexOf(held.Toll, claim.Offset) >= 0;
                claims.Add(new Claim(claim, original.Id, article.Source, article.Time, original.Source, rose, toll));
            }
        }
        // A count no article states ("a man was shot and killed" is one) speaks only while no article counts.
        if (claims.Exists(c => c.Quantity.Role != QuantityRole.Implied))
        {
            claims.RemoveAll(c => c.Quantity.Role == QuantityRole.Implied);
        }
        if (slot == FactLexicon.Injured && _facts.GetValueOrDefault(FactLexicon.Killed) is { } killed)
        {
            var toll = killed.Consensus.Value;
            var tollReports = TollReports(toll);
            claims = [.. claims.Select(c => LessThoseWhoDiedSince(c, toll, tollReports))];
        }
        var computed = claims.Count > 0 ? SlotConsensus.Compute(slot, claims) : null;
        if (computed is not null && !UntrackedCounts.Keep(slot, computed, claims))
        {
            // "two coast guard vessels", told once: no fact a desk tracks (UntrackedCounts).
            computed = null;
        }
        foreach (var pack in DomainPacks.Active)
        {
            foreach (var rule in pack.ConsensusRules)
            {
                computed = rule.Review(slot, computed, _facts);
            }
        }
        return computed;
    }

    /// <summary>
    /// "Two wounded" on the day, "the second victim has died" the next: an article's wounded count those
    /// who died after it was written. When the story's toll is higher than the article's own and was
    /// first stated by a later report, the difference came from its wounded.
    /// </summary>
    private Claim LessThoseWhoDiedSince(Claim claim, double toll, List<(DateTimeOffset Time, List<LedgerQuantity> Said)> tollReports)
    {
        var own = _byId.TryGetValue(claim.ArticleId, out var held) && held.Claims is { } c ? c.Find(q => q.Slot == FactLexicon.Killed)?.Value ?? 0 : 0;
        var died = toll - own;
        if (died <= 0 || died > claim.Value || !tollReports.Exists(later => later.Time - claim.Time >= SlotConsensus.SameMoment
                && CountsTheSameVictims(later.Said, claim.Value + own)))
        {
            return claim;
        }
        var q = claim.Quantity;
        return claim with
        {
            Quantity = q with { Value = q.Value - died, Low = Math.Max(0, q.Low - died), High = Math.Max(0, q.High - died), Text = $"{q.Text} − {died:0} who died since" },
        };
    }

    /// <summary>
    /// The articles whose own dead are the story's toll, gathered once a computation: every wounded
    /// claim is checked against them, and walking all the story's articles per claim grows with the
    /// square of a long story.
    /// </summary>
    private List<(DateTimeOffset Time, List<LedgerQuantity> Said)> TollReports(double toll)
    {
        var reports = new List<(DateTimeOffset, List<LedgerQuantity>)>();
        foreach (var article in _articles)
        {
            if (_byId.TryGetValue(article.Id, out var held) && held.Claims is { } said && said.Find(q => q.Slot == FactLexicon.Killed)?.Value == toll)
            {
                reports.Add((article.Time, said));
            }
        }
        return reports;
    }

    /// <summary>Whether an article's dead and wounded, or its shot, add up to <paramref name="victims"/>.</summary>
    private static bool CountsTheSameVictims(List<LedgerQuantity> claims, double victims)
    {
        var dead = claims.Find(q => q.Slot == FactLexicon.Killed)?.Value ?? 0;
        return claims.Find(q => q.Slot == FactLexicon.Injured)?.Value + dead == victims || claims.Find(q => q.Slot == FactLexicon.Shot)?.Value == victims;
    }

    private static ArticleStanding Standing(LedgerArticle a) => new(a.Id, a.Source, a.Time, a.CopyOf is null, a.CopyOf, a.CopyReason);

    /// <summary>What a client sees of a slot, to tell whether it changed.</summary>
    private static string Signature(FactSlot fact) =>
        $"{fact.Status}|{fact.Consensus.Value}|{fact.Consensus.Qualifier}|"
        + string.Join(";", fact.Values.Select(v => $"{v.Value}:{v.Sources.Count}:{v.IndependentSources}:{v.LastSeen:O}"));

    /// <summary>
    /// An article and what is read from its counts once, when it arrives: one table entry rather than
    /// four tables (article, claims, rising and toll sentences) in each of a silo's 100k stories.
    /// </summary>
    private sealed class Held(LedgerArticle article)
    {
        public LedgerArticle Article { get; } = article;

        /// <summary>The counts it claims (ArticleClaims); null for an article of stored state that states none.</summary>
        public List<LedgerQuantity>? Claims { get; private set; }

        /// <summary>The offsets of the sentences in which its counts say they rose (RisingWording).</summary>
        public int[] Rising { get; private set; } = [];

        /// <summary>The offsets of the sentences in which its counts name the toll or its event (RisingWording.TollSentences).</summary>
        public int[] Toll { get; private set; } = [];

        /// <remarks>
        /// Every count the article reads, not only those it claims: "raised the toll to 412, with 1,540 injured" says
        /// the injured rose though its lead's "at least 412" is the article's claim of the dead.
        /// </remarks>
        public void Read(List<LedgerQuantity> claims, List<LedgerQuantity> quantities)
        {
            Claims = claims;
            Rising = RisingWording.Sentences(quantities);
            Toll = RisingWording.TollSentences(quantities);
        }
    }
}
