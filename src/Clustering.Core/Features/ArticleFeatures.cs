using Clustering.Core.Particulars;

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

    /// <summary>Its terms that the writer spelled as names (<see cref="NameTerms"/>), sorted ordinally; empty when unknown.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>
    /// The entity terms ("e:…") of the names it writes in full that few articles so far have named
    /// (<see cref="RareNames"/>), sorted ordinally; empty when unknown.
    /// </summary>
    public IReadOnlyList<string> RareNames { get; init; } = [];

    /// <summary>
    /// The particulars it gives (the days it speaks of, the blocks, towns and people it names), one value
    /// of each kind in <see cref="ParticularKinds.All"/>: what a story keeps and the matcher compares.
    /// </summary>
    public ArticleParticulars Particulars { get; init; } = ArticleParticulars.None;

    /// <summary>Whether this term of the article was written as a name.</summary>
    public bool IsName(string term)
    {
        var names = Names;
        int low = 0, high = names.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(names[middle], term);
            if (order == 0)
            {
                return true;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return false;
    }
}
