using Clustering.Core.Entities;

namespace Clustering.Core.Consensus;

/// <summary>
/// One slot of the story (killed, troops, …): every value its articles gave, how the independent
/// sources stand (<see cref="Status"/>) and the value the story reports, with why.
/// </summary>
public sealed record FactSlot(string Slot, FactStatus Status, IReadOnlyList<FactValue> Values, FactConsensus Consensus);

/// <summary>
/// One value of a slot as stated, with the articles that gave it. <see cref="IndependentSources"/>
/// counts those articles that are not copies of another article of the story.
/// <see cref="Low"/>..<see cref="High"/> is what the wording allows.
/// </summary>
public sealed record FactValue(
    double Value,
    string Qualifier,
    double Low,
    double High,
    string Text,
    string? Attribution,
    IReadOnlyList<string> Sources,
    int IndependentSources,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

/// <summary>The value a story reports for a slot, the rule that chose it and a sentence naming the articles.</summary>
public sealed record FactConsensus(double Value, string Qualifier, string Rule, string Explanation);

/// <summary>One statement by one speaker, in every wording the articles used.</summary>
public sealed record QuoteEntry(string Speaker, string SpeakerKey, IReadOnlyList<string> Variants, IReadOnlyList<string> Sources);

/// <summary>Something that happened on a resolved date (a day, or a range such as a month), with the articles that date it.</summary>
public sealed record TimelineEntry(DateOnly Start, DateOnly End, string Event, IReadOnlyList<string> Sources);

/// <summary>A named thing with the spellings every article used for it.</summary>
public sealed record EntityEntry(string Name, EntityKind Kind, string Key, IReadOnlyList<string> Variants, IReadOnlyList<string> Sources);

/// <summary>Whether an article is a witness of its own or a copy of an earlier one.</summary>
public sealed record ArticleStanding(string Id, string? Source, DateTimeOffset Time, bool Independent, string? CopyOf, string? CopyReason);

/// <summary>
/// What one <see cref="StoryLedger.AddArticle"/> changed, for a compact delta: the slots whose
/// status, values or consensus moved, and whether quotes, timeline and entities did.
/// <see cref="Added"/> is false when the article was already in the ledger.
/// </summary>
public sealed record LedgerChange(
    bool Added,
    ArticleStanding? Article,
    IReadOnlyList<string> ChangedSlots,
    bool QuotesChanged,
    bool TimelineChanged,
    bool EntitiesChanged)
{
    public static readonly LedgerChange None = new(false, null, [], false, false, false);

    public bool Any => Added && (ChangedSlots.Count > 0 || QuotesChanged || TimelineChanged || EntitiesChanged);
}
