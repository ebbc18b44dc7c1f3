namespace Clustering.Core.Features;

/// <summary>What the matcher needs to know of one article: its weighted terms, when it speaks from, and its cleaned headline.</summary>
public sealed record ArticleFeatures(TermVector Terms, DateTimeOffset Time)
{
    /// <summary>The headline after cleaning (not "403" or "Become a member").</summary>
    public string Title { get; init; } = string.Empty;
}
