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

    private static MatchMeasures Measures(float cosine, float shortness) => new()
    {
        CentroidCos = cosine,
        NearestCos = cosine,
        CentroidCosShort = cosine * shortness,
        NearestCosShort = cosine * shortness,
        SharedTerms = 2,
    };

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
    [InlineData("sharedAddress")]
    [InlineData("sharedPerson")]
    [InlineData("sharedRareNamesBeyondOne")]
    public void a_full_text_sharing_little_but_the_storys_block_or_person_is_not_kept_out_by_the_floor(string particular)
    {
        var features = Measures(cosine: 0.08f, shortness: 0f);
        MatchMeasures.Layout[MatchMeasures.IndexOf(particular)].Set(features, 1f);

        Sure.Accepts(features, documentsSeen: 10_000, out _).ShouldBeTrue();
    }

    [Fact]
    public void another_block_is_no_particular_shared()
    {
        var features = Measures(cosine: 0.08f, shortness: 0f);
        features.OtherAddress = 1f;

        Sure.Accepts(features, documentsSeen: 10_000, out _).ShouldBeFalse();
    }
}
