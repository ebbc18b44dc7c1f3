using Clustering.Core.Features;
using CsCheck;

namespace Clustering.Core.Tests.Features;

/// <summary>A vector's strongest terms come heaviest first, equal weights in term order, as an index is asked.</summary>
public class TermVectorStrongestProperties
{
    private static readonly string[] Vocabulary = ["quay", "quays", "ferry", "Ferry", "tide", "tides", "e:harrow", "gale", "pier", "wharf", "crane", "buoy"];

    [Fact]
    public void the_strongest_terms_are_the_heaviest_then_the_first_by_term()
    {
        // Few distinct weights, so ties are common.
        var vectors = Gen.Shuffle(Vocabulary, 0, Vocabulary.Length).SelectMany(terms => Gen.Int[1, 4].Array[terms.Length].Select(weights => (terms, weights)));
        Gen.Select(vectors, Gen.Int[0, 14]).Sample((vector, count) =>
        {
            var (terms, weights) = vector;
            var built = TermVector.FromWeights(terms.Zip(weights).ToDictionary(pair => pair.First, pair => (float)pair.Second, StringComparer.Ordinal), 64);
            var expected = built.Terms.Zip(built.Weights)
                .OrderByDescending(pair => pair.Second).ThenBy(pair => pair.First, StringComparer.Ordinal).Take(count).ToArray();

            built.Strongest(count).ShouldBe(expected);
        });
    }
}
