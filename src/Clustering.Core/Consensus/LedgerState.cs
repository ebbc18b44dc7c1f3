namespace Clustering.Core.Consensus;

/// <summary>
/// Everything a <see cref="StoryLedger"/> knows, as plain data: lists of flat records of strings,
/// numbers, dates and arrays, so that a host can persist it with any serializer and rebuild the
/// ledger with <see cref="StoryLedger.FromState"/>. Only evidence is kept (what each article said,
/// and how it stands to the others); statuses and consensus values are recomputed from it, so
/// improving the rules never needs a migration.
/// </summary>
public sealed record LedgerState(
    IReadOnlyList<LedgerArticle> Articles,
    IReadOnlyList<LedgerQuantity> Quantities,
    IReadOnlyList<LedgerQuote> Quotes,
    IReadOnlyList<LedgerDate> Dates,
    IReadOnlyList<LedgerEntity> Entities)
{
    public static readonly LedgerState Empty = new([], [], [], [], []);
}

/// <summary>
/// One article of the story, in the order it was added, with its copy fingerprint (kept so that
/// later articles can be compared with it) and its standing: <see cref="CopyOf"/> is the earlier
/// article it copies (the original of the family, never a copy), <see cref="CopyReason"/> why.
/// </summary>
public sealed record LedgerArticle(
    string Id,
    string? Source,
    DateTimeOffset Time,
    IReadOnlyList<string> CopyCredits,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Copies.SignatureJson))] uint[] MinHash,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Copies.SentenceRunsJson))] uint[] Sentences,
    string? CopyOf,
    string? CopyReason);

/// <summary>
/// A count an article states (a <see cref="Facts.Quantity"/> with its article), <see cref="Role"/>, <see cref="Offset"/>,
/// <see cref="Tally"/> and <see cref="Revised"/> as read. The two marks are read from the sentence, which the state does
/// not keep: counts stored before the reader set them come back without them, and weigh as any plain count.
/// </summary>
public sealed record LedgerQuantity(
    string ArticleId,
    string Slot,
    double Value,
    double Low,
    double High,
    string Qualifier,
    string Text,
    string? Attribution,
    Facts.QuantityRole Role,
    int Offset,
    bool Tally = false,
    bool Revised = false);

/// <summary>A quoted statement an article carries; the folded words are recomputed from <see cref="Text"/>.</summary>
public sealed record LedgerQuote(string ArticleId, string Speaker, string Text, int Offset);

/// <summary>A resolved date an article mentions and the sentence that says what happened then.</summary>
public sealed record LedgerDate(string ArticleId, string Text, DateOnly Start, DateOnly End, string Sentence);

/// <summary>A named entity as one article spells it.</summary>
public sealed record LedgerEntity(string ArticleId, string Name, Entities.EntityKind Kind, string Key, IReadOnlyList<string> Variants, int Mentions);
