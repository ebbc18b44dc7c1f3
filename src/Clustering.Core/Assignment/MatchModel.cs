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

    /// <summary>
    /// A floor under the model: an article that shares this little with a story (best of centroid
    /// and nearest-member cosine) never joins it, whatever the other measures say. A linear model
    /// fitted on index candidates never sees pairs with nothing in common, so it cannot learn this.
    /// It sinks toward 0 as the article nears headline length (scaled by the shortness the minute
    /// measures use): two headlines of one story share a word or two, a cosine under 0.15, and the
    /// model already weighs how little that is. uci-dev 0.9250 → 0.9468, its held-out halves
    /// 0.9229 / 0.9169 → 0.9544 / 0.9377; gva-dev 0.9456 either way (its articles are full texts).
    /// </summary>
    public float MinSimilarity { get; init; } = 0.15f;

    /// <summary>
    /// While the IDF has seen fewer articles than <see cref="MatureAfterDocuments"/>, every word
    /// looks rare, so one shared word ("closes") would pass for evidence of one event: until then
    /// at least this many terms must be shared. A mature IDF knows a rare name from a common verb.
    /// </summary>
    public int YoungMinSharedTerms { get; init; } = 2;

    public int MatureAfterDocuments { get; init; } = 500;

    /// <summary>Whether the measures clear the floors and the threshold; the probability either way.</summary>
    public bool Accepts(ReadOnlySpan<float> features, long documentsSeen, out float probability)
    {
        probability = Probability(features);
        var sharedNeeded = documentsSeen < MatureAfterDocuments ? YoungMinSharedTerms : 1;
        return probability >= Threshold
            && (MathF.Max(features[0], features[1]) >= MinSimilarity * (1f - Shortness(features)) || SharesAParticular(features))
            && (features.Length <= MatchFeatures.SharedTerms || features[MatchFeatures.SharedTerms] >= sharedNeeded);
    }

    /// <summary>
    /// Whether the article gives the story's block, names its person with an age, or shares two of its
    /// rare full names: then the floor is no guard. A page whose news is two paragraphs amid a weather
    /// widget, a comments notice and a station's public-file text has a low cosine with every story,
    /// its own too; the model already weighs the particular, the floor only kept it from counting.
    /// On gva-dev (main ac7471f) the floor stopped 8 candidates the model took that share one of these,
    /// all of them right, beside 186 wrong and 46 right ones that share none.
    /// </summary>
    private static bool SharesAParticular(ReadOnlySpan<float> features) =>
        features.Length > MatchFeatures.SharedPerson
        && (features[MatchFeatures.SharedAddress] > 0 || features[MatchFeatures.SharedPerson] > 0 || features[MatchFeatures.SharedRareNamesBeyondOne] > 0);

    public string[] Features { get; init; } = MatchFeatures.Names;

    /// <summary>Whether the minute measures count (<see cref="MatchFeatures.TimeCounts"/>).</summary>
    public static bool TimeCounts(ReadOnlySpan<float> features) => MatchFeatures.TimeCounts(features);

    /// <remarks>
    /// <see cref="MatchFeatures.Compute"/> already measures a one-word match a day apart; the model
    /// applies the rule again (a no-op then) so that measures made any other way are judged alike.
    /// </remarks>
    public float Probability(ReadOnlySpan<float> features)
    {
        var timeCounts = TimeCounts(features);
        var shortness = Shortness(features);
        var z = Bias;
        // A model fitted on fewer measures than are taken ignores the newer ones.
        for (var i = 0; i < Weights.Length && i < features.Length; i++)
        {
            var value = features[i];
            if (!timeCounts && MatchFeatures.MinuteMeasures.Contains(i))
            {
                value = i < MatchFeatures.MinutesShortFrom ? MatchFeatures.DayApart : MatchFeatures.DayApart * shortness;
            }
            z += Weights[i] * value;
        }
        return 1f / (1f + MathF.Exp(-z));
    }

    /// <summary>The headline scaling of the minute measures (MatchFeatures: shortness), recovered from a scaled cosine.</summary>
    private static float Shortness(ReadOnlySpan<float> features) =>
        features.Length <= MatchFeatures.NearestCosShort ? 0f
            : features[MatchFeatures.CentroidCos] > 0 ? features[MatchFeatures.CentroidCosShort] / features[MatchFeatures.CentroidCos]
            : features[MatchFeatures.NearestCos] > 0 ? features[MatchFeatures.NearestCosShort] / features[MatchFeatures.NearestCos] : 0f;

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
