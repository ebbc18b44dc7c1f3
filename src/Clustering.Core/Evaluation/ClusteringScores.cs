namespace Clustering.Core.Evaluation;

/// <summary>Precision, recall and F1 of one way of counting.</summary>
public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Pairwise and BCubed scores of a predicted clustering against gold labels.</summary>
public sealed record ClusteringScores(Prf Pairwise, Prf BCubed, int Articles, int PredictedStories, int GoldStories)
{
    /// <summary>
    /// Scores over the gold articles. An article the prediction does not mention counts as a story
    /// of its own, so leaving articles out is never rewarded.
    /// </summary>
    public static ClusteringScores Compute(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var predictedOf = new Dictionary<string, string>(gold.Count, StringComparer.Ordinal);
        foreach (var articleId in gold.Keys)
        {
            predictedOf[articleId] = predicted.TryGetValue(articleId, out var story) ? "p:" + story : "missing:" + articleId;
        }

        var predictedSizes = Count(predictedOf.Values);
        var goldSizes = Count(gold.Values);
        var jointSizes = Count(gold.Keys.Select(id => predictedOf[id] + "\u0001" + gold[id]));

        static long Pairs(long n) => n * (n - 1) / 2;
        var truePairs = jointSizes.Values.Sum(n => Pairs(n));
        var predictedPairs = predictedSizes.Values.Sum(n => Pairs(n));
        var goldPairs = goldSizes.Values.Sum(n => Pairs(n));
        var pairwise = new Prf(
            predictedPairs == 0 ? 1 : (double)truePairs / predictedPairs,
            goldPairs == 0 ? 1 : (double)truePairs / goldPairs);

        double precision = 0, recall = 0;
        foreach (var articleId in gold.Keys)
        {
            var joint = jointSizes[predictedOf[articleId] + "\u0001" + gold[articleId]];
            precision += (double)joint / predictedSizes[predictedOf[articleId]];
            recall += (double)joint / goldSizes[gold[articleId]];
        }
        var n = Math.Max(1, gold.Count);
        var bcubed = new Prf(precision / n, recall / n);

        return new ClusteringScores(pairwise, bcubed, gold.Count, predictedSizes.Count, goldSizes.Count);
    }

    private static Dictionary<string, long> Count(IEnumerable<string> labels)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }
        return counts;
    }
}
