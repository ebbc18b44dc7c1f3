using Clustering.Core.Copies;

namespace Clustering.Core.Consensus;

/// <summary>
/// Decides whether a new article is a witness of its own or a copy of one already in the story:
/// a near-duplicate or an ordered rewrite (<see cref="CopyDetector"/>), or the same wire credit
/// ("(AP)", "With inputs from Reuters") with shared wording. A copy is linked to the original
/// of its family, never to another copy, so that a family weighs as one source however it grew.
/// </summary>
internal static class Independence
{
    /// <summary>Wording two articles with one wire credit must share to be one wire story: a few sentences, or some shingles.</summary>
    private const int SameWireSentences = 2;
    private const double SameWireResemblance = 0.25;

    public static (string? CopyOf, string? Reason) Judge(
        IReadOnlyList<LedgerArticle> earlier, CopyFingerprint fingerprint, IReadOnlyList<string> copyCredits)
    {
        foreach (var other in earlier)
        {
            var verdict = CopyDetector.Compare(new CopyFingerprint(other.MinHash, other.Sentences), fingerprint);
            var original = other.CopyOf ?? other.Id;
            if (verdict.IsCopy)
            {
                var how = verdict.Kind == CopyKind.Duplicate ? "near-duplicate" : "rewrite";
                return (original, $"{how} of {other.Id} (resemblance {verdict.Resemblance:F2}, {verdict.MatchedSentences} sentences restated in order)");
            }
            var wire = SharedCredit(other.CopyCredits, copyCredits);
            if (wire is not null && (verdict.MatchedSentences >= SameWireSentences || verdict.Resemblance >= SameWireResemblance))
            {
                return (original, $"same {wire} wire copy as {other.Id} ({verdict.MatchedSentences} sentences shared)");
            }
        }
        return (null, null);
    }

    private static string? SharedCredit(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var name in a)
        {
            foreach (var other in b)
            {
                if (string.Equals(name, other, StringComparison.OrdinalIgnoreCase))
                {
                    return name;
                }
            }
        }
        return null;
    }
}
