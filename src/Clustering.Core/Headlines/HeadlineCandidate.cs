namespace Clustering.Core.Headlines;

/// <summary>
/// One article's offer for its story's headline: its title as read (<see cref="Real"/> when the
/// reader found a headline, not a lead sentence standing in), and the content words of its title
/// and lead, against which the other articles' headlines are measured.
/// </summary>
public sealed record HeadlineCandidate(string ArticleId, string Text, bool Real, IReadOnlyList<string> Words);
