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
    /// misread counts than it gained (gva-dev killed 1469 → 1463 of 1710 right).
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
    /// On gva-dev (at 2e96b3b) 88 follow-ups did not have their incident's story among the candidates
    /// when they came: 30 shared indexed terms with it only beyond their twelve strongest, often names;
    /// 25 came over a year later (past the retention), 17 shared no indexed term, 11 ranked 6th to
    /// 30th, 5 lost postings or got no candidates. With 3: gva-dev 0.9438 -> 0.9445 (P 0.9753 ->
    /// 0.9763, R 0.9144 -> 0.9146), killed 1500 -> 1501 of 1710, injured unchanged, held-out gva
    /// halves 0.9367 / 0.9432 -> 0.9379 / 0.9437, uci-dev and its halves unchanged (headlines have
    /// few terms). Before the ranker weighed rare names, 2 and 3 gave gva 0.9405 -> 0.9412, 5 gave
    /// 0.9407. As many terms, so about as many shard calls (quick scaling bench at 500 stories: 8.2
    /// shard queries and 5 matches an article, before and after).
    /// </summary>
    public int QueryNames { get; set; } = 3;

    /// <summary>How many of the index's best candidates are scored against the full centroid.</summary>
    public int Candidates { get; set; } = 5;

    /// <summary>
    /// How many more of the index's candidates, next in its order, are measured when the ranker refuses
    /// all of the first <see cref="Candidates"/> (StoryAssigner): an article about to start a new story
    /// gets one more look, an article that found its story pays nothing. Measured among the first (8
    /// candidates instead of 5) they let wrong stories outbid the right one: uci-dev 0.9094. After a
    /// refusal, 1: uci-dev 0.9247 -> 0.9250, gva-dev 0.9445 -> 0.9448 (R 0.9146 -> 0.9152, P unchanged),
    /// injured 1447 -> 1448 of 1710, killed unchanged; 2 or 3 gave the same, and asking the article's
    /// next 12 names for them too no more (for more shard calls).
    /// </summary>
    public int SecondLookCandidates { get; set; } = 1;

    /// <summary>
    /// How many of a story's strongest terms it is findable by. 30 rather than 20 since each term keeps
    /// only its 8 most recent stories: eval uci-dev 0.9215 -> 0.9247, gva-dev 0.9397 -> 0.9405, and all
    /// four held-out halves rose (uci 0.9206 / 0.9154 -> 0.9229 / 0.9169, gva 0.9311 / 0.9414 ->
    /// 0.9319 / 0.9423); 40 gained a little more (0.9254 / 0.9409) for 8 more grain calls an ingested
    /// article and 100 MiB more heap with 100k stories, 30 costs 4 calls and no measurable heap.
    /// </summary>
    public int IndexedTerms { get; set; } = 30;

}
