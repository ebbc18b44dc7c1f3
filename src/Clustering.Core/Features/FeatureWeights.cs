namespace Clustering.Core.Features;

/// <summary>
/// How much each part of an article counts. One default for every input, fitted on the dev sets
/// by `clustering tune`; never a per-dataset setting.
/// </summary>
public sealed record FeatureWeights
{
    public static readonly FeatureWeights Default = new();

    public float Title { get; init; } = 3f;

    public float Lead { get; init; } = 2f;

    public float Body { get; init; } = 1f;

    /// <summary>Extra weight of a named entity (folded key) over a plain word.</summary>
    public float Entity { get; init; } = 1.5f;

    /// <summary>How many body tokens (after the lead paragraph) are read; long pages drift off topic.</summary>
    public int MaxBodyTokens { get; init; } = 400;

    /// <summary>How many of the heaviest terms an article keeps.</summary>
    public int MaxTerms { get; init; } = 64;
}
