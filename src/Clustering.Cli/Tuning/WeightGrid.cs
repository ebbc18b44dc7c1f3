using System.Globalization;
using Clustering.Core.Assignment;

namespace Clustering.Cli.Tuning;

/// <summary>
/// Values to try for named parameters of a <see cref="MatchModel"/> (`name=v1,v2,…`): a measure's
/// weight, the bias or the threshold. A logistic refit maximises likelihood, not F1, so a weight the
/// refit gets wrong for the clustering is set by scoring every combination instead.
/// </summary>
internal sealed class WeightGrid
{
    public const string Bias = "bias";
    public const string Threshold = "threshold";

    private readonly (string Name, float[] Values)[] _axes;

    private WeightGrid((string Name, float[] Values)[] axes) => _axes = axes;

    /// <summary>Parses `name=v1,v2,…` arguments against the model's measures; a <see cref="FormatException"/> says what is wrong in one line.</summary>
    public static WeightGrid Parse(IEnumerable<string> arguments, MatchModel model)
    {
        var axes = new List<(string, float[])>();
        foreach (var argument in arguments)
        {
            var parts = argument.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new FormatException($"--grid {argument}: expected name=v1,v2,…");
            }
            var name = parts[0];
            if (name is not (Bias or Threshold) && !model.Features.Take(model.Weights.Length).Contains(name, StringComparer.Ordinal))
            {
                throw new FormatException($"--grid {argument}: unknown measure {name} (the model weighs {string.Join(", ", model.Features.Take(model.Weights.Length))}; also {Bias}, {Threshold})");
            }
            if (axes.Any(axis => axis.Item1 == name))
            {
                throw new FormatException($"--grid {argument}: {name} is given twice");
            }
            if (parts[1].Length == 0)
            {
                throw new FormatException($"--grid {argument}: no values to try");
            }
            var values = new List<float>();
            foreach (var text in parts[1].Split(','))
            {
                if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
                {
                    throw new FormatException($"--grid {argument}: '{text}' is not a number (values are a comma-separated list)");
                }
                if (name == Threshold && value is < 0 or > 1)
                {
                    throw new FormatException($"--grid {argument}: a threshold is a probability, between 0 and 1");
                }
                values.Add(value);
            }
            axes.Add((name, values.ToArray()));
        }
        if (axes.Count == 0)
        {
            throw new FormatException("--grid: name at least one parameter as name=v1,v2,…");
        }
        return new WeightGrid(axes.ToArray());
    }

    /// <summary>The model's own values of the grid's parameters, as a combination prints them.</summary>
    public string ValuesOf(MatchModel model) => new Combination(_axes
        .Select(axis => (axis.Name, axis.Name switch
        {
            Bias => model.Bias,
            Threshold => model.Threshold,
            _ => model.Weights[MatchMeasures.IndexOf(axis.Name)],
        }))
        .ToArray()).ToString();

    public int Count => _axes.Aggregate(1, (product, axis) => product * axis.Values.Length);

    /// <summary>Every combination, the first axis outermost and each axis's values in the order given.</summary>
    public IEnumerable<Combination> Combinations()
    {
        var indices = new int[_axes.Length];
        for (var n = 0; n < Count; n++)
        {
            var remainder = n;
            for (var axis = _axes.Length - 1; axis >= 0; axis--)
            {
                indices[axis] = remainder % _axes[axis].Values.Length;
                remainder /= _axes[axis].Values.Length;
            }
            yield return new Combination(_axes.Select((axis, i) => (axis.Name, axis.Values[indices[i]])).ToArray());
        }
    }

    /// <summary>One value for each parameter of the grid.</summary>
    public sealed record Combination(IReadOnlyList<(string Name, float Value)> Values)
    {
        public MatchModel ApplyTo(MatchModel model)
        {
            var weights = model.Weights.ToArray();
            var (bias, threshold) = (model.Bias, model.Threshold);
            foreach (var (name, value) in Values)
            {
                switch (name)
                {
                    case Bias: bias = value; break;
                    case Threshold: threshold = value; break;
                    default: weights[MatchMeasures.IndexOf(name)] = value; break;
                }
            }
            return model with { Weights = weights, Bias = bias, Threshold = threshold };
        }

        public override string ToString() =>
            string.Join(' ', Values.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Name}={pair.Value}")));
    }
}
