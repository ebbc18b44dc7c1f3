namespace Clustering.Core.Copies;

/// <summary>
/// Decides whether article B is a copy of article A: a near-duplicate by MinHash, or a rewrite
/// that restates most of A's sentences (<see cref="RewriteCoverage"/> of them) in A's order. Order is what tells a rewrite
/// from two reporters covering the same event: independent stories share facts, not their sequence.
/// Which of the two is the original (the earlier one, or the one the other credits) is the caller's call.
/// </summary>
public static class CopyDetector
{
    public const double DuplicateResemblance = 0.7;
    public const double RewriteCoverage = 0.6;
    public const double SentenceMatch = 0.45;
    private const int MinMatchedSentences = 3;
    private const int MinSharedWords = 3;

    public static CopyVerdict Compare(CopyFingerprint original, CopyFingerprint candidate)
    {
        var resemblance = original.Resemblance(candidate);
        var (matched, coverage) = OrderedCoverage(original, candidate);
        var kind = resemblance >= DuplicateResemblance ? CopyKind.Duplicate
            : matched >= MinMatchedSentences && coverage >= RewriteCoverage ? CopyKind.Rewrite
            : CopyKind.Independent;
        return new CopyVerdict(kind, resemblance, coverage, matched);
    }

    private static (int Matched, double Coverage) OrderedCoverage(CopyFingerprint original, CopyFingerprint candidate)
    {
        if (original.Sentences.Length == 0 || candidate.Sentences.Length == 0)
        {
            return (0, 0);
        }
        // For each candidate sentence, the original sentence it best restates; then the longest
        // run of those that keeps the original's order. The runs are walked in place: this runs for
        // every earlier article of a story at each absorb.
        var originalRuns = original.Sentences.AsSpan();
        var candidateRuns = candidate.Sentences.AsSpan();
        var targets = new List<int>();
        for (var c = 0; c < candidateRuns.Length;)
        {
            var sentence = SentenceRuns.At(candidateRuns, c, out c);
            var best = -1;
            var bestScore = SentenceMatch;
            for (int o = 0, i = 0; o < originalRuns.Length; i++)
            {
                var score = Overlap(sentence, SentenceRuns.At(originalRuns, o, out o));
                if (score >= bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0)
            {
                targets.Add(best);
            }
        }
        var ordered = LongestIncreasing(targets);
        return (ordered, (double)ordered / SentenceRuns.Count(originalRuns));
    }

    private static double Overlap(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared < MinSharedWords ? 0 : (double)shared / Math.Min(a.Length, b.Length);
    }

    private static int LongestIncreasing(List<int> values)
    {
        var tails = new List<int>(values.Count);
        foreach (var value in values)
        {
            var at = tails.BinarySearch(value);
            if (at >= 0)
            {
                continue;
            }
            at = ~at;
            if (at == tails.Count)
            {
                tails.Add(value);
            }
            else
            {
                tails[at] = value;
            }
        }
        return tails.Count;
    }
}
