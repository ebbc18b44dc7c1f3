using Clustering.Core.Copies;
using Clustering.Core.Credits;
using Clustering.Core.Dates;
using Clustering.Core.Entities;
using Clustering.Core.Facts;
using Clustering.Core.Features;
using Clustering.Core.Quotes;

namespace Clustering.Core.Reading;

/// <summary>
/// Everything the engine reads from one article. <see cref="Body"/> is the cleaned text (lead
/// first, paragraphs on their own lines); quantity, quote and entity offsets point into it.
/// Parts not asked for in <see cref="ReadingParts"/> are empty.
/// </summary>
public sealed record ArticleReadout(
    string Title,
    string Lead,
    string Body,
    bool TitleFound,
    TermVector Terms,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Credit> Credits,
    IReadOnlyList<ResolvedDate> Dates,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Quote> Quotes,
    CopyFingerprint Fingerprint)
{
    /// <summary>The place the opening dateline names, as written ("SPRINGFIELD"); empty when none.</summary>
    public string DatelinePlace { get; init; } = string.Empty;

    /// <summary>The date the article speaks from (<see cref="ArticleReading.DatedOf"/>); null when neither its feed nor its page gives one.</summary>
    public DateTimeOffset? Dated { get; init; }

    /// <summary>Who published the article (Outlets.OutletNamer); null when neither source, text nor URL says.</summary>
    public Outlets.Outlet? Outlet { get; init; }
}

/// <summary>Which parts of <see cref="ArticleReadout"/> to compute: cleaning, title and lead always happen.</summary>
[Flags]
public enum ReadingParts
{
    None = 0,
    Terms = 1,
    Entities = 2,
    Credits = 4,
    Dates = 8,
    Quantities = 16,
    Quotes = 32,
    Fingerprint = 64,
    All = Terms | Entities | Credits | Dates | Quantities | Quotes | Fingerprint,

    /// <summary>
    /// What the engine reads of an article before it meets the feed: everything but the terms, whose
    /// weights need the feed's statistics (the feature extractor makes them). Benchmarks read the same.
    /// </summary>
    OfTheArticleAlone = All & ~Terms,
}
