using Clustering.Core.Assignment;

namespace Clustering.Cli.Tuning;

/// <summary>
/// The step each weight of a model takes in `tune --refine`: half the spread (standard deviation) of
/// its measure over the candidates met, in the measure's own units, so that a cosine and a log of
/// minutes move alike, capped at half the weight's size (at least half a unit); the bias moves by a half unit of log-odds. Each pass halves the steps.
/// </summary>
internal sealed class RefineSteps
{
    /// <summary>A move is kept only when the mean F1 rises by more than this: replays tie often, and a tie moves nothing.</summary>
    public const double MinGain = 0.0002;

    /// <summary>How much one set's F1 may fall for a move that raises the mean: less than a replay's ties and rounding.</summary>
    public const double MaxLoss = 0.0005;

    /// <summary>How many steps one weight may take in a row in one pass.</summary>
    public const int MaxRepeats = 4;

    private const float BiasStep = 0.5f;

    /// <summary>Whether a move's scores beat the current ones: a higher mean, and no set lower than where the pass began by more than <see cref="MaxLoss"/>.</summary>
    public static bool Improves(double mean, IReadOnlyList<double> sets, double currentMean, IReadOnlyList<double> startSets)
    {
        if (double.IsNaN(mean) || mean <= currentMean + MinGain)
        {
            return false;
        }
        for (var i = 0; i < sets.Count && i < startSets.Count; i++)
        {
            if (sets[i] < startSets[i] - MaxLoss)
            {
                return false;
            }
        }
        return true;
    }

    private readonly float[] _steps;

    private readonly float _biasStep;

    private RefineSteps(float[] steps, float biasStep) => (_steps, _biasStep) = (steps, biasStep);

    /// <param name="pass">The pass, from 1: each pass steps half as far as the one before, to settle where the last one stopped.</param>
    public static RefineSteps Of(IReadOnlyList<MatchSample> samples, MatchModel model, int pass = 1)
    {
        var shrink = MathF.Pow(0.5f, pass - 1);
        var steps = new float[model.Weights.Length];
        for (var d = 0; d < steps.Length; d++)
        {
            double sum = 0, squares = 0;
            foreach (var sample in samples)
            {
                var value = d < sample.Features.Length ? sample.Features[d] : 0;
                sum += value;
                squares += value * value;
            }
            var mean = samples.Count == 0 ? 0 : sum / samples.Count;
            var spread = samples.Count == 0 ? 0 : Math.Sqrt(Math.Max(0, (squares / samples.Count) - (mean * mean)));
            // Half a spread, but never more than half the weight's own size (or half a unit): a measure
            // that is almost always 0 has a tiny spread, and a step of half of it would swing its weight.
            var bySpread = spread < 1e-6 ? 0f : (float)(0.5 / spread);
            steps[d] = MathF.Min(bySpread, 0.5f * MathF.Max(1f, MathF.Abs(model.Weights[d]))) * shrink;
        }
        return new RefineSteps(steps, BiasStep * shrink);
    }

    /// <summary>The model with weight <paramref name="index"/> (or, at <c>Weights.Length</c>, the bias) moved one step.</summary>
    public MatchModel Move(MatchModel model, int index, float direction)
    {
        if (index == model.Weights.Length)
        {
            return model with { Bias = model.Bias + (direction * _biasStep) };
        }
        var weights = (float[])model.Weights.Clone();
        weights[index] += direction * _steps[index];
        return model with { Weights = weights };
    }

    public static string NameOf(MatchModel model, int index) => index == model.Weights.Length ? "bias" : model.Features.ElementAtOrDefault(index) ?? $"#{index}";

    public static float ValueOf(MatchModel model, int index) => index == model.Weights.Length ? model.Bias : model.Weights[index];
}
