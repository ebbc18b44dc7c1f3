using Clustering.Core.Assignment;

namespace Clustering.Grains.Assignment;

/// <summary>How an article finds its story. One default for every input; no per-dataset settings.</summary>
public sealed class AssignmentOptions
{
    /// <summary>The learned ranker and its "new story" threshold (fitted by `clustering tune`).</summary>
    public MatchModel Model { get; set; } = MatchModel.Default;

    /// <summary>
    /// Probability (by the same model, the smaller story's centroid taken as one article) above which
    /// two stories are one and merge. Higher than the assignment threshold: a merge is not undone.
    /// </summary>
    public float MergeThreshold { get; set; } = 0.9f;

    /// <summary>
    /// A story looks for a larger one at every size up to this, then at 16, 32, …: a fragment of a
    /// burst merges while small, before the burst's next articles have to choose between the two.
    /// </summary>
    public int MergeCheckEverySizeUpTo { get; set; } = 8;

    /// <summary>
    /// Two stories merge only when the smaller began before the larger had been quiet this long
    /// (`MergeCheck.BeganWhileRunning`); undated stories are not held to it.
    /// </summary>
    public double MergeWithinMinutes { get; set; } = 30;

    /// <summary>
    /// A story whose latest article speaks from longer ago than this leaves the hot index: it is no
    /// longer a candidate for new articles (its grain deactivates when idle; its state stays stored).
    /// Generous, because follow-ups (arrests, trials) come weeks later. Not longer: three years let
    /// sentences years on find their story, but the consensus of old incidents then took in more
    /// misread counts than it gained.
    /// </summary>
    public double IndexRetentionDays { get; set; } = 365;

    /// <summary>The oldest activity a candidate may have for an article speaking from <paramref name="time"/>; any, when undated.</summary>
    public DateTimeOffset ActiveSince(DateTimeOffset time, bool dated) =>
        dated && time > DateTimeOffset.MinValue.AddDays(IndexRetentionDays) ? time.AddDays(-IndexRetentionDays) : DateTimeOffset.MinValue;

    /// <summary>How many of the article's terms are looked up in the index: its strongest, <see cref="QueryNames"/> of them names.</summary>
    public int QueryTerms { get; set; } = 12;

    /// <summary>
    /// How many of those <see cref="QueryTerms"/> go to the article's strongest names beyond the rest
    /// (IndexLookup.QueryTermsOf), when it has any among its <see cref="IndexedTerms"/> strongest.
    /// A follow-up often shares with its story only names (the victim's, the street's) that are not
    /// among its strongest words. As many terms in all, so about as many shard calls.
    /// </summary>
    public int QueryNames { get; set; } = 3;

    /// <summary>How many of the index's best candidates are scored against the full centroid.</summary>
    public int Candidates { get; set; } = 5;

    /// <summary>
    /// How many more of the index's candidates, next in its order, are measured when the ranker refuses
    /// all of the first <see cref="Candidates"/> (StoryAssigner): an article about to start a new story
    /// gets one more look, an article that found its story pays nothing. Measured among the first (more
    /// candidates from the start) they let wrong stories outbid the right one.
    /// </summary>
    public int SecondLookCandidates { get; set; } = 1;

    /// <summary>
    /// How many of a story's strongest terms it is findable by: each term keeps only its most recent
    /// stories, so a story must be findable by more than its few strongest. More terms cost grain
    /// calls per ingested article and heap with many live stories.
    /// </summary>
    public int IndexedTerms { get; set; } = 30;

}
