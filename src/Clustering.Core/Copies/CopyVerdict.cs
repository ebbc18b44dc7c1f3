namespace Clustering.Core.Copies;

public enum CopyKind
{
    Independent,

    /// <summary>The same text, give or take page furniture.</summary>
    Duplicate,

    /// <summary>The same sentences in the same order, reworded: a rewrite of the other article.</summary>
    Rewrite,
}

/// <summary>
/// Whether one article copies another, with the evidence: <see cref="Resemblance"/> of their
/// wording and the share of the original's sentences that the candidate restates in order.
/// </summary>
public sealed record CopyVerdict(CopyKind Kind, double Resemblance, double SentenceCoverage, int MatchedSentences)
{
    public bool IsCopy => Kind != CopyKind.Independent;
}
