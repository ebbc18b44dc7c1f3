using Clustering.Core.Assignment;
using Shouldly;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// The similarity floor under the model scales with the article's length as the minute measures do:
/// two headlines of one story often share one or two words, a cosine a full text never sinks to
/// with its story.
/// </summary>
public sealed class SimilarityFloorTests
{
    // A model sure of every pair, so only the floors decide.
    private static readonly MatchModel Sure = new() { Weights = new float[MatchFeatures.Count], Bias = 10f };

    private static float[] Measures(float cosine, float shortness)
    {
        var features = new float[MatchFeatures.Count];
        features[MatchFeatures.CentroidCos] = cosine;
        features[MatchFeatures.NearestCos] = cosine;
        features[MatchFeatures.CentroidCosShort] = cosine * shortness;
        features[MatchFeatures.NearestCosShort] = cosine * shortness;
        features[MatchFeatures.SharedTerms] = 2;
        return features;
    }

    [Fact]
    public void a_headline_sharing_little_with_a_story_may_still_join_it()
    {
        Sure.Accepts(Measures(cosine: 0.08f, shortness: 0.75f), documentsSeen: 10_000, out _).ShouldBeTrue();
    }

    [Fact]
    public void a_full_text_sharing_as_little_is_kept_out_whatever_the_model_says()
    {
        Sure.Accepts(Measures(cosine: 0.08f, shortness: 0f), documentsSeen: 10_000, out var p).ShouldBeFalse($"p {p}");
    }

    [Fact]
    public void a_full_text_above_the_floor_joins()
    {
        Sure.Accepts(Measures(cosine: 0.2f, shortness: 0f), documentsSeen: 10_000, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(MatchFeatures.SharedAddress)]
    [InlineData(MatchFeatures.SharedPerson)]
    [InlineData(MatchFeatures.SharedRareNamesBeyondOne)]
    public void a_full_text_sharing_little_but_the_storys_block_or_person_is_not_kept_out_by_the_floor(int particular)
    {
        var features = Measures(cosine: 0.08f, shortness: 0f);
        features[particular] = 1f;

        Sure.Accepts(features, documentsSeen: 10_000, out _).ShouldBeTrue();
    }

    [Fact]
    public void another_block_is_no_particular_shared()
    {
        var features = Measures(cosine: 0.08f, shortness: 0f);
        features[MatchFeatures.OtherAddress] = 1f;

        Sure.Accepts(features, documentsSeen: 10_000, out _).ShouldBeFalse();
    }
}
