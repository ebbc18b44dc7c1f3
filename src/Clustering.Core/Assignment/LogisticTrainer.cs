namespace Clustering.Core.Assignment;

/// <summary>One labelled (article, candidate) pair, and how much it counts in the fit (sets of different sizes weigh alike).</summary>
public readonly record struct MatchSample(float[] Features, bool SameStory, double Weight = 1);

/// <summary>
/// Fits a <see cref="MatchModel"/> by batch gradient descent on the log loss, with features
/// standardised for the descent and the weights mapped back, and a little L2 to stay general.
/// Deterministic: same samples, same model.
/// </summary>
public static class LogisticTrainer
{
    public static MatchModel Fit(IReadOnlyList<MatchSample> samples, int iterations = 2000, float learningRate = 0.5f, float l2 = 1e-3f)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("no samples to fit", nameof(samples));
        }
        var dimensions = samples[0].Features.Length;
        var mean = new double[dimensions];
        var scale = new double[dimensions];
        foreach (var sample in samples)
        {
            for (var d = 0; d < dimensions; d++)
            {
                mean[d] += sample.Features[d];
            }
        }
        for (var d = 0; d < dimensions; d++)
        {
            mean[d] /= samples.Count;
        }
        foreach (var sample in samples)
        {
            for (var d = 0; d < dimensions; d++)
            {
                scale[d] += Math.Pow(sample.Features[d] - mean[d], 2);
            }
        }
        for (var d = 0; d < dimensions; d++)
        {
            scale[d] = Math.Sqrt(scale[d] / samples.Count);
            if (scale[d] < 1e-9)
            {
                scale[d] = 1;
            }
        }

        // Positives are rarer than candidates that are wrong; weigh classes equally.
        var total = samples.Sum(sample => sample.Weight);
        var positives = samples.Where(sample => sample.SameStory).Sum(sample => sample.Weight);
        var negatives = total - positives;
        var positiveWeight = positives == 0 ? 1 : total / (2.0 * positives);
        var negativeWeight = negatives == 0 ? 1 : total / (2.0 * negatives);

        var w = new double[dimensions];
        double b = 0;
        var gradient = new double[dimensions];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            double gradientBias = 0;
            foreach (var sample in samples)
            {
                var z = b;
                for (var d = 0; d < dimensions; d++)
                {
                    z += w[d] * ((sample.Features[d] - mean[d]) / scale[d]);
                }
                var p = 1 / (1 + Math.Exp(-z));
                var error = (p - (sample.SameStory ? 1 : 0)) * (sample.SameStory ? positiveWeight : negativeWeight) * sample.Weight;
                for (var d = 0; d < dimensions; d++)
                {
                    gradient[d] += error * ((sample.Features[d] - mean[d]) / scale[d]);
                }
                gradientBias += error;
            }
            for (var d = 0; d < dimensions; d++)
            {
                w[d] -= learningRate * ((gradient[d] / samples.Count) + (l2 * w[d]));
            }
            b -= learningRate * gradientBias / samples.Count;
        }

        // Back to raw feature units: z = b + Σ w_d (x_d − μ_d)/σ_d.
        var weights = new float[dimensions];
        var bias = b;
        for (var d = 0; d < dimensions; d++)
        {
            weights[d] = (float)(w[d] / scale[d]);
            bias -= w[d] * mean[d] / scale[d];
        }
        return new MatchModel { Weights = weights, Bias = (float)bias };
    }
}
