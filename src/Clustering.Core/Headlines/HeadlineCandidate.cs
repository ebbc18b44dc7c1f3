namespace Clustering.Core.Headlines;

/// <summary>
/// One article's offer for its story's headline: its title as read (<see cref="Real"/> when the
/// reader found a headline, not a lead sentence standing in), and the content words of its title
/// and lead, against which the other articles' headlines are measured.
/// </summary>
public sealed record HeadlineCandidate(string ArticleId, string Text, bool Real, IReadOnlyList<string> Words)
{
    /// <summary>How many of <see cref="Words"/>, from the first, are the title's own; -1 when not known (offers stored before it was kept).</summary>
    public int TitleWords { get; init; } = -1;
}
