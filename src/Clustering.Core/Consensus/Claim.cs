namespace Clustering.Core.Consensus;

/// <summary>
/// What one article says about one slot, once its own numbers are reconciled: the value it stands
/// for, the article's family (<see cref="Original"/>: itself, or the article it copies) and outlet
/// (<see cref="OriginalOutlet"/>: the outlet of the article it copies), and whether the sentence
/// that states it says a count rose (<see cref="SaysItRose"/>: "the death toll rose to 58, with 240
/// injured"), which makes it an update of the figures before it however soon after them, and whether
/// a count of its sentence names the toll or the event (<see cref="InTollSentence"/>).
/// </summary>
internal sealed record Claim(LedgerQuantity Quantity, string Original, string? Outlet, DateTimeOffset Time, string? OriginalOutlet = null, bool SaysItRose = false, bool InTollSentence = false)
{
    /// <summary>How explanations name the article: its outlet, else its id.</summary>
    public string Label => Outlet ?? ArticleId;

    public string OriginalLabel => OriginalOutlet ?? Original;

    public string ArticleId => Quantity.ArticleId;

    public double Value => Quantity.Value;

    public bool IsCopy => Original != Quantity.ArticleId;

    public bool IsCompatibleWith(Claim other) => Quantity.Low <= other.Quantity.High && other.Quantity.Low <= Quantity.High;

    public bool Allows(double value) => Quantity.Low <= value && value <= Quantity.High;

    /// <summary>
    /// Whether its wording, or another count's of its sentence, names the toll ("officials put the final toll
    /// at 38"), the event it counts ("eight people had died in the unrest"), says it rose, or gives the count as the
    /// whole or the latest ("61 were injured in total"): the event's own running count. Taken once: the consensus
    /// asks it for every pair of claims.
    /// </summary>
    public bool TellsTheToll { get; } = SaysItRose || InTollSentence || Quantity.Tally || Quantity.Revised || RisingWording.NamesTheToll(Quantity.Text);
}
