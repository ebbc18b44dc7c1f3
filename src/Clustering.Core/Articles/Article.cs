namespace Clustering.Core.Articles;

/// <summary>
/// An article that passed validation: it has a stable id and at least a title or a text.
/// <see cref="Received"/> stands in for <see cref="Published"/> when the source gave no date.
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
    /// <summary>The time the article speaks from: its own date, else when we got it.</summary>
    public DateTimeOffset EffectiveTime => Published ?? Received;
}
