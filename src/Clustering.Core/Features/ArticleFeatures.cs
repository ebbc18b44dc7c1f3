namespace Clustering.Core.Features;

/// <summary>What the matcher needs to know of one article: its weighted terms, when it speaks from, and its cleaned headline.</summary>
public sealed record ArticleFeatures(TermVector Terms, DateTimeOffset Time)
{
    /// <summary>The headline after cleaning (not "403" or "Become a member").</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>
    /// False when the source gave no date and <see cref="Time"/> is only when we received it: such a
    /// time says nothing about when the event happened, so matching does not hold it against a story.
    /// </summary>
    public bool Dated { get; init; } = true;

    /// <summary>Who published it (empty when unknown): a site's own chrome and house style match its other pages.</summary>
    public string Source { get; init; } = string.Empty;
}
