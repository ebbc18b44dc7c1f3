using System.Text.Json;

namespace Clustering.Core.Assignment;

/// <summary>
/// A logistic model over <see cref="MatchFeatures"/>: the probability that an article belongs to a
/// candidate story. The best candidate above <see cref="Threshold"/> absorbs the article; otherwise
/// it starts a new story (the learned "new story" decision).
/// </summary>
public sealed record MatchModel
{
    public required float[] Weights { get; init; }

    public float Bias { get; init; }

    public float Threshold { get; init; } = 0.5f;

    public string[] Features { get; init; } = MatchFeatures.Names;

    public float Probability(ReadOnlySpan<float> features)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length && i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }
        return 1f / (1f + MathF.Exp(-z));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MatchModel FromJson(string json) =>
        JsonSerializer.Deserialize<MatchModel>(json, Json) ?? throw new FormatException("empty model");

    /// <summary>The model shipped with the engine, fitted by `clustering tune` on the dev sets.</summary>
    public static MatchModel Default { get; } = LoadDefault();

    private static MatchModel LoadDefault()
    {
        using var stream = typeof(MatchModel).Assembly.GetManifestResourceStream("Clustering.Core.Assignment.default-model.json")
            ?? throw new InvalidOperationException("the default assignment model is not embedded");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
