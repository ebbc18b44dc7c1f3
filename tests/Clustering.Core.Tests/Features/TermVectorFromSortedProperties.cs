using Clustering.Core.Features;
using CsCheck;

namespace Clustering.Core.Tests.Features;

/// <summary>Terms already sorted give the vector a sort would have given them, bit for bit, and stay as they were.</summary>
public class TermVectorFromSortedProperties
{
    private static readonly string[] Vocabulary = ["quay", "quays", "ferry", "Ferry", "tide", "tides", "e:harrow", "gale", "pier", "wharf", "crane", "buoy", "mole", "jetty"];

    [Fact]
    public void sorted_terms_give_the_vector_their_weights_give_when_sorted_first()
    {
        // Few distinct weights (some not above zero), so ties at the cut and dropped terms are common.
        var sums = Gen.Shuffle(Vocabulary, 0, Vocabulary.Length).SelectMany(terms => Gen.Int[-1, 4].Array[terms.Length].Select(weights => (terms, weights)));
        Gen.Select(sums, Gen.Int[0, 16]).Sample((sum, keep) =>
        {
            var terms = sum.terms.Order(StringComparer.Ordinal).ToArray();
            var weights = terms.Select(term => sum.weights[Array.IndexOf(sum.terms, term)] / 3f).ToArray();
            var (termsBefore, weightsBefore) = (terms.ToArray(), weights.ToArray());

            var built = TermVector.FromSortedWeights(terms, weights, keep);
            var expected = TermVector.FromWeights(terms.ToArray(), weights.ToArray(), keep);

            built.Terms.ShouldBe(expected.Terms);
            built.Weights.ShouldBe(expected.Weights);
            terms.ShouldBe(termsBefore);
            weights.ShouldBe(weightsBefore);
        });
    }
}
