namespace Clustering.Core.Articles;

/// <summary>
/// An article that passed validation: it has a stable id and at least a title or a text.
/// <see cref="Published"/> is the feed's date; when there is none, the reading dates the article
/// from its page or not at all (Reading.ArticleReading.DatedOf): its arrival is no evidence of time.
/// </summary>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    string? Url,
    string? Source,
    DateTimeOffset? Published,
    string? Language,
    DateTimeOffset Received)
{
    /// <summary>The feed's date, else when we got it: an order for replays and ledgers, not evidence of when it was written.</summary>
    public DateTimeOffset EffectiveTime => Published ?? Received;
}
