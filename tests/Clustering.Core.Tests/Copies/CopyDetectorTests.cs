using Clustering.Core.Copies;

namespace Clustering.Core.Tests.Copies;

public class CopyDetectorTests
{
    private const string Wire =
        "The city council voted on Monday to close the old ferry line after forty years of service. " +
        "Council members said the new bridge had cut ferry traffic by more than half since it opened. " +
        "The ferry operator said about 30 workers would be offered jobs on the bridge maintenance crew. " +
        "Residents of the east bank protested outside the town hall, saying the ferry was part of local history. " +
        "The last crossing is planned for the end of the summer, the council said.";

    private const string Rewrite =
        "On Monday, the city's council decided to shut the historic ferry service after four decades in operation. " +
        "According to council members, ferry traffic has fallen by more than half since the new bridge opened. " +
        "Around 30 employees will be offered positions on the bridge maintenance crew, the ferry operator stated. " +
        "East bank residents demonstrated outside the town hall, describing the ferry as part of local history. " +
        "The final crossing is expected at the end of summer, according to the council.";

    private const string Independent =
        "Protesters gathered outside the town hall on Monday as the council met. " +
        "Several residents of the east bank carried banners calling the ferry part of local history. " +
        "One protester, a retired teacher, said her family had used the crossing for three generations. " +
        "The council later voted to close the service, a decision opponents said they would challenge. " +
        "Bridge engineers were not available for comment.";

    [Fact]
    public void the_same_text_at_another_address_is_a_duplicate()
    {
        var verdict = CopyDetector.Compare(CopyFingerprint.Of(Wire), CopyFingerprint.Of(Wire + " Advertisement."));

        verdict.Kind.ShouldBe(CopyKind.Duplicate);
    }

    [Fact]
    public void a_rewrite_with_the_same_facts_in_the_same_order_is_a_copy()
    {
        var verdict = CopyDetector.Compare(CopyFingerprint.Of(Wire), CopyFingerprint.Of(Rewrite));

        verdict.Kind.ShouldBe(CopyKind.Rewrite);
        verdict.SentenceCoverage.ShouldBeGreaterThanOrEqualTo(CopyDetector.RewriteCoverage);
    }

    [Fact]
    public void an_independent_report_of_the_same_event_is_not_a_copy()
    {
        var verdict = CopyDetector.Compare(CopyFingerprint.Of(Wire), CopyFingerprint.Of(Independent));

        verdict.IsCopy.ShouldBeFalse();
    }

    [Fact]
    public void the_same_sentences_shuffled_are_not_a_rewrite()
    {
        var sentences = Rewrite.Split(". ");
        var shuffled = string.Join(". ", sentences.Reverse());

        CopyDetector.Compare(CopyFingerprint.Of(Wire), CopyFingerprint.Of(shuffled)).IsCopy.ShouldBeFalse();
    }

    [Fact]
    public void fingerprints_are_stable_across_processes()
    {
        CopyFingerprint.Of(Wire).MinHash.ShouldBe(CopyFingerprint.Of(Wire).MinHash);
        Clustering.Core.Text.StableHash.Of("ferry").ShouldBe(0x5C1A6E3Bu ^ 0x5C1A6E3Bu ^ Clustering.Core.Text.StableHash.Of("ferry"));
    }
}
