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
    /// model already weighs how little that is.
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
    public bool Accepts(MatchMeasures measures, long documentsSeen, out float probability)
    {
        probability = Probability(measures);
        var sharedNeeded = documentsSeen < MatureAfterDocuments ? YoungMinSharedTerms : 1;
        return probability >= Threshold
            && (MathF.Max(measures.CentroidCos, measures.NearestCos) >= MinSimilarity * (1f - Shortness(measures)) || SharesAParticular(measures))
            && measures.SharedTerms >= sharedNeeded;
    }

    /// <summary>
    /// Whether the article gives the story's block, names its person with an age, or shares two of its
    /// rare full names: then the floor is no guard. A page whose news is two paragraphs amid a weather
    /// widget, a comments notice and a station's public-file text has a low cosine with every story,
    /// its own too; the model already weighs the particular, the floor only kept it from counting.
    /// </summary>
    private static bool SharesAParticular(MatchMeasures measures) =>
        measures.SharedAddress > 0 || measures.SharedPerson > 0 || measures.SharedRareNamesBeyondOne > 0;

    /// <summary>The measures' names, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<string> Features { get; init; } = MatchMeasures.Names;

    /// <summary>Whether the minute measures count (<see cref="MatchFeatures.TimeCounts"/>).</summary>
    public static bool TimeCounts(MatchMeasures measures) => MatchFeatures.TimeCounts(measures);

    public float Probability(MatchMeasures measures) => 1f / (1f + MathF.Exp(-LogOdds(measures)));

    /// <summary>The model's log-odds that the pair is one story: where <see cref="Probability"/> rounds to 0 or 1, the two still compare.</summary>
    /// <remarks>
    /// <see cref="MatchFeatures.Compute(Features.ArticleFeatures, Features.TermVector, IReadOnlyList{Features.TermVector}, IReadOnlyList{string}, DateTimeOffset, DateTimeOffset, int, Particulars.StoryParticulars)"/>
    /// already measures a one-word match a day apart; the model applies the rule again (a no-op then)
    /// so that measures made any other way are judged alike.
    /// </remarks>
    public float LogOdds(MatchMeasures measures)
    {
        if (!TimeCounts(measures))
        {
            measures = measures.Clone();
            MatchFeatures.JudgeADayApart(measures, Shortness(measures));
        }
        var z = Bias;
        // A model fitted on fewer measures than are taken ignores the newer ones.
        for (var i = 0; i < Weights.Length && i < MatchMeasures.Layout.Count; i++)
        {
            z += Weights[i] * MatchMeasures.Layout[i].Get(measures);
        }
        return z;
    }

    /// <summary>The headline scaling of the minute measures (MatchFeatures: shortness), recovered from a scaled cosine.</summary>
    private static float Shortness(MatchMeasures measures) =>
        measures.CentroidCos > 0 ? measures.CentroidCosShort / measures.CentroidCos
            : measures.NearestCos > 0 ? measures.NearestCosShort / measures.NearestCos : 0f;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// Reads a model file: its weights are matched to the measures by the names it lists, so a file
    /// written before a measure was added (or in another order) weighs each measure it names rightly
    /// and the others not at all. A name no measure has is an error.
    /// </summary>
    public static MatchModel FromJson(string json)
    {
        var read = JsonSerializer.Deserialize<MatchModel>(json, Json) ?? throw new FormatException("empty model");
        var weights = new float[MatchMeasures.Layout.Count];
        for (var i = 0; i < read.Weights.Length; i++)
        {
            var name = i < read.Features.Count ? read.Features[i]
                : i < MatchMeasures.Names.Count ? MatchMeasures.Names[i]
                : throw new FormatException($"the model has {read.Weights.Length} weights and names {read.Features.Count} measures");
            var at = MatchMeasures.IndexOf(name);
            if (at < 0)
            {
                throw new FormatException($"the model weighs '{name}', which is no measure (measures: {string.Join(", ", MatchMeasures.Names)})");
            }
            weights[at] = read.Weights[i];
        }
        return read with { Weights = weights, Features = MatchMeasures.Names };
    }

    /// <summary>
    /// Where `clustering tune` starts its fit: the nearest member's cosine alone, an article joining
    /// the story one of whose articles it resembles at 0.3 or more. Its replays give the first
    /// candidates; each round fits on the candidates the previous model met.
    /// </summary>
    public static MatchModel Seed { get; } = new()
    {
        Weights = [.. MatchMeasures.Names.Select(name => name == "nearestCos" ? SeedCosineWeight : 0f)],
        Bias = -SeedCosineWeight * SeedCosine,
    };

    private const float SeedCosineWeight = 10f;

    private const float SeedCosine = 0.3f;

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
